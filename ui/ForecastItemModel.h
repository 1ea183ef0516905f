#pragma once
// The forecast explorer's item list: one row per forecast series with its velocity, mean demand
// and backtest errors; sorting through SortRole keeps numbers numeric with 100k items.
#include "ui/ForecastData.h"

#include <QAbstractTableModel>

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

private:
    std::shared_ptr<const ForecastData> m_data;
};

} // namespace almanac::ui
