#include "forecast/ThetaRecipe.h"

#include "forecast/Distributions.h"
#include "forecast/NaiveRecipe.h"
#include "forecast/SeasonalDecomposition.h"
#include "forecast/SeriesHistory.h"
#include "forecast/ets/EtsFit.h"

#include <cmath>
#include <numeric>

namespace almanac {

std::string ThetaRecipe::description() const
{
    return "Theta method: half linear trend, half smoothed theta-line, on seasonally adjusted data.";
}

Result<SeriesForecast> ThetaRecipe::forecastSeries(const TimeSeries& series, const ForecastSpec& spec) const
{
    std::vector<double> y = contiguousHistory(series.values);
    const size_t n = y.size();
    if (n < 4) return NaiveRecipe().forecastSeries(series, spec);
    const int m = spec.effectiveSeason();
    const bool positive = *std::min_element(y.begin(), y.end()) > 0;

    // Multiplicative seasonal adjustment needs positive data; otherwise there is none.
    std::vector<double> season;
    if (positive && isSeasonal(y, m)) {
        season = classicalSeasonalIndices(y, m, true);
        for (size_t t = 0; t < n; ++t) y[t] /= season[t % size_t(m)];
    }
    auto seasonAt = [&](size_t t) { return season.empty() ? 1.0 : season[t % size_t(m)]; };

    // Theta = 0: the least-squares line over t = 1..n.
    const double meanT = (double(n) + 1) / 2;
    const double meanY = std::accumulate(y.begin(), y.end(), 0.0) / double(n);
    double sxy = 0, sxx = 0;
    for (size_t t = 0; t < n; ++t) {
        sxy += (double(t + 1) - meanT) * (y[t] - meanY);
        sxx += (double(t + 1) - meanT) * (double(t + 1) - meanT);
    }
    const double slope = sxy / sxx;
    const double intercept = meanY - slope * meanT;
    auto line = [&](double t) { return intercept + slope * t; };

    // Theta = 2: twice the data minus the line, smoothed by SES fitted by maximum likelihood.
    std::vector<double> thetaLine(n);
    for (size_t t = 0; t < n; ++t) thetaLine[t] = 2 * y[t] - line(double(t + 1));
    ets::EtsSelection ses;
    ets::parseEtsCode("ANN", ses);
    const auto fit = ets::selectEts(thetaLine, 1, ses);
    if (!fit) return NaiveRecipe().forecastSeries(series, spec);

    // One-step in-sample errors of the combined forecast, on the adjusted scale.
    std::vector<double> residuals;
    ets::etsLikelihood(thetaLine, fit->form, fit->parameters, 1, &residuals);
    double sse = 0;
    for (size_t t = 0; t < n; ++t) {
        const double sesFitted = thetaLine[t] - residuals[t];
        const double combined = 0.5 * sesFitted + 0.5 * line(double(t + 1));
        sse += (y[t] - combined) * (y[t] - combined);
    }
    const double sigma2 = sse / double(n - 3);
    const double alpha = fit->parameters.alpha;

    SeriesForecast out;
    out.mean.resize(size_t(spec.horizon));
    out.quantiles.assign(spec.quantiles.size(), std::vector<double>(size_t(spec.horizon)));
    for (int h = 1; h <= spec.horizon; ++h) {
        const double adjusted = 0.5 * fit->final.level + 0.5 * line(double(n) + h);
        const double sd = std::sqrt(sigma2 * (1 + (h - 1) * alpha * alpha));
        const double s = seasonAt(n + size_t(h) - 1);
        out.mean[size_t(h - 1)] = adjusted * s;
        for (size_t k = 0; k < spec.quantiles.size(); ++k)
            out.quantiles[k][size_t(h - 1)] = (adjusted + normalQuantile(spec.quantiles[k]) * sd) * s;
    }
    finalizeQuantiles(out, historyIsNonNegative(series.values));
    return out;
}

} // namespace almanac
