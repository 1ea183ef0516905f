#pragma once
// Classical decomposition and the seasonality test the M4 competition's benchmarks use.
#include <vector>

namespace almanac {

// Seasonal indices (m of them, index i for positions t with t mod m == i) from a centred moving
// average of order m (2 x m when m is even): the mean ratio (multiplicative, normalised to mean
// 1) or difference (additive, normalised to mean 0) per phase. Uses the first `limit` values
// when limit > 0.
std::vector<double> classicalSeasonalIndices(const std::vector<double>& y, int m, bool multiplicative, size_t limit = 0);

// M4's 90% test: the autocorrelation at lag m exceeds 1.645 / sqrt(n) * sqrt(1 + 2 sum_{k<m} r_k^2).
// False when m < 2 or the series is shorter than three seasons.
bool isSeasonal(const std::vector<double>& y, int m);

} // namespace almanac
