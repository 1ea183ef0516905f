#include "ui/MonitoringView.h"

#include "ui/ProjectSession.h"

#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QScatterSeries>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace almanac::ui {

namespace {

QString metricLabel(const QString& metric)
{
    if (metric == QLatin1String("mean_wQL")) return MonitoringView::tr("mean wQL");
    if (metric == QLatin1String("coverage")) return MonitoringView::tr("p10–p90 coverage");
    return metric;
}

double valueOf(const std::map<std::string, double>& metrics, const QString& name)
{
    const auto it = metrics.find(name.toStdString());
    return it == metrics.end() ? std::numeric_limits<double>::quiet_NaN() : it->second;
}

QDateTime isoTime(const std::string& text)
{
    QDateTime t = QDateTime::fromString(QString::fromStdString(text), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

} // namespace

QStringList MonitoringView::chartedMetrics()
{
    return {QStringLiteral("mean_wQL"), QStringLiteral("WAPE"), QStringLiteral("RMSE"), QStringLiteral("MAPE"),
            QStringLiteral("MASE"), QStringLiteral("coverage")};
}

MonitoringView::MonitoringView(const ProjectSession& session, const QString& predictor, double driftFactor, QWidget* parent)
    : QDialog(parent), m_predictor(predictor), m_driftFactor(driftFactor)
{
    setObjectName(QStringLiteral("monitoringView"));
    setWindowTitle(tr("Monitoring — %1").arg(predictor));
    if (const MonitoringHistory* history = session.monitoring(predictor)) m_history = *history;

    m_metric = new QComboBox;
    m_metric->setObjectName(QStringLiteral("monitoringMetric"));
    for (const QString& m : chartedMetrics()) m_metric->addItem(metricLabel(m), m);
    m_chart = new QChartView(new QChart);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumSize(480, 260);
    m_chart->chart()->legend()->setAlignment(Qt::AlignBottom);
    m_drift = new QLabel;
    m_drift->setObjectName(QStringLiteral("driftLabel"));
    m_drift->setWordWrap(true);

    m_table = new QTableWidget(0, 9);
    m_table->setObjectName(QStringLiteral("evaluationsTable"));
    m_table->setHorizontalHeaderLabels({tr("Origin"), tr("Forecast"), tr("Evaluated"), tr("mean wQL"), tr("WAPE"), tr("RMSE"),
                                        tr("MASE"), tr("Coverage (nominal 0.8)"), tr("Items")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    const QLocale locale;
    for (const MonitoringHistory::Point& p : m_history.points) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const auto number = [&](const char* name) {
            const double v = valueOf(p.metrics, QString::fromLatin1(name));
            return new QTableWidgetItem(std::isfinite(v) ? locale.toString(v, 'g', 4) : QStringLiteral("–"));
        };
        m_table->setItem(row, 0, new QTableWidgetItem(locale.toString(QDateTime::fromSecsSinceEpoch(p.origin, Qt::UTC).date(), QLocale::ShortFormat)));
        m_table->setItem(row, 1, new QTableWidgetItem(QString::fromStdString(p.forecast)));
        m_table->setItem(row, 2, new QTableWidgetItem(locale.toString(isoTime(p.evaluatedAt).toLocalTime(), QLocale::ShortFormat)));
        m_table->setItem(row, 3, number("mean_wQL"));
        m_table->setItem(row, 4, number("WAPE"));
        m_table->setItem(row, 5, number("RMSE"));
        m_table->setItem(row, 6, number("MASE"));
        m_table->setItem(row, 7, number("coverage"));
        m_table->setItem(row, 8, number("items"));
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* again = buttons->addButton(tr("Forecast again with the current data"), QDialogButtonBox::ActionRole);
    QPushButton* retrain = buttons->addButton(tr("Retrain"), QDialogButtonBox::ActionRole);
    connect(again, &QPushButton::clicked, this, [this] {
        emit forecastAgainRequested(m_predictor);
        accept();
    });
    connect(retrain, &QPushButton::clicked, this, [this] {
        emit retrainRequested(m_predictor);
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Metric:")));
    top->addWidget(m_metric);
    top->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_chart, 4);
    layout->addWidget(m_drift);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &MonitoringView::redraw);
    resize(900, 620);
    redraw();
}

void MonitoringView::setMetric(const QString& metric)
{
    const int index = m_metric->findData(metric);
    if (index >= 0) m_metric->setCurrentIndex(index);
}

QString MonitoringView::currentMetric() const { return m_metric->currentData().toString(); }
int MonitoringView::plottedPoints() const { return m_points; }
bool MonitoringView::showsBaseline() const { return m_baseline; }
int MonitoringView::retrainingMarks() const { return m_marks; }
QString MonitoringView::driftText() const { return m_drift->text(); }

void MonitoringView::redraw()
{
    const QString name = currentMetric();
    QChart* chart = m_chart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    m_points = m_marks = 0;
    m_baseline = false;
    chart->setTitle(tr("%1 of %2 on the actuals after each forecast").arg(metricLabel(name), m_predictor));

    auto* values = new QLineSeries;
    values->setName(tr("monitored"));
    auto* dots = new QScatterSeries;
    dots->setMarkerSize(8);
    dots->setName(tr("evaluation"));
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    qint64 first = std::numeric_limits<qint64>::max(), last = std::numeric_limits<qint64>::min();
    for (const MonitoringHistory::Point& p : m_history.points) {
        const double v = valueOf(p.metrics, name);
        if (!std::isfinite(v)) continue;
        const qint64 ms = qint64(p.origin) * 1000;
        values->append(double(ms), v);
        dots->append(double(ms), v);
        lo = std::min(lo, v);
        hi = std::max(hi, v);
        first = std::min(first, ms);
        last = std::max(last, ms);
        ++m_points;
    }
    for (const std::string& at : m_history.retrainedAt) {
        const QDateTime t = isoTime(at);
        if (!t.isValid()) continue;
        first = std::min(first, t.toMSecsSinceEpoch());
        last = std::max(last, t.toMSecsSinceEpoch());
    }
    const double baseline = valueOf(m_history.baseline, name);
    if (std::isfinite(baseline)) {
        lo = std::min(lo, baseline);
        hi = std::max(hi, baseline);
    }
    if (first > last) { // nothing to place in time yet: a week around now
        last = QDateTime::currentMSecsSinceEpoch();
        first = last - 7LL * 86400 * 1000;
    }
    // A margin of a tenth of the span, at least a week, so that the points sit inside the plot and
    // the date ticks fall on different days.
    const qint64 margin = std::max<qint64>((last - first) / 10, 7LL * 86400 * 1000);
    first -= margin;
    last += margin;
    if (!std::isfinite(lo)) {
        lo = 0;
        hi = 1;
    }
    // Metrics are never negative: the axis starts at 0 or just below the smallest value shown.
    const double pad = std::max((hi - lo) * 0.1, std::fabs(hi) * 0.05 + 1e-12);
    lo = std::max(0.0, lo - pad);
    hi += pad;

    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("yyyy-MM-dd"));
    x->setTitleText(tr("forecast origin"));
    x->setRange(QDateTime::fromMSecsSinceEpoch(first, Qt::UTC), QDateTime::fromMSecsSinceEpoch(last, Qt::UTC));
    x->setTickCount(5);
    auto* y = new QValueAxis;
    y->setRange(lo, hi);
    y->setLabelFormat(QStringLiteral("%.3g"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    auto attach = [&](QAbstractSeries* s) {
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    };
    attach(values);
    attach(dots);
    // One legend entry for the line and its dots.
    for (QLegendMarker* marker : chart->legend()->markers(dots)) marker->setVisible(false);
    if (std::isfinite(baseline)) {
        auto* line = new QLineSeries;
        line->setName(tr("backtest (baseline)"));
        QPen pen(Qt::gray);
        pen.setStyle(Qt::DashLine);
        pen.setWidth(2);
        line->setPen(pen);
        line->append(double(first), baseline);
        line->append(double(last), baseline);
        attach(line);
        m_baseline = true;
    }
    bool named = false;
    for (const std::string& at : m_history.retrainedAt) {
        const QDateTime t = isoTime(at);
        if (!t.isValid()) continue;
        auto* mark = new QLineSeries;
        QPen pen(QColor(0xc0, 0x40, 0x40));
        pen.setWidth(1);
        mark->setPen(pen);
        mark->append(double(t.toMSecsSinceEpoch()), lo);
        mark->append(double(t.toMSecsSinceEpoch()), hi);
        attach(mark);
        if (!named) mark->setName(tr("retrained"));
        else chart->legend()->markers(mark).value(0)->setVisible(false);
        named = true;
        ++m_marks;
    }

    const double drift = m_history.driftRatio;
    const QLocale locale;
    if (!std::isfinite(drift))
        m_drift->setText(m_history.points.empty()
                             ? tr("Not monitored yet: when newer actuals are imported into the dataset (append or replace), "
                                  "each forecast made from this predictor is scored on them here.")
                             : tr("The backtest has no mean wQL to compare with."));
    else if (drift > m_driftFactor)
        m_drift->setText(tr("<b>Drift:</b> the latest mean wQL is %1× the backtest's (marked above %2×). Retrain the predictor "
                            "on the current data.").arg(locale.toString(drift, 'f', 2), locale.toString(m_driftFactor, 'f', 2)));
    else
        m_drift->setText(tr("No drift: the latest mean wQL is %1× the backtest's (marked above %2×).")
                             .arg(locale.toString(drift, 'f', 2), locale.toString(m_driftFactor, 'f', 2)));
}

} // namespace almanac::ui
