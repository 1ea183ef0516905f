#pragma once
// Regression with ARIMA errors, for related time series (prices, promotions) known through the
// horizon: y_t = x_t' beta + e_t with e an ARIMA process. As auto.arima does with xreg, the
// differences are chosen on the residuals of a plain regression, and beta is estimated on the
// differenced series (so that trending series do not make spurious regressions). Estimation is
// in two steps, not jointly: least squares for beta, then the automatic ARIMA search on the
// errors. The regression is kept only when it lowers the AICc against plain ARIMA.
#include "forecast/arima/Arima.h"

#include <optional>
#include <vector>

namespace almanac::arima {

struct RegressionArimaFit {
    std::vector<size_t> regressors; // the features used (constant or incomplete ones are left out)
    std::vector<double> beta;       // one per used regressor
    ArimaFit errors;
};

// features[f] covers the history (y's indices) and then the horizon.
std::optional<RegressionArimaFit> autoRegressionArima(const std::vector<double>& y,
                                                      const std::vector<std::vector<double>>& features, int m,
                                                      int horizon,
                                                      ArimaFitMethod method = ArimaFitMethod::ConditionalThenMaximumLikelihood);

// The regressors and orders of older (a fit to an older history of the same series) with beta
// and the errors' coefficients re-estimated; nullopt when a regressor no longer covers the
// history and horizon.
std::optional<RegressionArimaFit> refitRegressionArima(const std::vector<double>& y,
                                                       const std::vector<std::vector<double>>& features, int horizon,
                                                       const RegressionArimaFit& older, ArimaFitMethod method);

// The regression on the usable regressors with the plain model's orders and differences, its
// coefficients as the start: one fit where autoRegressionArima searches again. What the ARIMA
// recipe compares the plain model with.
std::optional<RegressionArimaFit> regressionArimaOnOrder(const std::vector<double>& y,
                                                        const std::vector<std::vector<double>>& features, int horizon,
                                                        const ArimaFit& plain, ArimaFitMethod method);

// False when the regression's effect in the horizon (features cover history and horizon) leaves
// what the history saw by more than its whole range again, or is not finite: an extrapolation
// that would swamp the forecast. Checked at fitting and again when forecasting newer data.
bool regressionEffectIsPlausible(const RegressionArimaFit& fit, const std::vector<std::vector<double>>& features,
                                 size_t historyLength, int horizon);

// Forecasts of the errors' model plus the regression on the future regressor values.
SeriesForecast forecastRegressionArima(const RegressionArimaFit& fit, const std::vector<std::vector<double>>& features,
                                       size_t historyLength, int horizon, const std::vector<double>& quantiles);

} // namespace almanac::arima
