#pragma once
// CNN-QR's quantiles between the levels it was trained on, and their calibration: the level
// whose quantile actually covered a share of the held-out periods is the one read for it.
#include <vector>

namespace almanac::deep {

// The quantile levels trained: those asked for, the median, an even grid of `meanGrid`
// midpoints whose average is the mean (the mean of a distribution is the integral of its
// quantile function), and tails, so that calibration can widen a band drawn too narrow.
std::vector<double> trainedLevels(const std::vector<double>& asked, int meanGrid);

// The value at level q from values sorted along sorted levels: linear between the two nearest,
// the end values beyond them.
double valueAtLevel(const std::vector<double>& levels, const double* values, double q);

// How often the actuals fell at or below each level's quantile (below[k] of observed), shrunk
// towards the level itself by `prior` pseudo-observations, made non-decreasing.
std::vector<double> shrunkCoverage(const std::vector<double>& levels, const std::vector<double>& below, double observed,
                                   double prior);

// The level whose quantile covered q (linear between the two nearest; the extreme levels
// beyond them). Without a measured coverage, q itself.
double calibratedLevel(const std::vector<double>& levels, const std::vector<double>& coverage, double q);

} // namespace almanac::deep
