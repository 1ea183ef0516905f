// JobRunner: progress and outcome as signals on the GUI thread; cancel stops a job within a second.
#include "ui/JobRunner.h"

#include <QSignalSpy>
#include <QtTest/QtTest>

#include <chrono>
#include <thread>

using namespace almanac;
using namespace almanac::ui;

class TestJobRunner : public QObject {
    Q_OBJECT
private slots:
    void outcome_data()
    {
        QTest::addColumn<int>("kind"); // 0 ok, 1 failure
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("message");
        QTest::newRow("success") << 0 << true << QString();
        QTest::newRow("failure") << 1 << false << QStringLiteral("sales.csv: row 3, column 2 ('demand'): not a number");
    }

    void outcome()
    {
        QFETCH(int, kind);
        QFETCH(bool, ok);
        QFETCH(QString, message);
        JobRunner runner;
        QSignalSpy started(&runner, &JobRunner::started);
        QSignalSpy progress(&runner, &JobRunner::progressChanged);
        QSignalSpy metrics(&runner, &JobRunner::metricReported);
        QSignalSpy finished(&runner, &JobRunner::finished);
        QVERIFY(runner.start(QStringLiteral("test"), [kind](const JobContext& job) -> Status {
            for (int i = 0; i <= 10; ++i) {
                job.report(i / 10.0, "working");
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            }
            job.reportMetric("mean wQL", 1, 0.25, "ets");
            if (kind == 1) return Status::invalidInput("sales.csv: row 3, column 2 ('demand'): not a number");
            return Status::ok();
        }));
        QCOMPARE(started.count(), 1);
        QVERIFY(runner.isRunning());
        QVERIFY(!runner.start(QStringLiteral("second"), [](const JobContext&) { return Status::ok(); })); // one at a time
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.front().at(0).toBool(), ok);
        QCOMPARE(finished.front().at(1).toBool(), false);
        QCOMPARE(finished.front().at(2).toString(), message);
        QVERIFY(progress.count() >= 3);
        QCOMPARE(metrics.count(), 1);
        QCOMPARE(metrics.front().at(3).toString(), QStringLiteral("ets"));
        QVERIFY(!runner.isRunning());
    }

    void cancelWithinASecond()
    {
        JobRunner runner;
        QSignalSpy finished(&runner, &JobRunner::finished);
        runner.start(QStringLiteral("endless"), [](const JobContext& job) -> Status {
            while (!job.isCancelled()) std::this_thread::sleep_for(std::chrono::milliseconds(5));
            return Status::cancelled();
        });
        QTest::qWait(100);
        QElapsedTimer clock;
        clock.start();
        runner.cancel();
        QVERIFY(finished.wait(1000));
        QVERIFY(clock.elapsed() < 1000);
        QCOMPARE(finished.front().at(0).toBool(), false);
        QCOMPARE(finished.front().at(1).toBool(), true);
    }

    void progressIsThrottled()
    {
        // A job reporting a million times must not flood the event loop.
        JobRunner runner;
        QSignalSpy progress(&runner, &JobRunner::progressChanged);
        QSignalSpy finished(&runner, &JobRunner::finished);
        runner.start(QStringLiteral("chatty"), [](const JobContext& job) -> Status {
            for (int i = 0; i < 1000000; ++i) job.report(i / 1e6, "chatty");
            job.report(1.0, "done");
            return Status::ok();
        });
        QVERIFY(finished.wait(10000));
        QVERIFY(progress.count() < 1000);
        QCOMPARE(progress.back().at(0).toDouble(), 1.0);
    }
};

QTEST_MAIN(TestJobRunner)
#include "tst_jobrunner.moc"
