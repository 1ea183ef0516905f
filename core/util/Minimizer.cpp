#include "util/Minimizer.h"

#include <cmath>
#include <limits>
#include <nlopt.h>

namespace almanac {

namespace {

struct Context {
    const std::function<double(const std::vector<double>&)>* objective;
    std::vector<double> x;
    int evaluations = 0;
};

double trampoline(unsigned n, const double* x, double*, void* data)
{
    auto* context = static_cast<Context*>(data);
    context->x.assign(x, x + n);
    ++context->evaluations;
    const double value = (*context->objective)(context->x);
    return std::isfinite(value) ? value : std::numeric_limits<double>::max();
}

} // namespace

MinimizerResult minimizeNelderMead(const std::function<double(const std::vector<double>&)>& objective,
                                   std::vector<double> start, const MinimizerOptions& options)
{
    MinimizerResult result;
    const unsigned n = unsigned(start.size());
    nlopt_opt opt = nlopt_create(NLOPT_LN_NELDERMEAD, n);
    if (!opt) return result;
    Context context{&objective, {}, 0};
    nlopt_set_min_objective(opt, trampoline, &context);
    if (options.lower.size() == n) nlopt_set_lower_bounds(opt, options.lower.data());
    if (options.upper.size() == n) nlopt_set_upper_bounds(opt, options.upper.data());
    if (options.initialStep.size() == n) nlopt_set_initial_step(opt, options.initialStep.data());
    nlopt_set_maxeval(opt, options.maxEvaluations);
    nlopt_set_ftol_rel(opt, options.relativeTolerance);
    nlopt_set_xtol_rel(opt, options.relativeTolerance);
    double value = 0;
    const nlopt_result status = nlopt_optimize(opt, start.data(), &value);
    nlopt_destroy(opt);
    result.x = std::move(start);
    result.value = value;
    result.evaluations = context.evaluations;
    result.ok = status > 0;
    return result;
}

} // namespace almanac
