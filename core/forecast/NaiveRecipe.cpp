#include "forecast/NaiveRecipe.h"

#include "forecast/EmpiricalIntervals.h"

#include <cmath>
#include <limits>

namespace almanac {

namespace {

// Errors of the rule "y[j] is forecast by y[j - lag]" over the whole history.
std::vector<double> laggedDifferences(const std::vector<double>& y, size_t lag)
{
    std::vector<double> errors;
    for (size_t j = lag; j < y.size(); ++j)
        if (!std::isnan(y[j]) && !std::isnan(y[j - lag])) errors.push_back(y[j] - y[j - lag]);
    return errors;
}

bool allNonNegative(const std::vector<double>& y)
{
    for (double v : y)
        if (v < 0) return false;
    return true;
}

// Series may end in missing values; the rule then uses the last observed one.
std::vector<double> trimmedHistory(const std::vector<double>& history)
{
    size_t end = history.size();
    while (end > 0 && std::isnan(history[end - 1])) --end;
    return std::vector<double>(history.begin(), history.begin() + long(end));
}

SeriesForecast emptyForecast(const ForecastSpec& spec)
{
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    SeriesForecast f;
    f.mean.assign(size_t(spec.horizon), nan);
    f.quantiles.assign(spec.quantiles.size(), std::vector<double>(size_t(spec.horizon), nan));
    return f;
}

} // namespace

std::string NaiveRecipe::description() const
{
    return "The last observed value, with empirical intervals from past changes.";
}

Result<SeriesForecast> NaiveRecipe::forecastSeries(const TimeSeries& series, const ForecastSpec& spec) const
{
    const std::vector<double> y = trimmedHistory(series.values);
    if (y.empty()) return emptyForecast(spec);
    std::vector<double> point(size_t(spec.horizon), y.back());
    return forecastWithEmpiricalIntervals(
        point, [&](int h) { return laggedDifferences(y, size_t(h)); }, spec.quantiles, allNonNegative(y));
}

std::string SeasonalNaiveRecipe::description() const
{
    return "The value one season earlier, with empirical intervals from past season-on-season changes.";
}

Result<SeriesForecast> SeasonalNaiveRecipe::forecastSeries(const TimeSeries& series,
                                                           const ForecastSpec& spec) const
{
    const std::vector<double> y = trimmedHistory(series.values);
    const size_t m = size_t(spec.effectiveSeason());
    if (m <= 1 || y.size() < m) return NaiveRecipe().forecastSeries(series, spec);
    const size_t n = y.size();
    std::vector<double> point(static_cast<size_t>(spec.horizon));
    for (size_t h = 1; h <= point.size(); ++h) {
        // The latest observation in the same phase of the season; skip over missing ones.
        const size_t seasonsBack = (h + m - 1) / m;
        long idx = long(n - 1 + h) - long(seasonsBack * m);
        while (idx >= 0 && std::isnan(y[size_t(idx)])) idx -= long(m);
        point[h - 1] = idx >= 0 ? y[size_t(idx)] : y.back();
    }
    // An h-step forecast reaches back ceil(h/m) seasons, so its errors are differences at that lag.
    return forecastWithEmpiricalIntervals(
        point, [&](int h) { return laggedDifferences(y, size_t((size_t(h) + m - 1) / m * m)); },
        spec.quantiles, allNonNegative(y));
}

} // namespace almanac
