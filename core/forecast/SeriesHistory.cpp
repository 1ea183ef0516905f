#include "forecast/SeriesHistory.h"

#include "forecast/Stl.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace almanac {

std::vector<double> observedSpan(const std::vector<double>& values)
{
    size_t end = values.size();
    while (end > 0 && std::isnan(values[end - 1])) --end;
    size_t begin = 0;
    while (begin < end && std::isnan(values[begin])) ++begin;
    return std::vector<double>(values.begin() + long(begin), values.begin() + long(end));
}

namespace {

// Linear interpolation of y at the positions where `missing` is set, between the observed
// neighbours (the span begins and ends observed).
void interpolateLinearly(std::vector<double>& y, const std::vector<bool>& missing)
{
    size_t previous = 0;
    for (size_t t = 1; t < y.size(); ++t) {
        if (missing[t]) continue;
        for (size_t k = previous + 1; k < t; ++k)
            y[k] = y[previous] + (y[t] - y[previous]) * double(k - previous) / double(t - previous);
        previous = t;
    }
}

} // namespace

std::vector<double> historyForFitting(const std::vector<double>& values, int period)
{
    std::vector<double> y = observedSpan(values);
    std::vector<bool> missing(y.size());
    size_t observed = 0;
    for (size_t t = 0; t < y.size(); ++t) {
        missing[t] = std::isnan(y[t]);
        observed += !missing[t];
    }
    if (observed == y.size()) return y;
    const size_t m = size_t(std::max(period, 1));
    if (m < 2 || observed <= 2 * m || y.size() < 2 * m + 1) {
        interpolateLinearly(y, missing);
        return y;
    }
    // A first fill for STL to decompose: each phase's mean offset from the observed mean, plus a
    // linear interpolation of what is left (na.interp fits Fourier terms and a polynomial here;
    // the phase means are the same idea for one period).
    std::vector<double> phaseSum(m, 0.0), phaseCount(m, 0.0);
    double total = 0;
    for (size_t t = 0; t < y.size(); ++t)
        if (!missing[t]) {
            phaseSum[t % m] += y[t];
            phaseCount[t % m] += 1;
            total += y[t];
        }
    const double mean = total / double(observed);
    std::vector<double> offset(m, 0.0);
    for (size_t p = 0; p < m; ++p)
        if (phaseCount[p] > 0) offset[p] = phaseSum[p] / phaseCount[p] - mean;
    std::vector<double> filled(y.size());
    for (size_t t = 0; t < y.size(); ++t) filled[t] = missing[t] ? 0.0 : y[t] - offset[t % m];
    interpolateLinearly(filled, missing);
    for (size_t t = 0; t < y.size(); ++t) filled[t] += offset[t % m];

    StlOptions options;
    options.period = int(m);
    const StlResult decomposition = stl(filled, options);
    std::vector<double> adjusted(y.size());
    for (size_t t = 0; t < y.size(); ++t) adjusted[t] = missing[t] ? 0.0 : y[t] - decomposition.seasonal[t];
    interpolateLinearly(adjusted, missing);
    // Kept within the observed range: a seasonal swing added to an interpolated trend must not
    // invent a negative sale (nor rule out the multiplicative forms on positive data).
    double lowest = std::numeric_limits<double>::infinity(), highest = -lowest;
    for (size_t t = 0; t < y.size(); ++t)
        if (!missing[t]) {
            lowest = std::min(lowest, y[t]);
            highest = std::max(highest, y[t]);
        }
    for (size_t t = 0; t < y.size(); ++t)
        if (missing[t]) y[t] = std::clamp(adjusted[t] + decomposition.seasonal[t], lowest, highest);
    return y;
}

bool historyIsNonNegative(const std::vector<double>& values)
{
    for (double v : values)
        if (v < 0) return false;
    return true;
}

void finalizeQuantiles(SeriesForecast& forecast, bool nonNegative)
{
    const size_t horizon = forecast.mean.size();
    std::vector<double> column(forecast.quantiles.size());
    for (size_t h = 0; h < horizon; ++h) {
        for (size_t k = 0; k < column.size(); ++k) column[k] = forecast.quantiles[k][h];
        std::sort(column.begin(), column.end());
        for (size_t k = 0; k < column.size(); ++k)
            forecast.quantiles[k][h] = nonNegative ? std::max(column[k], 0.0) : column[k];
        if (nonNegative) forecast.mean[h] = std::max(forecast.mean[h], 0.0);
    }
}

} // namespace almanac
