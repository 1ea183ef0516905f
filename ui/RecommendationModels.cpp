#include "ui/RecommendationModels.h"

#include <QLocale>

#include <cmath>

namespace almanac::ui {

EntityListModel::EntityListModel(Kind kind, QObject* parent) : QAbstractTableModel(parent), m_kind(kind) {}

void EntityListModel::setRecommender(std::shared_ptr<const TrainedRecommender> recommender)
{
    beginResetModel();
    m_recommender = std::move(recommender);
    m_counts.clear();
    if (m_recommender) {
        const InteractionData& data = *m_recommender->model.data;
        if (m_kind == Kind::Users) {
            m_counts.resize(data.userCount());
            for (uint32_t u = 0; u < data.userCount(); ++u) m_counts[u] = uint32_t(data.itemsOf(u).size);
        } else {
            m_counts.assign(data.itemCount(), 0);
            for (uint32_t u = 0; u < data.userCount(); ++u) {
                const auto row = data.itemsOf(u);
                for (size_t k = 0; k < row.size; ++k) ++m_counts[row.items[k]];
            }
        }
    }
    endResetModel();
}

int EntityListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_counts.size()); }

int EntityListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : 2; }

QVariant EntityListModel::data(const QModelIndex& index, int role) const
{
    if (!m_recommender || !index.isValid()) return {};
    const uint32_t code = uint32_t(index.row());
    if (role == CodeRole) return code;
    const InteractionData& data = *m_recommender->model.data;
    if (index.column() == 0 && (role == Qt::DisplayRole || role == SortRole))
        return QString::fromStdString(m_kind == Kind::Users ? data.userId(code) : data.itemId(code));
    if (index.column() == 1) {
        if (role == SortRole) return m_counts[code];
        if (role == Qt::DisplayRole) return QLocale().toString(m_counts[code]);
        if (role == Qt::TextAlignmentRole) return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant EntityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    if (section == 0) return m_kind == Kind::Users ? tr("User") : tr("Item");
    return m_kind == Kind::Users ? tr("Items") : tr("Users");
}

ScoredItemModel::ScoredItemModel(const QString& valueHeader, int decimals, QObject* parent, bool eventColumns)
    : QAbstractTableModel(parent), m_valueHeader(valueHeader), m_decimals(decimals), m_eventColumns(eventColumns)
{
}

void ScoredItemModel::setRecommender(std::shared_ptr<const TrainedRecommender> recommender)
{
    beginResetModel();
    m_recommender = std::move(recommender);
    m_metadata.clear();
    m_itemRow.clear();
    m_rows.clear();
    if (m_recommender && m_recommender->items) {
        const DataTable& table = m_recommender->items->table;
        for (const DataColumn& c : table.columns)
            if (c.role != FieldRole::Item) m_metadata.push_back(&c);
        if (const DataColumn* id = table.columnWithRole(FieldRole::Item))
            for (size_t r = 0; r < table.rowCount; ++r) m_itemRow.emplace(id->text(r), r);
    }
    endResetModel();
}

void ScoredItemModel::setRows(std::vector<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ScoredItemModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int ScoredItemModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : metadataStart() + int(m_metadata.size());
}

QVariant ScoredItemModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) return {};
    const Row& row = m_rows[size_t(index.row())];
    const int column = index.column();
    if (role == Qt::TextAlignmentRole && column <= 2 && column != 1) return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole) return {};
    if (column == 0) return index.row() + 1;
    if (column == 1) return row.itemId;
    if (column == 2) return role == SortRole ? QVariant(row.value) : QVariant(QLocale().toString(row.value, 'f', m_decimals));
    if (m_eventColumns && column == 3) {
        if (row.lastEvent == INT64_MIN) return {};
        if (role == SortRole) return qlonglong(row.lastEvent);
        QString when = QString::fromStdString(formatTimestamp(row.lastEvent, false));
        return when.replace(QLatin1Char('T'), QLatin1Char(' '));
    }
    if (m_eventColumns && column == 4) return row.eventTypes;
    const DataColumn* meta = m_metadata[size_t(column - metadataStart())];
    auto it = m_itemRow.find(row.itemId.toStdString());
    if (it == m_itemRow.end()) return {};
    switch (meta->type) {
    case FieldType::Number: {
        const double v = meta->numbers[it->second];
        if (std::isnan(v)) return {};
        return role == SortRole ? QVariant(v) : QVariant(QLocale().toString(v, 'g', 8));
    }
    case FieldType::Timestamp: return QString::fromStdString(formatTimestamp(meta->times[it->second], false));
    case FieldType::String: return QString::fromStdString(meta->text(it->second));
    }
    return {};
}

QVariant ScoredItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    if (section == 0) return tr("#");
    if (section == 1) return tr("Item");
    if (section == 2) return m_valueHeader;
    if (m_eventColumns && section == 3) return tr("Last event");
    if (m_eventColumns && section == 4) return tr("Event types");
    if (size_t(section - metadataStart()) < m_metadata.size())
        return QString::fromStdString(m_metadata[size_t(section - metadataStart())]->name);
    return {};
}

} // namespace almanac::ui
