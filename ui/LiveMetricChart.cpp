#include "ui/LiveMetricChart.h"

#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace almanac::ui {

LiveMetricChart::LiveMetricChart(QWidget* parent)
    : QChartView(new QChart, parent), m_points(new QScatterSeries), m_best(new QLineSeries), m_x(new QValueAxis), m_y(new QValueAxis)
{
    setObjectName(QStringLiteral("liveMetricChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(170);
    QChart* c = chart();
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setMargins(QMargins(2, 2, 2, 2));
    c->setBackgroundRoundness(0);
    m_points->setMarkerSize(9);
    m_points->setName(tr("candidate"));
    m_best->setName(tr("best so far"));
    c->addSeries(m_points);
    c->addSeries(m_best);
    m_x->setLabelFormat(QStringLiteral("%d"));
    // One tick per trial, so that the labels name the trials the points belong to.
    m_x->setTickType(QValueAxis::TicksDynamic);
    m_x->setTickAnchor(0);
    m_x->setTickInterval(1);
    m_y->setLabelFormat(QStringLiteral("%.3g"));
    // The jobs dock gives the chart little room: without an axis title (the chart's title says
    // "by trial") and with smaller tick labels, the ticks are drawn instead of elided to "...".
    QFont small = m_x->labelsFont();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() - 1.5));
    m_x->setLabelsFont(small);
    m_y->setLabelsFont(small);
    c->legend()->setFont(small);
    QFont titleFont = c->titleFont();
    titleFont.setPointSizeF(small.pointSizeF() + 0.5);
    c->setTitleFont(titleFont);
    c->addAxis(m_x, Qt::AlignBottom);
    c->addAxis(m_y, Qt::AlignLeft);
    for (QAbstractSeries* s : {static_cast<QAbstractSeries*>(m_points), static_cast<QAbstractSeries*>(m_best)}) {
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    connect(m_points, &QScatterSeries::hovered, this, [this](const QPointF& point, bool state) {
        const int i = int(std::lround(point.x())) - 1;
        if (state && i >= 0 && i < m_labels.size())
            QToolTip::showText(QCursor::pos(), tr("%1: %2").arg(m_labels[i]).arg(point.y(), 0, 'f', 4), this);
    });
    reset();
}

void LiveMetricChart::reset()
{
    m_points->clear();
    m_best->clear();
    m_labels.clear();
    m_x->setRange(0, 5);
    m_y->setRange(0, 1);
    chart()->setTitle(tr("Training metric"));
}

int LiveMetricChart::pointCount() const { return int(m_points->count()); }

QPair<double, double> LiveMetricChart::valueRange() const { return {m_y->min(), m_y->max()}; }

void LiveMetricChart::addPoint(const QString& metric, int step, double value, const QString& label)
{
    if (!std::isfinite(value)) return;
    const bool higherIsBetter = metric.startsWith(QLatin1String("NDCG"), Qt::CaseInsensitive);
    chart()->setTitle(higherIsBetter ? tr("%1 by trial (higher is better)").arg(metric) : tr("%1 by trial (lower is better)").arg(metric));
    if (m_points->count() == 0) {
        m_lo = m_hi = m_bestValue = value;
    } else {
        m_lo = std::min(m_lo, value);
        m_hi = std::max(m_hi, value);
        m_bestValue = higherIsBetter ? std::max(m_bestValue, value) : std::min(m_bestValue, value);
    }
    while (m_labels.size() < step) m_labels << QString();
    m_labels[step - 1] = label;
    m_points->append(step, value);
    m_best->append(step, m_bestValue);
    m_x->setRange(0, std::max(5, step + 1));
    m_x->setTickInterval(step > 20 ? 5 : 1);
    // Every metric drawn here is at least 0 (wQL, NDCG): the axis never shows a negative value,
    // and a single value gets a margin of its size rather than ticks eight digits long.
    const double pad = std::max({(m_hi - m_lo) * 0.1, std::fabs(m_hi) * 0.05, 1e-9});
    m_y->setRange(std::max(0.0, m_lo - pad), m_hi + pad);
}

} // namespace almanac::ui
