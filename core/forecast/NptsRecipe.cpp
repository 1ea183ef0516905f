#include "forecast/NptsRecipe.h"

#include "forecast/Quantiles.h"
#include "forecast/SeriesHistory.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace almanac {

std::string NptsRecipe::description() const
{
    return "Non-parametric sampler of past values, recent ones weighted up; for intermittent demand.";
}

namespace {

// The candidates one phase (or the whole history) offers, with cumulative kernel weights
// computed for the first forecast period; later periods scale them all by the same factor.
struct Pool {
    std::vector<double> values;
    std::vector<double> cumulative;
};

} // namespace

Result<SeriesForecast> NptsRecipe::forecastSeries(const TimeSeries& series, const ForecastSpec& spec) const
{
    const std::vector<double> y = observedSpan(series.values);
    const int horizon = spec.horizon;
    SeriesForecast out;
    out.mean.assign(size_t(horizon), std::nan(""));
    out.quantiles.assign(spec.quantiles.size(), std::vector<double>(size_t(horizon), std::nan("")));
    if (y.empty()) return out;

    const bool uniform = spec.parameter("kernel", "exponential") == "uniform";
    const int m = spec.effectiveSeason();
    // Seasonal sampling needs every phase observed at least once (missing values are skipped).
    bool everyPhaseObserved = m > 1 && y.size() >= size_t(m);
    if (everyPhaseObserved) {
        std::vector<bool> seen(size_t(m), false);
        for (size_t i = 0; i < y.size(); ++i)
            if (!std::isnan(y[i])) seen[(size_t(m) - (y.size() - i) % size_t(m)) % size_t(m)] = true;
        everyPhaseObserved = std::find(seen.begin(), seen.end(), false) == seen.end();
    }
    const bool seasonal = spec.parameter("seasonal", "true") != "false" && everyPhaseObserved;
    // The cloud service's default kernel weight: a value 70 periods old counts half as much.
    const double decay = uniform ? 0.0 : std::atof(spec.parameter("decay", "0.01").c_str());
    const int paths = std::max(100, std::atoi(spec.parameter("paths", "1000").c_str()));
    if (!(decay >= 0)) return Status::invalidInput("npts: decay must be a number >= 0");
    const int phases = seasonal ? m : 1;
    const size_t n = y.size();

    // Weight of a value `periods` before the period being forecast.
    auto weight = [&](double periods) { return std::exp(-decay * periods); };
    std::vector<Pool> pools(static_cast<size_t>(phases));
    for (size_t i = 0; i < n; ++i) {
        if (std::isnan(y[i])) continue;
        // Phase relative to the first forecast period (index n).
        const size_t phase = seasonal ? (size_t(m) - (n - i) % size_t(m)) % size_t(m) : 0;
        Pool& pool = pools[phase];
        pool.values.push_back(y[i]);
        pool.cumulative.push_back((pool.cumulative.empty() ? 0.0 : pool.cumulative.back()) + weight(double(n - i)));
    }

    std::mt19937_64 rng(spec.seed ^ std::hash<std::string>{}(series.itemId));
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::vector<std::vector<double>> byStep(static_cast<size_t>(horizon), std::vector<double>(static_cast<size_t>(paths)));
    std::vector<double> path(static_cast<size_t>(horizon));
    for (int p = 0; p < paths; ++p) {
        for (int h = 0; h < horizon; ++h) {
            const Pool& pool = pools[size_t(seasonal ? h % m : 0)];
            // The history's weights shrink as the forecast moves away from it.
            const double historyScale = weight(double(h));
            const double historyTotal = pool.cumulative.empty() ? 0.0 : pool.cumulative.back() * historyScale;
            // Values this path already drew, in the same phase, join the candidates.
            double pathTotal = 0;
            for (int k = h - (seasonal ? m : 1); k >= 0; k -= (seasonal ? m : 1)) pathTotal += weight(double(h - k));
            double u = unit(rng) * (historyTotal + pathTotal);
            double drawn;
            if (u < historyTotal || pathTotal == 0) {
                const double target = u / historyScale;
                const auto it = std::upper_bound(pool.cumulative.begin(), pool.cumulative.end(), target);
                drawn = pool.values[std::min(size_t(it - pool.cumulative.begin()), pool.values.size() - 1)];
            } else {
                u -= historyTotal;
                int k = h - (seasonal ? m : 1);
                drawn = path[size_t(std::max(k, 0))];
                for (; k >= 0; k -= (seasonal ? m : 1)) {
                    const double w = weight(double(h - k));
                    drawn = path[size_t(k)];
                    if (u < w) break;
                    u -= w;
                }
            }
            path[size_t(h)] = drawn;
            byStep[size_t(h)][size_t(p)] = drawn;
        }
    }
    for (int h = 0; h < horizon; ++h) {
        std::vector<double>& draws = byStep[size_t(h)];
        double sum = 0;
        for (double v : draws) sum += v;
        out.mean[size_t(h)] = sum / double(paths);
        const std::vector<double> q = sampleQuantiles(draws, spec.quantiles);
        for (size_t k = 0; k < q.size(); ++k) out.quantiles[k][size_t(h)] = q[k];
    }
    finalizeQuantiles(out, historyIsNonNegative(y));
    return out;
}

} // namespace almanac
