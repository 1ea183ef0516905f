#include "data/SeriesStatistics.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace almanac {

std::vector<SeriesStatistics> describeSeries(const SeriesSet& data)
{
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    std::vector<SeriesStatistics> out;
    out.reserve(data.series.size());
    for (const TimeSeries& series : data.series) {
        SeriesStatistics s;
        s.itemId = series.itemId;
        s.dimensions = series.dimensions;
        s.firstPeriod = series.firstPeriod;
        s.periods = series.values.size();
        double sum = 0;
        size_t observed = 0;
        s.minimum = std::numeric_limits<double>::infinity();
        s.maximum = -s.minimum;
        for (double v : series.values) {
            if (std::isnan(v)) {
                ++s.missing;
                continue;
            }
            s.zeros += v == 0.0;
            sum += v;
            ++observed;
            s.minimum = std::min(s.minimum, v);
            s.maximum = std::max(s.maximum, v);
        }
        s.mean = observed ? sum / double(observed) : nan;
        if (!observed) s.minimum = s.maximum = nan;
        const size_t points = std::min(SeriesStatistics::kProfilePoints, s.periods);
        s.profile.resize(points);
        for (size_t p = 0; p < points; ++p) {
            const size_t begin = p * s.periods / points, end = (p + 1) * s.periods / points;
            double stretch = 0;
            size_t count = 0;
            for (size_t i = begin; i < end; ++i)
                if (!std::isnan(series.values[i])) {
                    stretch += series.values[i];
                    ++count;
                }
            s.profile[p] = count ? float(stretch / double(count)) : std::numeric_limits<float>::quiet_NaN();
        }
        out.push_back(std::move(s));
    }
    return out;
}

} // namespace almanac
