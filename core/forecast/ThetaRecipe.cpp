#include "forecast/ThetaRecipe.h"

#include "forecast/Distributions.h"
#include "forecast/NaiveRecipe.h"
#include "forecast/SeasonalDecomposition.h"
#include "forecast/SeriesHistory.h"

#include <cmath>
#include <numeric>

namespace almanac {

namespace {

struct SesFit {
    double alpha = 0.5;
    double initialLevel = 0;
};

// The SES filter from a start: one-step errors into residuals, the level after the last value.
double filterSes(const std::vector<double>& y, double alpha, double initialLevel, std::vector<double>& residuals)
{
    residuals.resize(y.size());
    double l = initialLevel;
    for (size_t t = 0; t < y.size(); ++t) {
        residuals[t] = y[t] - l;
        l += alpha * residuals[t];
    }
    return l;
}

SesFit fitSes(const std::vector<double>& y)
{
    const size_t n = y.size();
    // e_t = a_t - c_t * l0, with c_t = (1 - alpha)^t and a_t the errors from l0 = 0.
    auto profile = [&](double alpha, SesFit* out) {
        std::vector<double> a(n), c(n);
        double level = 0, weight = 1;
        for (size_t t = 0; t < n; ++t) {
            a[t] = y[t] - level;
            c[t] = weight;
            level += alpha * a[t];
            weight *= 1 - alpha;
        }
        double ac = 0, cc = 0;
        for (size_t t = 0; t < n; ++t) {
            ac += a[t] * c[t];
            cc += c[t] * c[t];
        }
        const double l0 = cc > 0 ? ac / cc : 0;
        double sse = 0;
        for (size_t t = 0; t < n; ++t) sse += (a[t] - c[t] * l0) * (a[t] - c[t] * l0);
        if (out) {
            out->alpha = alpha;
            out->initialLevel = l0;
        }
        return sse;
    };
    // The bounds forecast::ets uses for alpha.
    constexpr double lo = 1e-4, hi = 0.9999;
    constexpr int grid = 200;
    double best = lo, bestSse = INFINITY;
    for (int k = 0; k <= grid; ++k) {
        const double alpha = lo + (hi - lo) * k / grid;
        const double sse = profile(alpha, nullptr);
        if (sse < bestSse) {
            bestSse = sse;
            best = alpha;
        }
    }
    double a = std::max(lo, best - (hi - lo) / grid), b = std::min(hi, best + (hi - lo) / grid);
    const double ratio = (std::sqrt(5.0) - 1) / 2;
    for (int it = 0; it < 60; ++it) {
        const double x1 = b - ratio * (b - a), x2 = a + ratio * (b - a);
        if (profile(x1, nullptr) < profile(x2, nullptr)) b = x2;
        else a = x1;
    }
    SesFit fit;
    profile(0.5 * (a + b), &fit);
    return fit;
}

class ThetaSeriesModel final : public SeriesModel {
public:
    bool fitted = false;         // false: too short, the naive rule
    std::vector<double> season;  // multiplicative indices by phase; empty: not seasonal
    double intercept = 0, slope = 0; // the theta = 0 line over t = 1..n
    SesFit ses;                  // of the theta = 2 line
    void write(ByteWriter& out) const override
    {
        out.boolean(fitted);
        out.doubles(season);
        out.f64(intercept);
        out.f64(slope);
        out.f64(ses.alpha);
        out.f64(ses.initialLevel);
    }
};

} // namespace

std::string ThetaRecipe::description() const
{
    return "Theta method: half linear trend, half smoothed theta-line, on seasonally adjusted data.";
}

Result<std::unique_ptr<SeriesModel>> ThetaRecipe::fitSeries(const TimeSeries& series, const ForecastSpec& spec) const
{
    auto model = std::make_unique<ThetaSeriesModel>();
    std::vector<double> y = historyForFitting(series.values, spec.effectiveSeason());
    const size_t n = y.size();
    if (n < 4) return std::unique_ptr<SeriesModel>(std::move(model));
    model->fitted = true;
    const int m = spec.effectiveSeason();
    const bool positive = *std::min_element(y.begin(), y.end()) > 0;

    // Multiplicative seasonal adjustment needs positive data; otherwise there is none.
    if (positive && isSeasonal(y, m)) {
        model->season = classicalSeasonalIndices(y, m, true);
        for (size_t t = 0; t < n; ++t) y[t] /= model->season[t % size_t(m)];
    }

    // Theta = 0: the least-squares line over t = 1..n.
    const double meanT = (double(n) + 1) / 2;
    const double meanY = std::accumulate(y.begin(), y.end(), 0.0) / double(n);
    double sxy = 0, sxx = 0;
    for (size_t t = 0; t < n; ++t) {
        sxy += (double(t + 1) - meanT) * (y[t] - meanY);
        sxx += (double(t + 1) - meanT) * (double(t + 1) - meanT);
    }
    model->slope = sxy / sxx;
    model->intercept = meanY - model->slope * meanT;

    // Theta = 2: twice the data minus the line, smoothed by SES fitted by maximum likelihood.
    std::vector<double> thetaLine(n);
    for (size_t t = 0; t < n; ++t) thetaLine[t] = 2 * y[t] - (model->intercept + model->slope * double(t + 1));
    model->ses = fitSes(thetaLine);
    return std::unique_ptr<SeriesModel>(std::move(model));
}

Result<SeriesForecast> ThetaRecipe::forecastFromModel(const SeriesModel& stored, const TimeSeries& series,
                                                      const ForecastSpec& spec) const
{
    auto typed = modelAs<ThetaSeriesModel>(stored, name());
    if (!typed.isOk()) return typed.status();
    const ThetaSeriesModel& model = **typed;
    std::vector<double> y = historyForFitting(series.values, spec.effectiveSeason());
    const size_t n = y.size();
    if (!model.fitted || n < 4) return NaiveRecipe().forecastSeries(series, spec);
    const std::vector<double>& season = model.season;
    const size_t m = season.size();
    if (m > 0)
        for (size_t t = 0; t < n; ++t) y[t] /= season[t % m];
    auto seasonAt = [&](size_t t) { return season.empty() ? 1.0 : season[t % m]; };
    auto line = [&](double t) { return model.intercept + model.slope * t; };

    std::vector<double> thetaLine(n), residuals;
    for (size_t t = 0; t < n; ++t) thetaLine[t] = 2 * y[t] - line(double(t + 1));
    const double level = filterSes(thetaLine, model.ses.alpha, model.ses.initialLevel, residuals);

    // One-step in-sample errors of the combined forecast, on the adjusted scale.
    double sse = 0;
    for (size_t t = 0; t < n; ++t) {
        const double sesFitted = thetaLine[t] - residuals[t];
        const double combined = 0.5 * sesFitted + 0.5 * line(double(t + 1));
        sse += (y[t] - combined) * (y[t] - combined);
    }
    const double sigma2 = sse / double(n - 3);
    const double alpha = model.ses.alpha;

    SeriesForecast out;
    out.mean.resize(size_t(spec.horizon));
    out.quantiles.assign(spec.quantiles.size(), std::vector<double>(size_t(spec.horizon)));
    for (int h = 1; h <= spec.horizon; ++h) {
        const double adjusted = 0.5 * level + 0.5 * line(double(n) + h);
        const double sd = std::sqrt(sigma2 * (1 + (h - 1) * alpha * alpha));
        const double s = seasonAt(n + size_t(h) - 1);
        out.mean[size_t(h - 1)] = adjusted * s;
        for (size_t k = 0; k < spec.quantiles.size(); ++k)
            out.quantiles[k][size_t(h - 1)] = (adjusted + normalQuantile(spec.quantiles[k]) * sd) * s;
    }
    finalizeQuantiles(out, historyIsNonNegative(series.values));
    return out;
}

Result<std::unique_ptr<SeriesModel>> ThetaRecipe::readSeriesModel(ByteReader& in) const
{
    auto model = std::make_unique<ThetaSeriesModel>();
    model->fitted = in.boolean();
    model->season = in.doubles();
    model->intercept = in.f64();
    model->slope = in.f64();
    model->ses.alpha = in.f64();
    model->ses.initialLevel = in.f64();
    ALMANAC_RETURN_IF_ERROR(in.status("theta"));
    return std::unique_ptr<SeriesModel>(std::move(model));
}

} // namespace almanac
