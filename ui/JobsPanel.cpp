#include "ui/JobsPanel.h"

#include "ui/JobRunner.h"
#include "ui/LiveMetricChart.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

namespace almanac::ui {

QString durationText(qint64 ms)
{
    const qint64 s = (ms + 500) / 1000;
    if (s < 60) return QObject::tr("%1 s").arg(s);
    if (s < 3600) return QObject::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return QObject::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

JobsPanel::JobsPanel(JobRunner* runner, QWidget* parent) : QWidget(parent), m_runner(runner)
{
    setObjectName(QStringLiteral("jobsPanel"));
    m_title = new QLabel(tr("No job running"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_stage = new QLabel;
    m_times = new QLabel;
    m_progress = new QProgressBar;
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_cancel = new QPushButton(tr("&Cancel"));
    m_cancel->setObjectName(QStringLiteral("cancelJob"));
    m_cancel->setEnabled(false);
    m_chart = new LiveMetricChart;
    m_history = new QListWidget;
    m_history->setMaximumHeight(110);
    m_clock = new QTimer(this);
    m_clock->setInterval(500);

    auto* row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(row);
    layout->addWidget(m_stage);
    layout->addWidget(m_times);
    layout->addWidget(m_chart, 1);
    m_chart->setVisible(false);
    layout->addWidget(new QLabel(tr("Finished in this session:")));
    layout->addWidget(m_history);

    connect(m_cancel, &QPushButton::clicked, runner, &JobRunner::cancel);
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_stage->setText(tr("Cancelling…")); });
    connect(m_clock, &QTimer::timeout, this, &JobsPanel::updateTimes);
    connect(runner, &JobRunner::started, this, [this](const QString& title) {
        m_title->setText(title);
        m_stage->clear();
        m_progress->setValue(0);
        m_cancel->setEnabled(true);
        m_chart->reset();
        m_chart->setVisible(false);
        m_clock->start();
        updateTimes();
    });
    connect(runner, &JobRunner::progressChanged, this, [this](double fraction, const QString& stage) {
        m_progress->setValue(int(fraction * 1000));
        m_stage->setText(stage);
    });
    connect(runner, &JobRunner::metricReported, m_chart, &LiveMetricChart::addPoint);
    // An empty chart (a job that reports no metric, or none yet) only takes room from the list.
    connect(runner, &JobRunner::metricReported, m_chart, [this] { m_chart->setVisible(true); });
    connect(runner, &JobRunner::finished, this, [this](bool ok, bool cancelled, const QString& message) {
        m_clock->stop();
        m_cancel->setEnabled(false);
        m_times->setText(tr("Took %1").arg(durationText(m_runner->elapsedMs())));
        const QString outcome = ok ? tr("done") : cancelled ? tr("cancelled") : tr("failed: %1").arg(message);
        m_stage->setText(outcome);
        // A cancelled or failed job's bar does not stay where it stopped, as if still going.
        m_progress->setValue(ok ? 1000 : 0);
        m_history->insertItem(0, tr("%1 — %2 — %3 (%4)")
                                     .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), m_runner->title(), outcome,
                                          durationText(m_runner->elapsedMs())));
        m_title->setText(tr("No job running"));
    });
}

void JobsPanel::updateTimes()
{
    const qint64 remaining = m_runner->remainingMs();
    m_times->setText(remaining >= 0 ? tr("Elapsed %1 · about %2 left").arg(durationText(m_runner->elapsedMs()), durationText(remaining))
                                    : tr("Elapsed %1").arg(durationText(m_runner->elapsedMs())));
}

} // namespace almanac::ui
