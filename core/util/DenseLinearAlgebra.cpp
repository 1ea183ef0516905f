#include "util/DenseLinearAlgebra.h"

#include "jobs/ParallelFor.h"

#include <algorithm>
#include <climits>
#include <mutex>
#include <string>

// LAPACK's Fortran entry points and OpenBLAS's thread control, as OpenBLAS exports them (its
// lapack.h pulls in complex types that C++ does not want).
extern "C" {
void spotrf_(const char* uplo, const int* n, float* a, const int* lda, int* info);
void spotri_(const char* uplo, const int* n, float* a, const int* lda, int* info);
void dpotrf_(const char* uplo, const int* n, double* a, const int* lda, int* info);
void dpotri_(const char* uplo, const int* n, double* a, const int* lda, int* info);
void openblas_set_num_threads(int threads);
}

namespace almanac {

namespace {
// OpenBLAS's thread count is process-wide: one inversion at a time sets and uses it.
std::mutex g_lapack;

void factorAndInvert(float* a, const int* n, int* info)
{
    spotrf_("L", n, a, n, info);
    if (*info == 0) spotri_("L", n, a, n, info);
}
void factorAndInvert(double* a, const int* n, int* info)
{
    dpotrf_("L", n, a, n, info);
    if (*info == 0) dpotri_("L", n, a, n, info);
}

template <typename Real>
Status invertInPlace(Real* a, size_t n, int threads)
{
    if (n == 0) return Status::ok();
    if (n > size_t(INT_MAX / 2)) return Status::invalidInput("matrix too large for LAPACK: " + std::to_string(n));
    const int size = int(n);
    int info = 0;
    {
        std::lock_guard<std::mutex> lock(g_lapack);
        openblas_set_num_threads(effectiveThreads(threads));
        // Row-major storage of a symmetric matrix is its column-major storage: "L" in LAPACK's
        // terms is the upper triangle here, mirrored below.
        factorAndInvert(a, &size, &info);
    }
    if (info > 0) return Status::invalidInput("the matrix is not positive definite (pivot " + std::to_string(info) + ")");
    if (info < 0) return Status::internal("LAPACK: argument " + std::to_string(-info) + " rejected");
    // The computed triangle is a[j * n + i] for i >= j; mirrored in tiles, so that the strided
    // side stays in cache.
    constexpr size_t tile = 64;
    for (size_t jb = 0; jb < n; jb += tile)
        for (size_t ib = jb; ib < n; ib += tile)
            for (size_t j = jb; j < std::min(n, jb + tile); ++j)
                for (size_t i = std::max(ib, j + 1); i < std::min(n, ib + tile); ++i) a[i * n + j] = a[j * n + i];
    return Status::ok();
}

} // namespace

Status invertPositiveDefinite(float* a, size_t n, int threads) { return invertInPlace(a, n, threads); }
Status invertPositiveDefinite(double* a, size_t n, int threads) { return invertInPlace(a, n, threads); }

} // namespace almanac
