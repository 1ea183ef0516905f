#include "forecast/SeriesHistory.h"

#include <algorithm>
#include <cmath>

namespace almanac {

std::vector<double> contiguousHistory(const std::vector<double>& values)
{
    size_t end = values.size();
    while (end > 0 && std::isnan(values[end - 1])) --end;
    size_t begin = end;
    while (begin > 0 && !std::isnan(values[begin - 1])) --begin;
    return std::vector<double>(values.begin() + long(begin), values.begin() + long(end));
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
