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

} // namespace

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
    const std::vector<double> dy = difference(y, d, D, m);
    if (dy.size() < differenced.size() + 5) return std::nullopt;
    fit.beta = leastSquares(dy, differenced, d + D == 0);
    for (double b : fit.beta)
        if (!std::isfinite(b)) return std::nullopt;
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
    auto errors = fitArima(residualsOf(y, history, fit.beta), o, method, &older.errors);
    if (!errors) return std::nullopt;
    fit.errors = std::move(*errors);
    fit.errors.aicc += 2.0 * double(fit.beta.size());
    return fit;
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
