#pragma once
// Series and comparisons the deep recipes' suites share.
#include "data/TimeSeries.h"
#include "forecast/ForecastRecipe.h"
#include "forecast/Predictor.h"

#include <cmath>
#include <cstring>
#include <random>
#include <string>
#include <utility>
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

// Daily series of three categories (levels 10, 30 and 90, each item within 10% of its
// category's), doubled on random promotion days known ahead. The last `cold` items of each
// category are cold: no history, only their category and promotions. Their actuals over the
// horizon go to coldActuals, the warm items' to warmActuals.
struct ColdStartCase {
    SeriesSet warm, cold;
    std::vector<std::vector<double>> coldActuals, warmActuals;
};
inline ColdStartCase coldStartCase(size_t perCategory, size_t coldPerCategory, size_t length, int horizon, uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> noise(0, 1);
    std::uniform_real_distribution<double> spread(-0.1, 0.1);
    std::bernoulli_distribution promoted(0.15);
    ColdStartCase out;
    out.warm.frequency = *Frequency::parse("D");
    out.warm.featureNames = {"promotion"};
    out.warm.attributeNames = {"category"};
    const int64_t start = 17000;
    out.warm.endPeriod = start + int64_t(length);
    out.cold = out.warm.withoutSeries();
    const char* categories[] = {"small", "medium", "large"};
    for (size_t c = 0; c < 3; ++c)
        for (size_t i = 0; i < perCategory + coldPerCategory; ++i) {
            const bool isCold = i >= perCategory;
            const double level = 10.0 * std::pow(3.0, double(c)) * (1.0 + spread(rng));
            std::vector<double> promotion, values;
            for (size_t t = 0; t < length + size_t(horizon); ++t) {
                promotion.push_back(promoted(rng) ? 1.0 : 0.0);
                const double weekly = 1.0 + 0.3 * std::sin(2 * M_PI * double((start + int64_t(t)) % 7) / 7.0);
                values.push_back(level * weekly * (1.0 + promotion.back()) + 0.05 * level * noise(rng));
            }
            TimeSeries s;
            s.itemId = std::string(categories[c]) + std::to_string(i);
            s.attributes = {categories[c]};
            std::vector<double> future(values.begin() + long(length), values.end());
            if (isCold) {
                s.firstPeriod = out.warm.endPeriod;
                s.features = {std::vector<double>(promotion.begin() + long(length), promotion.end())};
                out.cold.series.push_back(std::move(s));
                out.coldActuals.push_back(std::move(future));
            } else {
                s.firstPeriod = start;
                values.resize(length);
                s.values = std::move(values);
                s.features = {promotion};
                out.warm.series.push_back(std::move(s));
                out.warmActuals.push_back(std::move(future));
            }
        }
    return out;
}

// WAPE of the cold items' median forecasts, and of their metadata group's average actuals.
inline std::pair<double, double> coldStartWape(const ColdStartCase& c, const std::vector<SeriesForecast>& cold)
{
    double modelError = 0, groupError = 0, total = 0;
    for (size_t i = 0; i < c.cold.series.size(); ++i) {
        const std::string& category = c.cold.series[i].attributes[0];
        for (size_t h = 0; h < c.coldActuals[i].size(); ++h) {
            double groupSum = 0, groupCount = 0;
            for (size_t w = 0; w < c.warm.series.size(); ++w)
                if (c.warm.series[w].attributes[0] == category) {
                    groupSum += c.warmActuals[w][h];
                    groupCount += 1;
                }
            const double actual = c.coldActuals[i][h];
            modelError += std::fabs(cold[i].quantiles[1][h] - actual);
            groupError += std::fabs(groupSum / groupCount - actual);
            total += std::fabs(actual);
        }
    }
    return {modelError / total, groupError / total};
}

// A predictor whose one member, a global recipe, serves every series of data.
inline Result<Predictor> globalPredictor(const std::string& recipe, const SeriesSet& data, const ForecastSpec& spec)
{
    PredictorPlan plan;
    plan.label = recipe;
    plan.members.push_back({});
    plan.members.back().recipe = recipe;
    plan.membersOfSeries.assign(data.series.size(), {0});
    return fitPredictor(data, spec, std::move(plan));
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
