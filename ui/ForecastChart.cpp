#include "ui/ForecastChart.h"

#include <QApplication>
#include <QAreaSeries>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QPalette>
#include <QResizeEvent>
#include <QSvgGenerator>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace almanac::ui {

namespace {

// The series' values are drawn in the axis' unit (thousands, millions...): values / unit.
QLineSeries* lineOf(const std::vector<qint64>& times, const std::vector<double>& values, double unit)
{
    auto* line = new QLineSeries;
    QList<QPointF> points;
    points.reserve(qsizetype(times.size()));
    for (size_t i = 0; i < times.size() && i < values.size(); ++i)
        if (std::isfinite(values[i])) points.append(QPointF(double(times[i]), values[i] / unit));
    line->replace(points);
    return line;
}

// Index of the time nearest to t in a sorted vector, or -1 when empty.
int nearest(const std::vector<qint64>& times, double t)
{
    if (times.empty()) return -1;
    auto it = std::lower_bound(times.begin(), times.end(), qint64(t));
    if (it == times.end()) return int(times.size()) - 1;
    if (it != times.begin() && std::abs(double(*std::prev(it)) - t) < std::abs(double(*it) - t)) --it;
    return int(it - times.begin());
}

} // namespace

ForecastChart::ForecastChart(QWidget* parent) : QChartView(new QChart, parent)
{
    setObjectName(QStringLiteral("forecastChart"));
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::HorizontalRubberBand);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumHeight(260);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    const bool dark = QApplication::palette().color(QPalette::Window).lightness() < 128;
    chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart()->setBackgroundRoundness(0);
    chart()->setMargins(QMargins(4, 4, 4, 4));
}

void ForecastChart::clear()
{
    m_title.clear();
    m_historyMs.clear();
    m_history.clear();
    m_forecast = {};
    m_hasComparison = false;
    m_backtestMs.clear();
    m_backtest.clear();
    rebuild();
}

void ForecastChart::setData(const QString& title, std::vector<qint64> historyMs, std::vector<double> history,
                            ForecastBand forecast, bool dateOnly)
{
    m_title = title;
    m_historyMs = std::move(historyMs);
    m_history = std::move(history);
    m_forecast = std::move(forecast);
    m_dateOnly = dateOnly;
    m_hasComparison = false;
    m_backtestMs.clear();
    m_backtest.clear();
    rebuild();
}

void ForecastChart::setComparison(const ForecastBand* band)
{
    m_hasComparison = band != nullptr;
    if (band) m_comparison = *band;
    rebuild();
}

void ForecastChart::setBacktest(std::vector<qint64> timesMs, std::vector<double> median)
{
    m_backtestMs = std::move(timesMs);
    m_backtest = std::move(median);
    rebuild();
}

void ForecastChart::rebuild()
{
    QChart* c = chart();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    c->setTitle(m_title);
    if (isEmpty()) return;

    // Large values are drawn in thousands, millions or billions, said in the axis title, so that
    // the ticks read "4" (millions) rather than "4000000.0".
    double largest = 0;
    for (const std::vector<double>* values : {&m_history, &m_forecast.upper, &m_forecast.median, &m_comparison.upper, &m_backtest})
        for (double v : *values)
            if (std::isfinite(v)) largest = std::max(largest, std::fabs(v));
    m_unit = 1;
    QString unitName;
    if (largest >= 1e9) {
        m_unit = 1e9;
        unitName = tr("billions");
    } else if (largest >= 1e6) {
        m_unit = 1e6;
        unitName = tr("millions");
    } else if (largest >= 1e4) {
        m_unit = 1e3;
        unitName = tr("thousands");
    }

    auto* xAxis = new QDateTimeAxis;
    xAxis->setFormat(m_dateOnly ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("MM-dd HH:mm"));
    xAxis->setTickCount(dateTickCount());
    auto* yAxis = new QValueAxis;
    yAxis->setLabelFormat(QStringLiteral("%g"));
    yAxis->setTitleText(unitName.isEmpty() ? QString() : tr("in %1").arg(unitName));
    c->addAxis(xAxis, Qt::AlignBottom);
    c->addAxis(yAxis, Qt::AlignLeft);
    auto attach = [&](QAbstractSeries* s) {
        c->addSeries(s);
        s->attachAxis(xAxis);
        s->attachAxis(yAxis);
    };
    // Names stay out of the legend (forecast names run long and were cut to "retail_deman…"): the
    // compared forecast's entry says "compared", its name is in the Compare box above the chart,
    // and its band, in the same colour, has no entry of its own, so that six entries do not get
    // cut at 1024 px.
    auto addBand = [&](const ForecastBand& band, QColor color, bool compared) {
        if (band.timesMs.empty()) return;
        if (!band.lower.empty() && !band.upper.empty()) {
            auto* area = new QAreaSeries(lineOf(band.timesMs, band.upper, m_unit), lineOf(band.timesMs, band.lower, m_unit));
            area->setName(compared ? tr("compared %1–%2").arg(band.lowerLabel, band.upperLabel)
                                   : tr("%1–%2").arg(band.lowerLabel, band.upperLabel));
            QColor fill = color;
            fill.setAlpha(60);
            area->setBrush(fill);
            area->setPen(QPen(color.lighter(130), 1));
            attach(area);
            if (compared)
                for (QLegendMarker* marker : c->legend()->markers(area)) marker->setVisible(false);
        }
        auto* median = lineOf(band.timesMs, band.median, m_unit);
        median->setName(compared ? tr("compared p50") : tr("p50"));
        median->setPen(QPen(color, 2.2));
        attach(median);
    };
    if (!m_history.empty()) {
        auto* history = lineOf(m_historyMs, m_history, m_unit);
        history->setName(tr("History"));
        history->setPen(QPen(QApplication::palette().color(QPalette::WindowText), 1.4));
        attach(history);
    }
    addBand(m_forecast, QColor(0x1f, 0x77, 0xb4), false);
    if (m_hasComparison) addBand(m_comparison, QColor(0xe6, 0x7e, 0x22), true);
    if (!m_backtest.empty()) {
        auto* backtest = lineOf(m_backtestMs, m_backtest, m_unit);
        backtest->setName(tr("Backtest p50"));
        QPen pen(QColor(0x2c, 0xa0, 0x2c), 2, Qt::DashLine);
        backtest->setPen(pen);
        attach(backtest);
    }
    // The x range is set, not inferred: the default view is the recent history and the forecast,
    // Home shows everything.
    qint64 first = INT64_MAX, last = INT64_MIN;
    for (const auto* times : {&m_historyMs, &m_forecast.timesMs})
        if (!times->empty()) {
            first = std::min(first, times->front());
            last = std::max(last, times->back());
        }
    m_fullRange = {first, last};
    const size_t recent = std::max<size_t>(4 * m_forecast.timesMs.size(), 56);
    const qint64 start = m_historyMs.size() > recent ? m_historyMs[m_historyMs.size() - recent] : first;
    m_defaultRange = {start, last};
    xAxis->setRange(QDateTime::fromMSecsSinceEpoch(start, Qt::UTC), QDateTime::fromMSecsSinceEpoch(last, Qt::UTC));
    fitValueAxis(start, last);
    // Zooming or panning in time fits the values to what is in view.
    connect(xAxis, &QDateTimeAxis::rangeChanged, this, [this](const QDateTime& from, const QDateTime& to) {
        fitValueAxis(from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch());
    });
}

int ForecastChart::dateTickCount() const
{
    // A date label is about 80 pixels wide: as many ticks as fit without cutting them.
    return std::clamp(width() / 110, 3, 8);
}

void ForecastChart::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    const auto axes = chart()->axes(Qt::Horizontal);
    if (auto* xAxis = axes.isEmpty() ? nullptr : qobject_cast<QDateTimeAxis*>(axes.front())) xAxis->setTickCount(dateTickCount());
}

void ForecastChart::fitValueAxis(qint64 fromMs, qint64 toMs)
{
    const auto axes = chart()->axes(Qt::Vertical);
    auto* yAxis = axes.isEmpty() ? nullptr : qobject_cast<QValueAxis*>(axes.front());
    if (!yAxis) return;
    double lo = INFINITY, hi = -INFINITY;
    auto growVisible = [&](const std::vector<qint64>& times, const std::vector<double>& values) {
        for (size_t i = 0; i < times.size() && i < values.size(); ++i)
            if (times[i] >= fromMs && times[i] <= toMs && std::isfinite(values[i])) {
                lo = std::min(lo, values[i]);
                hi = std::max(hi, values[i]);
            }
    };
    growVisible(m_historyMs, m_history);
    growVisible(m_forecast.timesMs, m_forecast.upper.empty() ? m_forecast.median : m_forecast.upper);
    growVisible(m_forecast.timesMs, m_forecast.lower.empty() ? m_forecast.median : m_forecast.lower);
    if (m_hasComparison) {
        growVisible(m_comparison.timesMs, m_comparison.upper.empty() ? m_comparison.median : m_comparison.upper);
        growVisible(m_comparison.timesMs, m_comparison.lower.empty() ? m_comparison.median : m_comparison.lower);
    }
    growVisible(m_backtestMs, m_backtest);
    if (!std::isfinite(lo)) return;
    lo /= m_unit;
    hi /= m_unit;
    const double pad = std::max(1e-9, (hi - lo) * 0.05);
    yAxis->setRange(std::min(0.0, lo - pad) < 0 && lo >= 0 ? 0.0 : lo - pad, hi + pad);
    yAxis->applyNiceNumbers();
}

QPair<double, double> ForecastChart::valueRange() const
{
    const auto axes = chart()->axes(Qt::Vertical);
    const auto* yAxis = axes.isEmpty() ? nullptr : qobject_cast<const QValueAxis*>(axes.front());
    return yAxis ? QPair<double, double>(yAxis->min() * m_unit, yAxis->max() * m_unit) : QPair<double, double>(0, 0);
}

QString ForecastChart::valueAxisTitle() const
{
    const auto axes = chart()->axes(Qt::Vertical);
    return axes.isEmpty() ? QString() : axes.front()->titleText();
}

void ForecastChart::zoomToRange(qint64 fromMs, qint64 toMs) { showRange({fromMs, toMs}); }

QString ForecastChart::dateText(qint64 ms) const
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    return m_dateOnly ? QLocale().toString(t.date(), QLocale::ShortFormat) : QLocale().toString(t, QLocale::ShortFormat);
}

void ForecastChart::mouseMoveEvent(QMouseEvent* event)
{
    QChartView::mouseMoveEvent(event);
    if (isEmpty()) return;
    const QPointF value = chart()->mapToValue(event->position());
    const QLocale locale;
    const int f = nearest(m_forecast.timesMs, value.x());
    const int h = nearest(m_historyMs, value.x());
    const bool inForecast = f >= 0 && (h < 0 || std::abs(double(m_forecast.timesMs[size_t(f)]) - value.x())
                                                    <= std::abs(double(m_historyMs[size_t(h)]) - value.x()));
    if (inForecast) {
        const size_t i = size_t(f);
        QString text = tr("%1 — p50 %2").arg(dateText(m_forecast.timesMs[i]), locale.toString(m_forecast.median[i], 'f', 2));
        if (!m_forecast.lower.empty())
            text += tr(", %1 %2, %3 %4")
                        .arg(m_forecast.lowerLabel, locale.toString(m_forecast.lower[i], 'f', 2), m_forecast.upperLabel,
                             locale.toString(m_forecast.upper[i], 'f', 2));
        emit readout(text);
    } else if (h >= 0) {
        QString text = tr("%1 — actual %2").arg(dateText(m_historyMs[size_t(h)]), locale.toString(m_history[size_t(h)], 'f', 2));
        const int b = nearest(m_backtestMs, double(m_historyMs[size_t(h)]));
        if (b >= 0 && m_backtestMs[size_t(b)] == m_historyMs[size_t(h)])
            text += tr(", backtest p50 %1").arg(locale.toString(m_backtest[size_t(b)], 'f', 2));
        emit readout(text);
    }
}

void ForecastChart::wheelEvent(QWheelEvent* event)
{
    if (isEmpty()) return;
    zoomTime(event->angleDelta().y() > 0 ? 1.25 : 0.8);
    event->accept();
}

void ForecastChart::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Left: chart()->scroll(-width() / 10.0, 0); break;
    case Qt::Key_Right: chart()->scroll(width() / 10.0, 0); break;
    case Qt::Key_Plus: zoomTime(1.25); break;
    case Qt::Key_Minus: zoomTime(0.8); break;
    case Qt::Key_Home: showRange(m_fullRange); break;
    default: QChartView::keyPressEvent(event); return;
    }
    event->accept();
}

void ForecastChart::zoomTime(double factor)
{
    // Time alone zooms (about the middle of the view); the values then fit what is in view.
    const auto axes = chart()->axes(Qt::Horizontal);
    const auto* xAxis = axes.isEmpty() ? nullptr : qobject_cast<const QDateTimeAxis*>(axes.front());
    if (!xAxis) return;
    const double from = double(xAxis->min().toMSecsSinceEpoch()), to = double(xAxis->max().toMSecsSinceEpoch());
    const double middle = (from + to) / 2, half = (to - from) / 2 / factor;
    showRange({qint64(middle - half), qint64(middle + half)});
}

void ForecastChart::mouseDoubleClickEvent(QMouseEvent* event)
{
    chart()->zoomReset();
    showRange(m_defaultRange);
    event->accept();
}

void ForecastChart::showRange(const std::pair<qint64, qint64>& range)
{
    const auto axes = chart()->axes(Qt::Horizontal);
    if (axes.isEmpty() || range.first >= range.second) return;
    axes.front()->setRange(QDateTime::fromMSecsSinceEpoch(range.first, Qt::UTC), QDateTime::fromMSecsSinceEpoch(range.second, Qt::UTC));
}

bool ForecastChart::exportPng(const QString& path) { return grab().save(path, "PNG"); }

bool ForecastChart::exportSvg(const QString& path)
{
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size());
    generator.setViewBox(rect());
    generator.setTitle(m_title);
    generator.setDescription(tr("Forecast chart exported by Almanac"));
    QPainter painter;
    if (!painter.begin(&generator)) return false;
    render(&painter);
    return painter.end();
}

} // namespace almanac::ui
