#include "deep/TorchRuntime.h"

#include <ATen/CPUGeneratorImpl.h>

#include <dlfcn.h>
#include <malloc.h>

#include <thread>

namespace almanac::deep {

void configureTorchRuntime()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Throws once parallel work has started; at start-up it cannot have.
        try {
            at::set_num_interop_threads(1);
        } catch (const std::exception&) {
        }
        // Torch calls OpenBLAS for its matrix products, and OpenBLAS keeps threads of its own that
        // spin between calls: at these sizes they doubled the wall time and added as much system
        // time as compute (docs/benchmarks.md). Torch's own pool is the one we size.
        using SetThreads = void (*)(int);
        if (auto set = reinterpret_cast<SetThreads>(dlsym(RTLD_DEFAULT, "openblas_set_num_threads"))) set(1);
        // Training allocates and frees the same few-MB activations every batch. glibc hands
        // blocks that size back to the system (munmap, or trimming the heap's top), and each
        // new one page-faults in zeroed memory: a third of cnnqr's wall time on M4 hourly was
        // system time (docs/benchmarks.md). Kept in the heap instead, they are reused; the
        // process's peak memory is unchanged, it is only returned at exit.
        mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
        mallopt(M_TRIM_THRESHOLD, 1024 * 1024 * 1024);
    });
}

void useTorchThreads(int threads)
{
    configureTorchRuntime();
    // The networks here are small (tens of cells, batches of tens), so torch's time goes to
    // per-operation overhead: a second intra-op thread saved about 10% on M4 hourly and more
    // would only add synchronisation (docs/benchmarks.md). Default: at most two.
    const int cores = int(std::max(1u, std::thread::hardware_concurrency()));
    const int n = threads > 0 ? threads : std::min(2, cores);
    if (at::get_num_threads() != n) at::set_num_threads(n);
}

void useOneTorchThreadHere()
{
    configureTorchRuntime();
    thread_local bool done = false;
    if (done) return;
    done = true;
    // Torch starts each thread at the process-wide count on its first parallel call: that first,
    // then OpenMP's count for this thread alone (other threads, training among them, keep theirs).
    if (at::get_num_threads() == 1) return;
    using SetThreads = void (*)(int);
    if (auto set = reinterpret_cast<SetThreads>(dlsym(RTLD_DEFAULT, "omp_set_num_threads"))) set(1);
}

std::mutex& torchInitMutex()
{
    static std::mutex mutex;
    return mutex;
}

at::Generator generatorFor(uint64_t seed) { return at::detail::createCPUGenerator(seed); }

Status guardTorch(const std::string& recipe, const std::function<Status()>& work)
{
    try {
        return work();
    } catch (const std::bad_alloc&) {
        throw;
    } catch (const c10::Error& e) {
        return Status::internal(recipe + ": " + e.what_without_backtrace());
    } catch (const std::exception& e) {
        return Status::internal(recipe + ": " + e.what());
    }
}

} // namespace almanac::deep
