#pragma once
// LibTorch's process-wide settings, set deliberately: one inter-op thread (the engine already
// runs its own work in parallel; nested pools only fight over 2 cores) and, per job, the
// intra-op threads the caller asked for. See docs/benchmarks.md for the measurement.
#include <torch/torch.h>

#include <cstdint>
#include <mutex>

namespace almanac::deep {

// Once per process, before any torch work.
void configureTorchRuntime();
// threads <= 0: at most two (see the .cpp for why).
void useTorchThreads(int threads);
// Module construction draws initial weights from torch's global generator; constructing under
// this lock after seeding it makes them reproducible when several models are built at once.
std::mutex& torchInitMutex();
at::Generator generatorFor(uint64_t seed);

} // namespace almanac::deep
