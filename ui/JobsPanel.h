#pragma once
// The jobs dock: the running job's progress, stage, elapsed and remaining time, a Cancel that
// takes effect within a second, the live training-metric chart, and the session's finished jobs.
#include <QWidget>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTimer;

namespace almanac::ui {

class JobRunner;
class LiveMetricChart;

class JobsPanel : public QWidget {
    Q_OBJECT
public:
    JobsPanel(JobRunner* runner, QWidget* parent = nullptr);

    LiveMetricChart* metricChart() const { return m_chart; }
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* progressBar() const { return m_progress; }

private:
    void updateTimes();

    JobRunner* m_runner;
    QLabel* m_title = nullptr;
    QLabel* m_stage = nullptr;
    QLabel* m_times = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    LiveMetricChart* m_chart = nullptr;
    QListWidget* m_history = nullptr;
    QTimer* m_clock = nullptr;
};

QString durationText(qint64 ms);

} // namespace almanac::ui
