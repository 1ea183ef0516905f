#pragma once
#include "jobs/JobContext.h"
#include "util/Status.h"

#include <cstddef>
#include <functional>

namespace almanac {

// Runs task(i) for i in [0,count) on up to `threads` threads (0: all cores), handing out indices
// one at a time so that slow items do not leave threads idle. Stops early on the first error or
// on cancellation; progress reports the share of tasks done, from the calling thread only.
Status parallelFor(size_t count, int threads, const std::function<Status(size_t)>& task,
                   const JobContext& job = {}, const std::string& stage = "working");

int effectiveThreads(int requested);

} // namespace almanac
