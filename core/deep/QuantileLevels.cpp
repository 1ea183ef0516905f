#include "deep/QuantileLevels.h"

#include <algorithm>
#include <cmath>

namespace almanac::deep {

std::vector<double> trainedLevels(const std::vector<double>& asked, int meanGrid)
{
    std::vector<double> levels = asked;
    levels.push_back(0.5);
    for (int k = 0; k < meanGrid; ++k) levels.push_back((k + 0.5) / meanGrid);
    for (double tail : {0.01, 0.025, 0.975, 0.99}) levels.push_back(tail);
    std::sort(levels.begin(), levels.end());
    levels.erase(std::unique(levels.begin(), levels.end(), [](double a, double b) { return std::fabs(a - b) < 1e-12; }),
                 levels.end());
    return levels;
}

double valueAtLevel(const std::vector<double>& levels, const double* values, double q)
{
    if (q <= levels.front()) return values[0];
    if (q >= levels.back()) return values[levels.size() - 1];
    const size_t hi = size_t(std::upper_bound(levels.begin(), levels.end(), q) - levels.begin());
    const size_t lo = hi - 1;
    if (std::fabs(levels[lo] - q) < 1e-12) return values[lo];
    const double w = (q - levels[lo]) / (levels[hi] - levels[lo]);
    return values[lo] + w * (values[hi] - values[lo]);
}

std::vector<double> shrunkCoverage(const std::vector<double>& levels, const std::vector<double>& below, double observed,
                                   double prior)
{
    std::vector<double> coverage(levels.size());
    for (size_t k = 0; k < coverage.size(); ++k) {
        coverage[k] = (below[k] + prior * levels[k]) / (observed + prior);
        if (k > 0) coverage[k] = std::max(coverage[k], coverage[k - 1]);
    }
    return coverage;
}

double calibratedLevel(const std::vector<double>& levels, const std::vector<double>& coverage, double q)
{
    if (coverage.size() != levels.size() || levels.empty()) return q;
    if (q <= coverage.front()) return levels.front();
    if (q >= coverage.back()) return levels.back();
    const size_t hi = size_t(std::upper_bound(coverage.begin(), coverage.end(), q) - coverage.begin());
    const size_t lo = hi - 1;
    if (coverage[hi] - coverage[lo] < 1e-12) return levels[lo];
    return levels[lo] + (q - coverage[lo]) / (coverage[hi] - coverage[lo]) * (levels[hi] - levels[lo]);
}

} // namespace almanac::deep
