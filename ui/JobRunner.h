#pragma once
// Runs one long core operation on a worker thread (DESIGN §3) and turns its progress, metrics and
// outcome into signals on the GUI thread. Progress is forwarded at most every few tens of
// milliseconds, so a chatty job cannot flood the event loop.
#include "jobs/JobContext.h"
#include "util/Status.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QThread;

namespace almanac::ui {

class JobRunner : public QObject {
    Q_OBJECT
public:
    using Work = std::function<Status(const JobContext&)>;

    explicit JobRunner(QObject* parent = nullptr);
    ~JobRunner() override; // cancels a running job and waits for it

    bool isRunning() const { return m_thread != nullptr; }
    QString title() const { return m_title; }
    double fraction() const { return m_fraction; }
    QString stage() const { return m_stage; }
    qint64 elapsedMs() const;
    // Estimated from the progress so far; -1 while there is too little progress to tell.
    qint64 remainingMs() const;

    // Starts work on a new thread; false (and nothing happens) while another job runs.
    bool start(const QString& title, Work work);
    // Blocks until the running job ends or timeoutMs passes; true when no job is running.
    bool wait(int timeoutMs);

public slots:
    void cancel();

signals:
    void started(const QString& title);
    void progressChanged(double fraction, const QString& stage);
    void metricReported(const QString& metric, int step, double value, const QString& label);
    // ok: the work returned Status::ok(); cancelled: the user cancelled it.
    void finished(bool ok, bool cancelled, const QString& message);

private:
    void onThreadDone();

    struct Shared;
    std::shared_ptr<Shared> m_shared;
    QThread* m_thread = nullptr;
    QString m_title;
    double m_fraction = 0;
    QString m_stage;
    QElapsedTimer m_clock;
};

} // namespace almanac::ui
