#include "ui/TableClipboard.h"

#include <QAbstractItemView>
#include <QClipboard>
#include <QGuiApplication>
#include <QShortcut>

#include <map>
#include <set>

namespace almanac::ui {

QString selectionAsTsv(const QAbstractItemView* view)
{
    const QAbstractItemModel* model = view->model();
    if (!model || !view->selectionModel()) return {};
    std::map<int, std::map<int, QModelIndex>> cells;
    std::set<int> columns;
    for (const QModelIndex& index : view->selectionModel()->selectedIndexes()) {
        cells[index.row()][index.column()] = index;
        columns.insert(index.column());
    }
    if (cells.empty()) return {};
    auto clean = [](QString text) {
        text.replace(QLatin1Char('\t'), QLatin1Char(' '));
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return text;
    };
    QStringList lines;
    QStringList header;
    for (int c : columns) header << clean(model->headerData(c, Qt::Horizontal).toString());
    lines << header.join(QLatin1Char('\t'));
    for (const auto& [row, byColumn] : cells) {
        QStringList fields;
        for (int c : columns) {
            auto it = byColumn.find(c);
            if (it == byColumn.end()) {
                fields << QString();
                continue;
            }
            // Numbers as the C locale writes them, whatever the display locale groups or separates.
            const QVariant sort = it->second.data(Qt::UserRole + 1);
            const QVariant shown = it->second.data(Qt::DisplayRole);
            if (sort.typeId() == QMetaType::Double && sort.toDouble() < 1e307 && !shown.toString().isEmpty())
                fields << QString::number(sort.toDouble(), 'g', 12);
            else
                fields << clean(shown.toString());
        }
        lines << fields.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void enableTableCopy(QAbstractItemView* view)
{
    auto* shortcut = new QShortcut(QKeySequence::Copy, view, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    QObject::connect(shortcut, &QShortcut::activated, view,
                     [view] { QGuiApplication::clipboard()->setText(selectionAsTsv(view)); });
}

} // namespace almanac::ui
