#include "ui/ForecastItemModel.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <numeric>

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
    m_order.clear();
    if (m_data) {
        m_order.resize(m_data->forecast.series.size());
        std::iota(m_order.begin(), m_order.end(), size_t(0));
    }
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
    const size_t s = m_order[size_t(index.row())];
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

void ForecastItemModel::sort(int column, Qt::SortOrder order)
{
    if (!m_data) return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<size_t> seriesBefore;
    for (const QModelIndex& i : before) seriesBefore.push_back(m_order[size_t(i.row())]);
    auto key = [&](size_t s) -> double {
        const ForecastItemMetrics& m = m_data->items[s];
        auto last = [](double v) { return std::isnan(v) ? 1e308 : v; };
        switch (Column(column)) {
        case VelocityColumn: return velocityRank(m.velocity);
        case DemandColumn: return last(m.meanDemand);
        case WqlColumn: return last(m.meanWql);
        case WapeColumn: return last(m.wape);
        case MaseColumn: return last(m.mase);
        case CoverageColumn: return last(m.coverage);
        default: return 0;
        }
    };
    const auto& series = m_data->forecast.series;
    const bool byText = column == ItemColumn || column == DimensionsColumn || column == RecipeColumn;
    std::vector<double> keys(m_order.size());
    if (!byText)
        for (size_t s = 0; s < keys.size(); ++s) keys[s] = key(s);
    std::stable_sort(m_order.begin(), m_order.end(), [&](size_t a, size_t b) {
        if (byText) {
            if (column == RecipeColumn) return m_data->items[a].recipe < m_data->items[b].recipe;
            if (column == DimensionsColumn) return series[a].dimensions < series[b].dimensions;
            return series[a].itemId < series[b].itemId;
        }
        return keys[a] < keys[b];
    });
    if (order == Qt::DescendingOrder) std::reverse(m_order.begin(), m_order.end());
    std::vector<int> rowOf(m_order.size());
    for (size_t r = 0; r < m_order.size(); ++r) rowOf[m_order[r]] = int(r);
    QModelIndexList after;
    for (size_t k = 0; k < size_t(before.size()); ++k) after << index(rowOf[seriesBefore[k]], before[int(k)].column());
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

bool ForecastItemModel::itemContains(int row, const std::string& lowerNeedle) const
{
    return m_data->lowerItemIds[m_order[size_t(row)]].find(lowerNeedle) != std::string::npos;
}

void ForecastItemProxy::sort(int column, Qt::SortOrder order)
{
    // The source reorders itself; this proxy keeps the source's order (sort column -1).
    if (auto* model = qobject_cast<ForecastItemModel*>(sourceModel())) model->sort(column, order);
}

void ForecastItemProxy::setSearch(const QString& text)
{
    m_needle = text.trimmed().toLower().toStdString();
    invalidateRowsFilter();
}

bool ForecastItemProxy::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    if (m_needle.empty()) return true;
    return static_cast<const ForecastItemModel*>(sourceModel())->itemContains(sourceRow, m_needle);
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
        case CoverageColumn:
            if (m_data && !std::isnan(m_data->nominalCoverage()))
                return tr("Share of backtest actuals inside the outer quantiles; the band promises %1")
                    .arg(QLocale().toString(m_data->nominalCoverage(), 'g', 3));
            return tr("Share of backtest actuals inside the outer quantiles");
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
    case CoverageColumn:
        return m_data && !std::isnan(m_data->nominalCoverage())
                   ? tr("Coverage (of %1)").arg(QLocale().toString(m_data->nominalCoverage(), 'g', 3))
                   : tr("Coverage");
    case RecipeColumn: return tr("Recipe");
    case ColumnCount: break;
    }
    return {};
}

} // namespace almanac::ui
