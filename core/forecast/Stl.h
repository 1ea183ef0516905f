#pragma once
// Seasonal-trend decomposition by loess (STL, Cleveland, Cleveland, McRae & Terpenning 1990) and
// its extension to several seasonal periods (MSTL, Bandara, Hyndman & Bergmeir 2021).
#include <vector>

namespace almanac {

struct StlOptions {
    int period = 2;
    int seasonalSpan = 11;  // odd, >= 7: how fast the seasonal pattern may change
    int trendSpan = 0;      // 0: the smallest odd number >= 1.5 period / (1 - 1.5 / seasonalSpan)
    int lowPassSpan = 0;    // 0: the smallest odd number >= period
    int seasonalDegree = 0; // 0 or 1, as R's stl defaults
    int innerIterations = 2;
};

struct StlResult {
    std::vector<double> seasonal, trend, remainder;
};

StlResult stl(const std::vector<double>& y, const StlOptions& options);

struct MstlResult {
    std::vector<int> periods;                  // those that were modelled, ascending
    std::vector<std::vector<double>> seasonal; // one component per period
    std::vector<double> trend, remainder;
};

// Periods longer than half the series are left out; the seasonal spans are 7 + 4i for the i-th.
MstlResult mstl(const std::vector<double>& y, std::vector<int> periods, int iterations = 2);

// The loess fit at position x of (xs, ys), xs sorted, with the `span` nearest points, tricube
// weights and a local polynomial of degree 0 or 1.
double loessAt(const std::vector<double>& xs, const std::vector<double>& ys, double x, int span, int degree);

} // namespace almanac
