#pragma once
// The forecast explorer's item list: one row per forecast series with its velocity, mean demand
// and backtest errors. It sorts itself (fast with 100k items); SortRole gives the raw numbers, for
// copying to spreadsheets.
#include "ui/ForecastData.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <string>
#include <vector>

namespace almanac::ui {

class ForecastItemModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ItemColumn, DimensionsColumn, VelocityColumn, DemandColumn, WqlColumn, WapeColumn, MaseColumn,
                  CoverageColumn, RecipeColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, SeriesRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setData(std::shared_ptr<const ForecastData> data);
    const ForecastData* forecastData() const { return m_data.get(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Sorts by reordering rows here, comparing the numbers themselves: a proxy's sort through
    // QVariant data() takes hundreds of milliseconds with 100k items.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // Case-insensitive substring match on the item id, without building a QString.
    bool itemContains(int row, const std::string& lowerNeedle) const;

private:
    std::shared_ptr<const ForecastData> m_data;
    std::vector<size_t> m_order; // row -> series
};

// Filters by item id; sorting is left to the source model.
class ForecastItemProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    void setSearch(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::string m_needle;
};

} // namespace almanac::ui
