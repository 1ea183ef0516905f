// parallelFor on the process's worker pool: every index once, errors and exceptions carried to
// the caller, cancellation, loops inside loops and loops from many threads at once, and the same
// threads reused from call to call.
#include "jobs/ParallelFor.h"

#include <QtTest/QtTest>

#include <atomic>
#include <stdexcept>
#include <thread>
#include <vector>

using namespace almanac;

class TestParallelFor : public QObject {
    Q_OBJECT
private slots:
    void everyIndexRunsOnce_data()
    {
        QTest::addColumn<int>("threads");
        QTest::addColumn<bool>("withProgress");
        for (int threads : {1, 2, 4, 0})
            for (bool progress : {false, true})
                QTest::newRow((std::to_string(threads) + (progress ? " reporting" : "")).c_str()) << threads << progress;
    }

    void everyIndexRunsOnce()
    {
        QFETCH(int, threads);
        QFETCH(bool, withProgress);
        std::vector<std::atomic<int>> hits(1000);
        JobContext job;
        double last = -1;
        if (withProgress) job.progress = [&](double f, const std::string&) { last = f; };
        const Status s = parallelFor(hits.size(), threads, [&](size_t i) {
            hits[i].fetch_add(1);
            return Status::ok();
        }, job);
        QVERIFY(s.isOk());
        for (const auto& h : hits) QCOMPARE(h.load(), 1);
        if (withProgress) QCOMPARE(last, 1.0);
    }

    void errorsAndExceptionsReachTheCaller()
    {
        const Status error = parallelFor(100, 2, [](size_t i) {
            return i == 37 ? Status::invalidInput("item 37 is bad") : Status::ok();
        });
        QCOMPARE(error.message(), std::string("item 37 is bad"));
        const Status thrown = parallelFor(100, 2, [](size_t i) -> Status {
            if (i == 5) throw std::runtime_error("boom");
            return Status::ok();
        });
        QVERIFY(!thrown.isOk());
        QVERIFY(thrown.message().find("boom") != std::string::npos);
    }

    void cancellationStopsTheLoop()
    {
        CancelToken token;
        JobContext job;
        job.cancel = &token;
        std::atomic<int> ran{0};
        const Status s = parallelFor(100000, 2, [&](size_t) {
            if (ran.fetch_add(1) == 10) token.cancel();
            return Status::ok();
        }, job);
        QVERIFY(s.isCancelled());
        QVERIFY(ran.load() < 1000);
    }

    void loopsInsideLoopsFinish()
    {
        // A worker never waits on the pool it belongs to: the inner loop runs on its caller.
        std::atomic<int> total{0};
        const Status s = parallelFor(16, 0, [&](size_t) {
            return parallelFor(50, 0, [&](size_t) {
                total.fetch_add(1);
                return Status::ok();
            });
        });
        QVERIFY(s.isOk());
        QCOMPARE(total.load(), 16 * 50);
    }

    void manyCallersAtOnce()
    {
        // Request threads of the local API, the workbench's jobs: loops from several threads
        // share the pool without losing or repeating an index.
        std::vector<std::thread> callers;
        std::atomic<int> total{0}, failures{0};
        for (int c = 0; c < 8; ++c)
            callers.emplace_back([&] {
                for (int round = 0; round < 20; ++round) {
                    JobContext job;
                    if (round % 2) job.progress = [](double, const std::string&) {};
                    const Status s = parallelFor(100, 2, [&](size_t) {
                        total.fetch_add(1);
                        return Status::ok();
                    }, job);
                    if (!s.isOk()) failures.fetch_add(1);
                }
            });
        for (std::thread& t : callers) t.join();
        QCOMPARE(failures.load(), 0);
        QCOMPARE(total.load(), 8 * 20 * 100);
    }

    void threadsAreReusedAcrossCalls()
    {
        // Counted by thread-local storage, which every new thread starts afresh (a joined
        // thread's id may be handed to the next one, so ids would not tell).
        static std::atomic<int> threadsSeen{0};
        auto countThisThread = [] {
            thread_local bool counted = false;
            if (!counted) {
                counted = true;
                threadsSeen.fetch_add(1);
            }
        };
        for (int call = 0; call < 200; ++call)
            QVERIFY(parallelFor(8, 2, [&](size_t) {
                        countThisThread();
                        return Status::ok();
                    }).isOk());
        // The caller and the pool's threads (grown by the wider loops above), not one per call.
        const int bound = int(std::max(4u, std::thread::hardware_concurrency())) + 1;
        QVERIFY2(threadsSeen.load() <= bound, std::to_string(threadsSeen.load()).c_str());
    }
};

QTEST_GUILESS_MAIN(TestParallelFor)
#include "tst_parallelfor.moc"
