#pragma once
// What each prepared series of a dataset looks like, for the Data view's per-series table: how
// long, from when to when, how many values are zero or missing, its mean, and a coarse profile to
// draw as a small chart.
#include "data/TimeSeries.h"

#include <string>
#include <vector>

namespace almanac {

struct SeriesStatistics {
    std::string itemId;
    std::vector<std::string> dimensions;
    int64_t firstPeriod = 0;
    size_t periods = 0; // from the series' first period to the dataset's end
    size_t zeros = 0;
    size_t missing = 0;
    double mean = 0;    // over the observed (non-missing) values; NaN when there are none
    double minimum = 0, maximum = 0;
    // The series in at most kProfilePoints equal stretches, each its mean (NaN when all missing).
    std::vector<float> profile;
    static constexpr size_t kProfilePoints = 60;
};

std::vector<SeriesStatistics> describeSeries(const SeriesSet& data);

} // namespace almanac
