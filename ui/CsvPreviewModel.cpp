#include "ui/CsvPreviewModel.h"

namespace almanac::ui {

void CsvPreviewModel::setPreview(std::shared_ptr<const CsvPreview> preview)
{
    beginResetModel();
    m_preview = std::move(preview);
    endResetModel();
}

int CsvPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_preview ? 0 : int(m_preview->rows.size());
}

int CsvPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_preview ? 0 : int(m_preview->header.size());
}

QVariant CsvPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!m_preview || !index.isValid()) return {};
    const auto& row = m_preview->rows[size_t(index.row())];
    const size_t column = size_t(index.column());
    if (role == ColumnTypeRole) return int(m_preview->columnTypes[column]);
    if (role == Qt::TextAlignmentRole && m_preview->columnTypes[column] == FieldType::Number)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole) return {};
    return column < row.size() ? QString::fromStdString(row[column]) : QString();
}

QVariant CsvPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_preview) return {};
    if (orientation == Qt::Vertical) return role == Qt::DisplayRole ? QVariant(section + 2) : QVariant(); // file rows
    if (section < 0 || size_t(section) >= m_preview->header.size()) return {};
    const QString name = QString::fromStdString(m_preview->header[size_t(section)]);
    const QString type = typeLabel(m_preview->columnTypes[size_t(section)]);
    if (role == Qt::DisplayRole) return QString(name + QLatin1Char('\n') + type);
    if (role == Qt::ToolTipRole) return tr("Column '%1', values look like: %2").arg(name, type);
    if (role == ColumnTypeRole) return int(m_preview->columnTypes[size_t(section)]);
    return {};
}

QString CsvPreviewModel::typeLabel(FieldType type)
{
    switch (type) {
    case FieldType::Number: return tr("number");
    case FieldType::Timestamp: return tr("date/time");
    case FieldType::String: return tr("text");
    }
    return {};
}

} // namespace almanac::ui
