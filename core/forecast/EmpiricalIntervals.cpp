#include "forecast/EmpiricalIntervals.h"

#include "forecast/Quantiles.h"

#include <algorithm>
#include <cmath>

namespace almanac {

SeriesForecast forecastWithEmpiricalIntervals(const std::vector<double>& point,
                                              const std::function<std::vector<double>(int)>& errorsAtStep,
                                              const std::vector<double>& quantiles, bool nonNegative)
{
    const int horizon = int(point.size());
    SeriesForecast out;
    out.mean = point;
    out.quantiles.assign(quantiles.size(), std::vector<double>(size_t(horizon)));
    std::vector<double> borrowed;
    int borrowedStep = 0;
    for (int h = 1; h <= horizon; ++h) {
        std::vector<double> errors = errorsAtStep(h);
        double scale = 1.0;
        if (errors.empty() && !borrowed.empty()) {
            errors = borrowed;
            scale = std::sqrt(double(h) / double(borrowedStep));
        } else if (!errors.empty()) {
            borrowed = errors;
            borrowedStep = h;
        }
        const std::vector<double> errorQuantiles =
            errors.empty() ? std::vector<double>(quantiles.size(), 0.0) : sampleQuantiles(errors, quantiles);
        for (size_t k = 0; k < quantiles.size(); ++k) {
            double v = point[size_t(h - 1)] + scale * errorQuantiles[k];
            if (nonNegative) v = std::max(v, 0.0);
            out.quantiles[k][size_t(h - 1)] = v;
        }
        if (nonNegative) out.mean[size_t(h - 1)] = std::max(out.mean[size_t(h - 1)], 0.0);
    }
    return out;
}

} // namespace almanac
