#pragma once
// Derivative-free minimisation (NLopt's Nelder-Mead): what likelihoods with kinks and penalty
// walls, such as ETS's, need. NLopt stays out of this header.
#include <functional>
#include <vector>

namespace almanac {

struct MinimizerOptions {
    std::vector<double> lower, upper; // empty: unbounded
    std::vector<double> initialStep;  // empty: NLopt's heuristic
    int maxEvaluations = 2000;
    double relativeTolerance = 1e-8;
};

struct MinimizerResult {
    std::vector<double> x;
    double value = 0;
    int evaluations = 0;
    bool ok = false;
};

MinimizerResult minimizeNelderMead(const std::function<double(const std::vector<double>&)>& objective,
                                   std::vector<double> start, const MinimizerOptions& options);

} // namespace almanac
