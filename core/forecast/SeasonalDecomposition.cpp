#include "forecast/SeasonalDecomposition.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace almanac {

std::vector<double> classicalSeasonalIndices(const std::vector<double>& y, int m, bool multiplicative, size_t limit)
{
    const size_t n = limit ? std::min(y.size(), limit) : y.size();
    const size_t half = size_t(m / 2);
    std::vector<double> sums(static_cast<size_t>(m), 0.0);
    std::vector<int> counts(static_cast<size_t>(m), 0);
    for (size_t t = half; t + half < n; ++t) {
        double trend = 0;
        for (size_t k = t - half; k <= t + half; ++k)
            trend += y[k] * ((m % 2 == 0 && (k == t - half || k == t + half)) ? 0.5 : 1.0);
        trend /= m;
        const double d = multiplicative ? (trend != 0 ? y[t] / trend : 1.0) : y[t] - trend;
        sums[t % size_t(m)] += d;
        ++counts[t % size_t(m)];
    }
    std::vector<double> s(static_cast<size_t>(m));
    for (size_t i = 0; i < s.size(); ++i) s[i] = counts[i] ? sums[i] / counts[i] : (multiplicative ? 1.0 : 0.0);
    const double mean = std::accumulate(s.begin(), s.end(), 0.0) / m;
    for (double& v : s) v = multiplicative ? (mean != 0 ? v / mean : 1.0) : v - mean;
    return s;
}

bool isSeasonal(const std::vector<double>& y, int m)
{
    const size_t n = y.size();
    if (m < 2 || n < size_t(3 * m)) return false;
    const double mean = std::accumulate(y.begin(), y.end(), 0.0) / double(n);
    double denominator = 0;
    for (double v : y) denominator += (v - mean) * (v - mean);
    if (denominator <= 0) return false;
    auto acf = [&](int lag) {
        double sum = 0;
        for (size_t t = size_t(lag); t < n; ++t) sum += (y[t] - mean) * (y[t - size_t(lag)] - mean);
        return sum / denominator;
    };
    double cumulative = 1;
    for (int k = 1; k < m; ++k) cumulative += 2 * acf(k) * acf(k);
    const double limit = 1.645 / std::sqrt(double(n)) * std::sqrt(cumulative);
    return std::fabs(acf(m)) > limit;
}

} // namespace almanac
