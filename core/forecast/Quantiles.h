#pragma once
#include "util/Status.h"

#include <string>
#include <string_view>
#include <vector>

namespace almanac {

// The q-quantile of values by linear interpolation between order statistics (Hyndman & Fan
// type 7, R's default). values is reordered; it must not be empty.
double sampleQuantile(std::vector<double>& values, double q);
// Several quantiles (ascending) of the same values at the cost of about one selection pass.
std::vector<double> sampleQuantiles(std::vector<double>& values, const std::vector<double>& ascendingQs);

// "0.1,0.5,0.9" -> {0.1, 0.5, 0.9}: sorted, distinct, each in (0,1).
Result<std::vector<double>> parseQuantileList(std::string_view text);

// The output column for a quantile: 0.1 -> "p10", 0.05 -> "p05", 0.975 -> "p975".
std::string quantileColumnName(double q);

} // namespace almanac
