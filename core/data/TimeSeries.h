#pragma once
#include "data/Frequency.h"

#include <cstdint>
#include <string>
#include <vector>

namespace almanac {

// One regular series: values[i] belongs to period firstPeriod + i. NaN marks a missing value.
struct TimeSeries {
    std::string itemId;
    std::vector<std::string> dimensions; // values of the dimension columns, in their order
    int64_t firstPeriod = 0;
    std::vector<double> values;

    int64_t endPeriod() const { return firstPeriod + int64_t(values.size()); } // one past the last
};

struct SeriesSet {
    Frequency frequency;
    std::vector<std::string> dimensionNames;
    std::vector<TimeSeries> series;
    int64_t endPeriod = 0; // one past the last period of the dataset
};

} // namespace almanac
