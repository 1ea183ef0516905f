#pragma once
// Series and comparisons the deep recipes' suites share.
#include "data/TimeSeries.h"
#include "forecast/ForecastRecipe.h"

#include <cmath>
#include <cstring>
#include <random>
#include <vector>

namespace almanac::testing {

// Hourly series sharing a daily profile, each at its own level, with noise.
inline SeriesSet dailyProfileSet(size_t count, size_t length, uint64_t seed, bool counts = false)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> noise(0, 1);
    SeriesSet set;
    set.frequency = *Frequency::parse("H");
    const int64_t start = 17.0 * 365 * 24; // about 2017
    for (size_t i = 0; i < count; ++i) {
        TimeSeries s;
        s.itemId = "item" + std::to_string(i);
        s.firstPeriod = start;
        const double level = 20.0 + 10.0 * double(i % 5);
        for (size_t t = 0; t < length; ++t) {
            const int hour = int((start + int64_t(t)) % 24);
            const double mean = level * (1.0 + 0.6 * std::sin(2 * M_PI * hour / 24.0));
            s.values.push_back(counts ? std::max(0.0, std::round(mean * 0.2 + noise(rng)))
                                      : mean + 0.05 * level * noise(rng));
        }
        set.series.push_back(std::move(s));
    }
    set.endPeriod = start + int64_t(length);
    return set;
}

inline bool sameBits(const std::vector<double>& a, const std::vector<double>& b)
{
    return a.size() == b.size() && (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0);
}

inline bool sameForecasts(const std::vector<SeriesForecast>& a, const std::vector<SeriesForecast>& b)
{
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (!sameBits(a[i].mean, b[i].mean) || a[i].quantiles.size() != b[i].quantiles.size()) return false;
        for (size_t k = 0; k < a[i].quantiles.size(); ++k)
            if (!sameBits(a[i].quantiles[k], b[i].quantiles[k])) return false;
    }
    return true;
}

// The set with its last `periods` held out, and the held-out actuals.
inline SeriesSet withoutLast(const SeriesSet& full, size_t periods)
{
    SeriesSet out = full;
    for (TimeSeries& s : out.series) s.values.resize(s.values.size() - periods);
    out.endPeriod -= int64_t(periods);
    return out;
}

inline double absoluteError(const SeriesSet& full, const std::vector<SeriesForecast>& forecasts, size_t periods)
{
    double error = 0;
    for (size_t i = 0; i < full.series.size(); ++i) {
        const auto& values = full.series[i].values;
        const auto medianRow = forecasts[i].quantiles[1];
        for (size_t h = 0; h < periods; ++h) error += std::fabs(values[values.size() - periods + h] - medianRow[h]);
    }
    return error;
}

} // namespace almanac::testing
