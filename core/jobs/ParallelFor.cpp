#include "jobs/ParallelFor.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <new>
#include <stdexcept>
#include <thread>
#include <vector>

namespace almanac {

int effectiveThreads(int requested)
{
    const int cores = int(std::max(1u, std::thread::hardware_concurrency()));
    return requested <= 0 ? cores : requested;
}

namespace {

// Set on the pool's own threads: a loop started from inside another runs on its caller alone, so
// a worker never waits for the pool it belongs to.
thread_local bool t_onPoolThread = false;

// Worker threads kept for the life of the process. parallelFor used to start and join fresh
// threads on every call; ALS's half-steps, the Gibbs sweeps and auto's backtests make thousands.
class WorkerPool {
public:
    static WorkerPool& instance()
    {
        static WorkerPool pool;
        return pool;
    }

    // Runs each ticket on a pool thread, growing the pool to `workers` threads if it is smaller.
    void submit(std::vector<std::function<void()>> tickets, size_t workers)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        while (m_threads.size() < std::min<size_t>(workers, 256)) m_threads.emplace_back([this] { serve(); });
        for (auto& t : tickets) m_queue.push_back(std::move(t));
        m_wake.notify_all();
    }

    ~WorkerPool()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_all();
        for (std::thread& t : m_threads) t.join();
    }

private:
    void serve()
    {
        t_onPoolThread = true;
        for (;;) {
            std::function<void()> ticket;
            {
                std::unique_lock<std::mutex> lock(m_mutex);
                m_wake.wait(lock, [&] { return m_stopping || !m_queue.empty(); });
                if (m_queue.empty()) return;
                ticket = std::move(m_queue.front());
                m_queue.pop_front();
            }
            ticket();
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void()>> m_queue;
    std::vector<std::thread> m_threads;
    bool m_stopping = false;
};

// One loop's state, shared with its tickets: a ticket the pool starts after the loop is over
// finds no index left and touches nothing else.
struct Loop {
    size_t count = 0;
    const std::function<Status(size_t)>* task = nullptr;
    const CancelToken* cancel = nullptr;
    std::atomic<size_t> next{0};
    std::atomic<size_t> done{0};
    std::atomic<bool> failed{false};
    std::atomic<int> active{0}; // threads inside run()
    std::mutex mutex;           // guards firstError; with finished, the caller's wait
    std::condition_variable finished;
    Status firstError;

    void run()
    {
        active.fetch_add(1);
        for (;;) {
            if (failed.load()) break;
            const size_t i = next.fetch_add(1);
            if (i >= count) break;
            if (cancel && cancel->isCancelled()) {
                failed = true;
                break;
            }
            Status s;
            // An exception must not cross a thread's edge (std::terminate): it becomes the
            // loop's error, as the core's errors are values (DESIGN §7).
            try {
                s = (*task)(i);
            } catch (const std::bad_alloc&) {
                s = Status::internal("out of memory");
            } catch (const std::exception& e) {
                s = Status::internal(std::string("unexpected error: ") + e.what());
            }
            if (!s.isOk()) {
                std::lock_guard<std::mutex> lock(mutex);
                if (firstError.isOk()) firstError = s;
                failed = true;
                break;
            }
            done.fetch_add(1);
        }
        if (active.fetch_sub(1) == 1) {
            std::lock_guard<std::mutex> lock(mutex);
            finished.notify_all();
        }
    }

    // Over when every index is handed out (or the loop failed) and no thread is inside run().
    bool over() const { return (next.load() >= count || failed.load()) && active.load() == 0; }
};

} // namespace

Status parallelFor(size_t count, int threads, const std::function<Status(size_t)>& task,
                   const JobContext& job, const std::string& stage)
{
    auto loop = std::make_shared<Loop>();
    loop->count = count;
    loop->task = &task;
    loop->cancel = job.cancel;
    const size_t workers = t_onPoolThread ? 1 : std::min<size_t>(size_t(effectiveThreads(threads)), std::max<size_t>(count, 1));
    // With a progress sink the calling thread only reports, every 20 ms, while the pool works.
    const bool reportFromCaller = bool(job.progress) && workers > 1;
    const size_t helpers = reportFromCaller ? workers : workers - 1;
    if (helpers > 0) {
        std::vector<std::function<void()>> tickets;
        for (size_t h = 0; h < helpers; ++h) tickets.emplace_back([loop] { loop->run(); });
        WorkerPool::instance().submit(std::move(tickets), helpers);
    }
    if (reportFromCaller) {
        std::unique_lock<std::mutex> lock(loop->mutex);
        while (!loop->over()) {
            job.report(double(loop->done.load()) / double(count), stage);
            loop->finished.wait_for(lock, std::chrono::milliseconds(20), [&] { return loop->over(); });
        }
    } else {
        loop->run();
        std::unique_lock<std::mutex> lock(loop->mutex);
        loop->finished.wait(lock, [&] { return loop->over(); });
    }
    if (!loop->firstError.isOk()) return loop->firstError;
    if (job.isCancelled()) return Status::cancelled();
    job.report(1.0, stage);
    return Status::ok();
}

} // namespace almanac
