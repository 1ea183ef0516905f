#include "forecast/ets/EtsForecast.h"

#include "forecast/Distributions.h"
#include "forecast/Quantiles.h"

#include <cmath>
#include <cstdlib>
#include <random>

namespace almanac::ets {

namespace {

// The linear (class 1) models' forecast variance: sigma^2 (1 + sum_{j<h} c_j^2), with
// c_j = alpha + beta * (phi + ... + phi^j) + gamma * [j is a multiple of m].
std::vector<double> analyticVariance(const EtsFit& fit, int horizon)
{
    const EtsParameters& p = fit.parameters;
    const bool trend = fit.form.trend != Component::None;
    const bool season = fit.form.season != Component::None;
    const double phi = fit.form.damped ? p.phi : 1.0;
    std::vector<double> variance(static_cast<size_t>(horizon));
    double sum = 0, dampedSum = 0, power = 1;
    for (int h = 1; h <= horizon; ++h) {
        variance[size_t(h - 1)] = fit.sigma2 * (1 + sum);
        power *= phi;
        dampedSum += power;
        const double c = p.alpha + (trend ? p.beta * dampedSum : 0.0) + (season && h % fit.m == 0 ? p.gamma : 0.0);
        sum += c * c;
    }
    return variance;
}

} // namespace

SeriesForecast forecastFromEtsFit(const EtsFit& fit, const ForecastSpec& spec, uint64_t seed)
{
    SeriesForecast out;
    out.mean = etsPointForecast(fit.form, fit.final, fit.m, spec.horizon);
    out.quantiles.assign(spec.quantiles.size(), std::vector<double>(size_t(spec.horizon)));
    if (fit.form.isLinear()) {
        const std::vector<double> variance = analyticVariance(fit, spec.horizon);
        for (size_t k = 0; k < spec.quantiles.size(); ++k) {
            const double z = normalQuantile(spec.quantiles[k]);
            for (int h = 0; h < spec.horizon; ++h)
                out.quantiles[k][size_t(h)] = out.mean[size_t(h)] + z * std::sqrt(variance[size_t(h)]);
        }
    } else {
        int paths = 1000;
        if (auto it = spec.parameters.find("simulations"); it != spec.parameters.end()) paths = std::max(100, std::atoi(it->second.c_str()));
        std::mt19937_64 rng(seed);
        std::vector<std::vector<double>> byStep(size_t(spec.horizon), std::vector<double>(size_t(paths)));
        std::vector<double> path;
        const double sigma = std::sqrt(fit.sigma2);
        for (int i = 0; i < paths; ++i) {
            etsSimulatePath(fit.form, fit.final, fit.m, spec.horizon, sigma, rng, path);
            for (int h = 0; h < spec.horizon; ++h) byStep[size_t(h)][size_t(i)] = path[size_t(h)];
        }
        for (int h = 0; h < spec.horizon; ++h) {
            const std::vector<double> q = sampleQuantiles(byStep[size_t(h)], spec.quantiles);
            for (size_t k = 0; k < q.size(); ++k) out.quantiles[k][size_t(h)] = q[k];
        }
    }
    return out;
}

} // namespace almanac::ets
