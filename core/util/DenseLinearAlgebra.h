#pragma once
// Dense linear algebra on OpenBLAS's LAPACK: Eigen's own factorisations run on one thread and
// unblocked solves, which made a 9,700-item EASE fit take 194 s where a blocked, threaded
// Cholesky inverse takes about 5 s (docs/benchmarks.md, issue 13).
#include "util/Status.h"

#include <cstddef>

namespace almanac {

// Replaces the symmetric positive definite n x n matrix a (both triangles) by its inverse, both
// triangles, using `threads` threads (<= 0: every core). An error when a is not
// positive definite, or when n is beyond LAPACK's 32-bit sizes.
Status invertPositiveDefinite(float* a, size_t n, int threads);
Status invertPositiveDefinite(double* a, size_t n, int threads);

} // namespace almanac
