#include "ui/JobRunner.h"

#include "ui/BackgroundPriority.h"

#include <QMetaObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <chrono>
#include <mutex>

namespace almanac::ui {

namespace {
constexpr qint64 kProgressIntervalMs = 40;

} // namespace

// State the worker thread and the GUI thread share for one job.
struct JobRunner::Shared {
    CancelToken cancel;
    Status outcome;
    std::atomic<qint64> lastProgressMs{-kProgressIntervalMs};
    QElapsedTimer clock;
};

JobRunner::JobRunner(QObject* parent) : QObject(parent) {}

JobRunner::~JobRunner()
{
    if (m_thread) {
        m_shared->cancel.cancel();
        m_thread->wait();
        delete m_thread;
    }
}

qint64 JobRunner::elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }

qint64 JobRunner::remainingMs() const
{
    if (!isRunning() || m_fraction < 0.02) return -1;
    return qint64(double(elapsedMs()) * (1.0 - m_fraction) / m_fraction);
}

bool JobRunner::start(const QString& title, Work work)
{
    if (m_thread) return false;
    m_shared = std::make_shared<Shared>();
    m_shared->clock.start();
    m_title = title;
    m_fraction = 0;
    m_stage.clear();
    m_clock.start();
    std::shared_ptr<Shared> shared = m_shared;
    QPointer<JobRunner> self(this);
    m_thread = QThread::create([shared, self, work = std::move(work)] {
        lowerThisThreadsPriority();
        JobContext job;
        job.cancel = &shared->cancel;
        job.progress = [shared, self](double fraction, const std::string& stage) {
            const qint64 now = shared->clock.elapsed();
            if (fraction < 1.0 && now - shared->lastProgressMs.load() < kProgressIntervalMs) return;
            shared->lastProgressMs.store(now);
            const QString text = QString::fromStdString(stage);
            QMetaObject::invokeMethod(self, [self, fraction, text] {
                if (!self) return;
                self->m_fraction = fraction;
                self->m_stage = text;
                emit self->progressChanged(fraction, text);
            }, Qt::QueuedConnection);
        };
        job.metric = [self](const std::string& metric, int step, double value, const std::string& label) {
            const QString m = QString::fromStdString(metric), l = QString::fromStdString(label);
            QMetaObject::invokeMethod(self, [self, m, step, value, l] {
                if (self) emit self->metricReported(m, step, value, l);
            }, Qt::QueuedConnection);
        };
        shared->outcome = work(job);
    });
    connect(m_thread, &QThread::finished, this, &JobRunner::onThreadDone, Qt::QueuedConnection);
    m_thread->start();
    emit started(title);
    return true;
}

bool JobRunner::wait(int timeoutMs)
{
    if (!m_thread) return true;
    if (!m_thread->wait(QDeadlineTimer(timeoutMs))) return false;
    onThreadDone();
    return true;
}

void JobRunner::cancel()
{
    if (m_shared) m_shared->cancel.cancel();
}

void JobRunner::onThreadDone()
{
    if (!m_thread) return;
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    const Status outcome = m_shared->outcome;
    const bool cancelled = outcome.code() == Status::Code::Cancelled || m_shared->cancel.isCancelled();
    if (outcome.isOk()) m_fraction = 1.0;
    emit finished(outcome.isOk(), cancelled && !outcome.isOk(), QString::fromStdString(outcome.message()));
}

} // namespace almanac::ui
