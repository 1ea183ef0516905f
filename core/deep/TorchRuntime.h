#pragma once
// LibTorch's process-wide settings, set deliberately: one inter-op thread (the engine already
// runs its own work in parallel; nested pools only fight over 2 cores) and, per job, the
// intra-op threads the caller asked for. See docs/benchmarks.md for the measurement.
#include <torch/torch.h>

#include "util/Status.h"

#include <cstdint>
#include <functional>
#include <mutex>
#include <string>

namespace almanac::deep {

// Once per process, before any torch work.
void configureTorchRuntime();
// threads <= 0: at most two (see the .cpp for why).
void useTorchThreads(int threads);
// For a request served on the calling thread (the local API): one sequence's forward pass is
// too small to gain from a pool, and with several requests at once the pools would fight over
// the cores and their spinning threads (bench/serve_load.sh). Only this thread is changed.
void useOneTorchThreadHere();
// Module construction draws initial weights from torch's global generator; constructing under
// this lock after seeding it makes them reproducible when several models are built at once.
std::mutex& torchInitMutex();
at::Generator generatorFor(uint64_t seed);
// Runs work, turning what torch throws into a Status (no exception crosses the core's boundary):
// torch's message without its backtrace, and out of memory as a bad_alloc the faces report.
Status guardTorch(const std::string& recipe, const std::function<Status()>& work);

} // namespace almanac::deep
