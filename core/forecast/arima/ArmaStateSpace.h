#pragma once
// The exact Gaussian likelihood of a stationary ARMA model by the Kalman filter, in Harvey's
// state-space form (state size r = max(p, q + 1)), started from the stationary state covariance.
// It is what turns a conditional-sum-of-squares fit into a maximum-likelihood one ("CSS-ML", as
// R's arima does it), and its final state gives the forecasts.
//
// The filter runs on Chandrasekhar recursions: from the stationary start the one-step change of
// the state covariance has rank one, so each step costs O(r) instead of the O(r^2) covariance
// update; seasonal models (r = 25 or more on hourly data) are fitted many times faster. Only the
// first column of the stationary covariance is needed, from the ARMA autocovariances.
//
// Conventions: w_t = sum_i ar[i] w_{t-1-i} + e_t + sum_j ma[j] e_{t-1-j}, e_t ~ N(0, sigma2);
// the series given is already centred.
#include <optional>
#include <vector>

namespace almanac::arima {

struct ArmaLikelihood {
    double weightedSquares = 0; // sum v_t^2 / F_t, F_t in units of sigma2
    double sumLogVariance = 0;  // sum log F_t
    size_t count = 0;
    std::vector<double> predictedState; // a_{n+1|n}: the state one step past the data

    double sigma2() const { return count ? weightedSquares / double(count) : 0.0; }
    // -2 log-likelihood with sigma2 at its maximum-likelihood value.
    double minusTwoLogLikelihood() const;
};

// Autocovariances gamma(0..lags) of the ARMA process with unit innovation variance; nullopt when
// the autoregressive part is not stationary.
std::optional<std::vector<double>> armaAutocovariances(const std::vector<double>& ar, const std::vector<double>& ma,
                                                       size_t lags);

std::optional<ArmaLikelihood> armaLikelihood(const std::vector<double>& centred, const std::vector<double>& ar,
                                             const std::vector<double>& ma);

// Forecasts of the centred series for 1..horizon steps from the predicted state.
std::vector<double> forecastFromState(const std::vector<double>& predictedState, const std::vector<double>& ar, int horizon);

} // namespace almanac::arima
