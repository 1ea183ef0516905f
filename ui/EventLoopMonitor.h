#pragma once
// Measures how responsive the GUI thread is: a 5 ms timer records the longest gap between its
// ticks, i.e. the worst time the event loop was blocked (the workbench's budget is 50 ms).
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace almanac::ui {

class EventLoopMonitor : public QObject {
    Q_OBJECT
public:
    explicit EventLoopMonitor(QObject* parent = nullptr);
    void start();
    void stop() { m_timer.stop(); }
    qint64 worstGapMs() const { return m_worst; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
};

} // namespace almanac::ui
