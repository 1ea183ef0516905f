#include "ui/EventLoopMonitor.h"

#include <algorithm>

namespace almanac::ui {

EventLoopMonitor::EventLoopMonitor(QObject* parent) : QObject(parent)
{
    m_timer.setInterval(5);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock.elapsed();
        m_worst = std::max(m_worst, now - m_last);
        m_last = now;
    });
}

void EventLoopMonitor::start()
{
    m_worst = 0;
    m_last = 0;
    m_clock.start();
    m_timer.start();
}

} // namespace almanac::ui
