#include "ui/ForecastItemModel.h"

#include <QLocale>

#include <cmath>

namespace almanac::ui {

namespace {

QVariant shown(double v, int decimals)
{
    if (std::isnan(v)) return QString();
    return QLocale().toString(v, 'f', decimals);
}

// NaN sorts after every number in ascending order.
QVariant sortable(double v) { return std::isnan(v) ? QVariant(1e308) : QVariant(v); }

int velocityRank(const QString& v)
{
    if (v == QLatin1String("high")) return 0;
    if (v == QLatin1String("medium")) return 1;
    if (v == QLatin1String("low")) return 2;
    return 3;
}

} // namespace

void ForecastItemModel::setData(std::shared_ptr<const ForecastData> data)
{
    beginResetModel();
    m_data = std::move(data);
    endResetModel();
}

int ForecastItemModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_data ? 0 : int(m_data->forecast.series.size());
}

int ForecastItemModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ForecastItemModel::data(const QModelIndex& index, int role) const
{
    if (!m_data || !index.isValid()) return {};
    const size_t s = size_t(index.row());
    const StoredSeriesForecast& series = m_data->forecast.series[s];
    const ForecastItemMetrics& m = m_data->items[s];
    if (role == SeriesRole) return int(s);
    if (role == Qt::TextAlignmentRole)
        return index.column() >= DemandColumn && index.column() <= CoverageColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                                 : QVariant();
    if (role != Qt::DisplayRole && role != SortRole) return {};
    const bool sort = role == SortRole;
    switch (Column(index.column())) {
    case ItemColumn: return QString::fromStdString(series.itemId);
    case DimensionsColumn: {
        QStringList dims;
        for (const std::string& d : series.dimensions) dims << QString::fromStdString(d);
        return dims.join(QStringLiteral(", "));
    }
    case VelocityColumn:
        if (sort) return velocityRank(m.velocity);
        return m.velocity == QLatin1String("high") ? tr("high") : m.velocity == QLatin1String("medium") ? tr("medium")
             : m.velocity == QLatin1String("low") ? tr("low") : m.velocity;
    case DemandColumn: return sort ? sortable(m.meanDemand) : shown(m.meanDemand, 2);
    case WqlColumn: return sort ? sortable(m.meanWql) : shown(m.meanWql, 4);
    case WapeColumn: return sort ? sortable(m.wape) : shown(m.wape, 4);
    case MaseColumn: return sort ? sortable(m.mase) : shown(m.mase, 3);
    case CoverageColumn: return sort ? sortable(m.coverage) : shown(m.coverage, 2);
    case RecipeColumn: return m.recipe;
    case ColumnCount: break;
    }
    return {};
}

QVariant ForecastItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case VelocityColumn: return tr("Items grouped by mean demand: the top fifth high, the next 30% medium, the rest low");
        case WqlColumn: return tr("Mean weighted quantile loss on the backtest (lower is better)");
        case WapeColumn: return tr("Weighted absolute percentage error on the backtest");
        case MaseColumn: return tr("Mean absolute scaled error on the backtest");
        case CoverageColumn: return tr("Share of backtest actuals inside the outer quantiles");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole) return {};
    switch (Column(section)) {
    case ItemColumn: return tr("Item");
    case DimensionsColumn: return tr("Dimensions");
    case VelocityColumn: return tr("Velocity");
    case DemandColumn: return tr("Mean demand");
    case WqlColumn: return tr("Mean wQL");
    case WapeColumn: return tr("WAPE");
    case MaseColumn: return tr("MASE");
    case CoverageColumn: return tr("Coverage");
    case RecipeColumn: return tr("Recipe");
    case ColumnCount: break;
    }
    return {};
}

} // namespace almanac::ui
