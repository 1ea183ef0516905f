#pragma once
// Daily series and forecast comparisons for the forecasting suites.
#include "forecast/ForecastRecipe.h"

#include <cmath>
#include <cstring>
#include <random>
#include <string>
#include <vector>

namespace almanac::testing {

// A daily series with a weekly cycle, a trend and noise; positive, so every ETS form is open.
inline TimeSeries weeklySeries(const std::string& id, size_t n, uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> noise(0, 2);
    TimeSeries s;
    s.itemId = id;
    s.firstPeriod = 19000;
    for (size_t t = 0; t < n; ++t)
        s.values.push_back(50 + 0.1 * double(t) + 10 * std::sin(2 * M_PI * double(t % 7) / 7) + noise(rng));
    return s;
}

// Fourteen days ahead, on one thread (bit-identical comparisons need no scheduling luck).
inline ForecastSpec dailySpec()
{
    ForecastSpec spec;
    spec.horizon = 14;
    spec.frequency = *Frequency::parse("D");
    spec.threads = 1;
    return spec;
}

inline bool sameBits(const std::vector<double>& a, const std::vector<double>& b)
{
    return a.size() == b.size() && (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0);
}

inline bool sameForecast(const SeriesForecast& a, const SeriesForecast& b)
{
    if (!sameBits(a.mean, b.mean) || a.quantiles.size() != b.quantiles.size()) return false;
    for (size_t k = 0; k < a.quantiles.size(); ++k)
        if (!sameBits(a.quantiles[k], b.quantiles[k])) return false;
    return true;
}

} // namespace almanac::testing
