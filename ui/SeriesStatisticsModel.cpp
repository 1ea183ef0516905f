#include "ui/SeriesStatisticsModel.h"

#include "data/Timestamp.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace almanac::ui {

void SeriesStatisticsModel::setStatistics(std::vector<SeriesStatistics> statistics, std::vector<std::string> dimensionNames,
                                          Frequency frequency)
{
    beginResetModel();
    m_rows = std::move(statistics);
    m_dimensionNames = std::move(dimensionNames);
    m_frequency = frequency;
    endResetModel();
}

int SeriesStatisticsModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int SeriesStatisticsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 1 + int(m_dimensionNames.size()) + kFields + 1;
}

QVariant SeriesStatisticsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || size_t(index.row()) >= m_rows.size()) return {};
    const SeriesStatistics& s = m_rows[size_t(index.row())];
    const int column = index.column();
    if (column == profileColumn()) {
        if (role != ProfileRole) return {};
        QVariantList points;
        for (float v : s.profile) points << double(v);
        return points;
    }
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::TextAlignmentRole) return {};
    const int dimensions = int(m_dimensionNames.size());
    if (column <= dimensions) {
        if (role == Qt::TextAlignmentRole) return {};
        return QString::fromStdString(column == 0 ? s.itemId : s.dimensions[size_t(column - 1)]);
    }
    if (role == Qt::TextAlignmentRole) return int(Qt::AlignRight | Qt::AlignVCenter);
    const QLocale locale;
    const bool display = role == Qt::DisplayRole;
    auto number = [&](double v) -> QVariant {
        if (std::isnan(v)) return display ? QVariant(QStringLiteral("–")) : QVariant(-HUGE_VAL);
        return display ? QVariant(locale.toString(v, 'g', 6)) : QVariant(v);
    };
    auto count = [&](size_t v) -> QVariant { return display ? QVariant(locale.toString(qulonglong(v))) : QVariant(qulonglong(v)); };
    auto date = [&](int64_t period) -> QVariant {
        const int64_t start = m_frequency.periodStart(period);
        return display ? QVariant(QString::fromStdString(formatTimestamp(start, m_frequency.isDateOnly()))) : QVariant(qlonglong(start));
    };
    switch (Field(column - dimensions - 1)) {
    case Field::Start: return date(s.firstPeriod);
    case Field::End: return date(s.firstPeriod + int64_t(s.periods) - 1);
    case Field::Periods: return count(s.periods);
    case Field::Zeros: return count(s.zeros);
    case Field::Missing: return count(s.missing);
    case Field::Mean: return number(s.mean);
    case Field::Minimum: return number(s.minimum);
    case Field::Maximum: return number(s.maximum);
    }
    return {};
}

QVariant SeriesStatisticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    const int dimensions = int(m_dimensionNames.size());
    if (section == 0) return tr("Item");
    if (section <= dimensions) return QString::fromStdString(m_dimensionNames[size_t(section - 1)]);
    if (section == profileColumn()) return tr("Profile");
    switch (Field(section - dimensions - 1)) {
    case Field::Start: return tr("Start");
    case Field::End: return tr("End");
    case Field::Periods: return tr("Periods");
    case Field::Zeros: return tr("Zeros");
    case Field::Missing: return tr("Missing");
    case Field::Mean: return tr("Mean");
    case Field::Minimum: return tr("Min");
    case Field::Maximum: return tr("Max");
    }
    return {};
}

void SparklineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyledItemDelegate::paint(painter, option, QModelIndex()); // background and selection only
    const QVariantList points = index.data(SeriesStatisticsModel::ProfileRole).toList();
    if (points.size() < 2) return;
    double low = HUGE_VAL, high = -HUGE_VAL;
    for (const QVariant& p : points) {
        const double v = p.toDouble();
        if (std::isnan(v)) continue;
        low = std::min(low, v);
        high = std::max(high, v);
    }
    if (!(high >= low)) return;
    const QRectF area = QRectF(option.rect).adjusted(3, 3, -3, -3);
    const double span = high > low ? high - low : 1.0;
    QPainterPath path;
    bool drawing = false;
    for (int i = 0; i < points.size(); ++i) {
        const double v = points[i].toDouble();
        if (std::isnan(v)) {
            drawing = false; // a missing stretch stays a gap
            continue;
        }
        const QPointF at(area.left() + area.width() * i / (points.size() - 1), area.bottom() - area.height() * (v - low) / span);
        if (drawing) path.lineTo(at);
        else path.moveTo(at);
        drawing = true;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(QPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight), 1.2));
    painter->drawPath(path);
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 140));
    return size;
}

} // namespace almanac::ui
