#include "forecast/arima/ArimaRegression.h"

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>

namespace almanac::arima {

namespace {

// Features finite over history and horizon that vary over the history.
std::vector<size_t> usableRegressors(const std::vector<std::vector<double>>& features, size_t history, int horizon)
{
    std::vector<size_t> out;
    const size_t needed = history + size_t(horizon);
    for (size_t f = 0; f < features.size(); ++f) {
        const auto& x = features[f];
        if (x.size() < needed) continue;
        bool finite = true;
        double lo = INFINITY, hi = -INFINITY;
        for (size_t i = 0; i < needed && finite; ++i) {
            finite = std::isfinite(x[i]);
            if (i < history) {
                lo = std::min(lo, x[i]);
                hi = std::max(hi, x[i]);
            }
        }
        if (finite && hi - lo > 1e-12 * std::max(1.0, std::fabs(hi))) out.push_back(f);
    }
    return out;
}

// Least squares of y on the columns (with an intercept when asked); the intercept is dropped
// from the returned coefficients.
std::vector<double> leastSquares(const std::vector<double>& y, const std::vector<std::vector<double>>& columns, bool intercept)
{
    const Eigen::Index n = Eigen::Index(y.size()), k = Eigen::Index(columns.size()) + (intercept ? 1 : 0);
    Eigen::MatrixXd x(n, k);
    Eigen::VectorXd target(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        target(i) = y[size_t(i)];
        Eigen::Index c = 0;
        if (intercept) x(i, c++) = 1.0;
        for (const auto& column : columns) x(i, c++) = column[size_t(i)];
    }
    const Eigen::VectorXd b = x.colPivHouseholderQr().solve(target);
    return std::vector<double>(b.data() + (intercept ? 1 : 0), b.data() + b.size());
}

std::vector<double> residualsOf(const std::vector<double>& y, const std::vector<std::vector<double>>& columns,
                                const std::vector<double>& beta)
{
    std::vector<double> e = y;
    for (size_t c = 0; c < columns.size(); ++c)
        for (size_t i = 0; i < e.size(); ++i) e[i] -= beta[c] * columns[c][i];
    return e;
}

// Drops regressors that (differenced) nearly repeat an earlier one: a price that is the base
// price times 0.8 on promotion days and the promotion flag itself give huge betas of opposite
// sign that cancel over the history and not in the horizon.
void dropNearlyCollinear(std::vector<size_t>& regressors, std::vector<std::vector<double>>& history,
                         std::vector<std::vector<double>>& differenced)
{
    auto correlation = [](const std::vector<double>& a, const std::vector<double>& b) {
        const size_t n = std::min(a.size(), b.size());
        double ma = 0, mb = 0;
        for (size_t i = 0; i < n; ++i) ma += a[i], mb += b[i];
        ma /= double(std::max<size_t>(n, 1));
        mb /= double(std::max<size_t>(n, 1));
        double sab = 0, saa = 0, sbb = 0;
        for (size_t i = 0; i < n; ++i) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return saa > 0 && sbb > 0 ? sab / std::sqrt(saa * sbb) : 1.0;
    };
    for (size_t c = differenced.size(); c-- > 0;) {
        bool repeats = false;
        for (size_t e = 0; e < c && !repeats; ++e) repeats = std::fabs(correlation(differenced[c], differenced[e])) > 0.95;
        if (!repeats) continue;
        regressors.erase(regressors.begin() + long(c));
        history.erase(history.begin() + long(c));
        differenced.erase(differenced.begin() + long(c));
    }
}

} // namespace

bool regressionEffectIsPlausible(const RegressionArimaFit& fit, const std::vector<std::vector<double>>& features,
                                 size_t historyLength, int horizon)
{
    double lo = INFINITY, hi = -INFINITY;
    auto effectAt = [&](size_t t) {
        double e = 0;
        for (size_t r = 0; r < fit.regressors.size(); ++r) e += fit.beta[r] * features[fit.regressors[r]][t];
        return e;
    };
    for (size_t t = 0; t < historyLength; ++t) {
        const double e = effectAt(t);
        lo = std::min(lo, e);
        hi = std::max(hi, e);
    }
    if (!std::isfinite(lo) || !std::isfinite(hi)) return false;
    // The horizon may go beyond what the history saw, but not by more than its whole range again.
    const double span = std::max(hi - lo, 1e-12 * std::max(1.0, std::fabs(hi)));
    for (size_t t = historyLength; t < historyLength + size_t(horizon); ++t) {
        const double e = effectAt(t);
        if (!std::isfinite(e) || e < lo - span || e > hi + span) return false;
    }
    return true;
}

std::optional<RegressionArimaFit> autoRegressionArima(const std::vector<double>& y,
                                                      const std::vector<std::vector<double>>& features, int m, int horizon,
                                                      ArimaFitMethod method)
{
    RegressionArimaFit fit;
    fit.regressors = usableRegressors(features, y.size(), horizon);
    if (fit.regressors.empty() || y.size() < fit.regressors.size() + 10) return std::nullopt;
    std::vector<std::vector<double>> history;
    for (size_t f : fit.regressors) history.emplace_back(features[f].begin(), features[f].begin() + long(y.size()));

    // Differences from the residuals of a plain regression, as auto.arima does with xreg.
    const std::vector<double> levelResiduals = residualsOf(y, history, leastSquares(y, history, true));
    const bool seasonal = m > 1 && y.size() >= size_t(2 * m) + 1;
    const int D = seasonal ? chooseSeasonalDifferences(levelResiduals, m) : 0;
    const int d = chooseRegularDifferences(difference(levelResiduals, 0, D, m));

    // beta on the differenced series; the mean (or drift) is the error model's constant.
    std::vector<std::vector<double>> differenced;
    for (const auto& column : history) differenced.push_back(difference(column, d, D, m));
    dropNearlyCollinear(fit.regressors, history, differenced);
    const std::vector<double> dy = difference(y, d, D, m);
    if (dy.size() < differenced.size() + 5) return std::nullopt;
    fit.beta = leastSquares(dy, differenced, d + D == 0);
    for (double b : fit.beta)
        if (!std::isfinite(b)) return std::nullopt;
    if (!regressionEffectIsPlausible(fit, features, y.size(), horizon)) return std::nullopt;
    ArimaSearchOptions search;
    search.method = method;
    search.regularDifferences = d;
    search.seasonalDifferences = D;
    auto errors = autoArima(residualsOf(y, history, fit.beta), m, search);
    if (!errors) return std::nullopt;
    fit.errors = std::move(*errors);
    // The regression's coefficients count as parameters of the model.
    fit.errors.aicc += 2.0 * double(fit.beta.size());
    return fit;
}

std::optional<RegressionArimaFit> refitRegressionArima(const std::vector<double>& y,
                                                       const std::vector<std::vector<double>>& features, int horizon,
                                                       const RegressionArimaFit& older, ArimaFitMethod method)
{
    const std::vector<size_t> usable = usableRegressors(features, y.size(), horizon);
    for (size_t f : older.regressors)
        if (std::find(usable.begin(), usable.end(), f) == usable.end()) return std::nullopt;
    RegressionArimaFit fit;
    fit.regressors = older.regressors;
    std::vector<std::vector<double>> history;
    for (size_t f : fit.regressors) history.emplace_back(features[f].begin(), features[f].begin() + long(y.size()));
    const ArimaOrder& o = older.errors.order;
    std::vector<std::vector<double>> differenced;
    for (const auto& column : history) differenced.push_back(difference(column, o.d, o.D, o.m));
    const std::vector<double> dy = difference(y, o.d, o.D, o.m);
    if (dy.size() < differenced.size() + 5) return std::nullopt;
    fit.beta = leastSquares(dy, differenced, o.d + o.D == 0);
    for (double b : fit.beta)
        if (!std::isfinite(b)) return std::nullopt;
    if (!regressionEffectIsPlausible(fit, features, y.size(), horizon)) return std::nullopt;
    auto errors = fitArima(residualsOf(y, history, fit.beta), o, method, &older.errors);
    if (!errors) return std::nullopt;
    fit.errors = std::move(*errors);
    fit.errors.aicc += 2.0 * double(fit.beta.size());
    return fit;
}

std::optional<RegressionArimaFit> regressionArimaOnOrder(const std::vector<double>& y,
                                                        const std::vector<std::vector<double>>& features, int horizon,
                                                        const ArimaFit& plain, ArimaFitMethod method)
{
    RegressionArimaFit candidate;
    candidate.regressors = usableRegressors(features, y.size(), horizon);
    if (candidate.regressors.empty() || y.size() < candidate.regressors.size() + 10) return std::nullopt;
    const ArimaOrder& o = plain.order;
    std::vector<std::vector<double>> history, differenced;
    for (size_t f : candidate.regressors) {
        history.emplace_back(features[f].begin(), features[f].begin() + long(y.size()));
        differenced.push_back(difference(history.back(), o.d, o.D, o.m));
    }
    dropNearlyCollinear(candidate.regressors, history, differenced);
    candidate.errors = plain;
    return refitRegressionArima(y, features, horizon, candidate, method);
}

SeriesForecast forecastRegressionArima(const RegressionArimaFit& fit, const std::vector<std::vector<double>>& features,
                                       size_t historyLength, int horizon, const std::vector<double>& quantiles)
{
    SeriesForecast out = forecastArima(fit.errors, horizon, quantiles);
    for (int h = 0; h < horizon; ++h) {
        double effect = 0;
        for (size_t r = 0; r < fit.regressors.size(); ++r)
            effect += fit.beta[r] * features[fit.regressors[r]][historyLength + size_t(h)];
        out.mean[size_t(h)] += effect;
        for (auto& q : out.quantiles) q[size_t(h)] += effect;
    }
    return out;
}

} // namespace almanac::arima
