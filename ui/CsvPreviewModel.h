#pragma once
// The import wizard's preview table: the first rows of the file as the reader sees them, with
// each column's detected type in its header.
#include "data/CsvPreview.h"

#include <QAbstractTableModel>

#include <memory>

namespace almanac::ui {

class CsvPreviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { ColumnTypeRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    void setPreview(std::shared_ptr<const CsvPreview> preview);
    const CsvPreview* preview() const { return m_preview.get(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString typeLabel(FieldType type);

private:
    std::shared_ptr<const CsvPreview> m_preview;
};

} // namespace almanac::ui
