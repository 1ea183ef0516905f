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

// Quantiles nearer 0 or 1 than this have no column name of their own.
constexpr double kSmallestQuantile = 1e-9;

// "0.1,0.5,0.9" -> {0.1, 0.5, 0.9}: sorted, each in [1e-9, 1 - 1e-9]; one given twice, or two
// that would share a column name, are an error.
Result<std::vector<double>> parseQuantileList(std::string_view text);

// The output column for a quantile, to nine decimals: 0.1 -> "p10", 0.05 -> "p05", 0.975 ->
// "p975", 0.000000001 -> "p000000001".
std::string quantileColumnName(double q);

} // namespace almanac
