#include "jobs/ParallelFor.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
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

Status parallelFor(size_t count, int threads, const std::function<Status(size_t)>& task,
                   const JobContext& job, const std::string& stage)
{
    const int workers = int(std::min<size_t>(size_t(effectiveThreads(threads)), std::max<size_t>(count, 1)));
    std::atomic<size_t> next{0};
    std::atomic<size_t> done{0};
    std::atomic<bool> failed{false};
    std::mutex errorMutex;
    Status firstError;
    // The reporting caller sleeps until the next report is due or the last worker is done, so a
    // short loop does not pay for a whole reporting interval.
    std::mutex finishMutex;
    std::condition_variable finished;
    std::atomic<int> running{0};

    auto loop = [&] {
        while (!failed.load(std::memory_order_relaxed)) {
            if (job.isCancelled()) {
                failed = true;
                return;
            }
            const size_t i = next.fetch_add(1);
            if (i >= count) return;
            Status s;
            // An exception must not cross a thread's edge (std::terminate): it becomes the
            // loop's error, as the core's errors are values (DESIGN §7).
            try {
                s = task(i);
            } catch (const std::bad_alloc&) {
                s = Status::internal("out of memory");
            } catch (const std::exception& e) {
                s = Status::internal(std::string("unexpected error: ") + e.what());
            }
            if (!s.isOk()) {
                std::lock_guard<std::mutex> lock(errorMutex);
                if (firstError.isOk()) firstError = s;
                failed = true;
                return;
            }
            done.fetch_add(1, std::memory_order_relaxed);
        }
    };
    auto work = [&] {
        loop();
        if (running.fetch_sub(1) == 1) {
            std::lock_guard<std::mutex> lock(finishMutex);
            finished.notify_all();
        }
    };

    // With a progress sink the calling thread only reports, every 20 ms, while the pool works.
    const bool reportFromCaller = bool(job.progress) && workers > 1;
    std::vector<std::thread> pool;
    const int first = reportFromCaller ? 0 : 1;
    running = workers - first;
    for (int t = first; t < workers; ++t) pool.emplace_back(work);
    if (reportFromCaller) {
        std::unique_lock<std::mutex> lock(finishMutex);
        while (running.load() > 0) {
            job.report(double(done.load()) / double(count), stage);
            finished.wait_for(lock, std::chrono::milliseconds(20), [&] { return running.load() == 0; });
        }
    } else {
        loop();
    }
    for (std::thread& t : pool) t.join();
    if (!firstError.isOk()) return firstError;
    if (job.isCancelled()) return Status::cancelled();
    job.report(1.0, stage);
    return Status::ok();
}

} // namespace almanac
