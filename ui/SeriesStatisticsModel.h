#pragma once
// The Data view's per-series table (issue 12): one row per prepared series with its span, zeros,
// missing values, mean and range, and a small chart of its profile drawn by SparklineDelegate.
#include "data/SeriesStatistics.h"

#include <QAbstractTableModel>
#include <QStyledItemDelegate>

namespace almanac::ui {

class SeriesStatisticsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { SortRole = Qt::UserRole + 1, ProfileRole };
    using QAbstractTableModel::QAbstractTableModel;
    void setStatistics(std::vector<SeriesStatistics> statistics, std::vector<std::string> dimensionNames, Frequency frequency);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    int profileColumn() const { return columnCount() - 1; }

private:
    enum class Field { Start, End, Periods, Zeros, Missing, Mean, Minimum, Maximum };
    static constexpr int kFields = 8;
    std::vector<SeriesStatistics> m_rows;
    std::vector<std::string> m_dimensionNames;
    Frequency m_frequency;
};

// Draws a series' profile (ProfileRole: a list of numbers, NaN for missing stretches) as a line
// scaled to the cell, gaps left open.
class SparklineDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace almanac::ui
