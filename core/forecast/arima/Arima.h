#pragma once
// Seasonal ARIMA(p,d,q)(P,D,Q)_m with automatic order selection after Hyndman & Khandakar (2008)
// as forecast::auto.arima does it: d by repeated KPSS tests, D by the seasonal strength of an STL
// decomposition, then a stepwise search over p, q, P, Q and the constant by AICc. Coefficients are
// fitted by conditional sum of squares, then refined by exact maximum likelihood (the Kalman
// filter of ArmaStateSpace.h) from there ("CSS-ML"), constrained to stationary and invertible
// polynomials. As auto.arima does, long or finely seasonal series are searched with CSS alone and
// only the chosen model is refitted by maximum likelihood.
#include "forecast/ForecastRecipe.h"
#include "util/ModelBytes.h"

#include <optional>
#include <string>
#include <vector>

namespace almanac::arima {

struct ArimaOrder {
    int p = 0, d = 0, q = 0, P = 0, D = 0, Q = 0, m = 1;
    bool constant = false; // a mean of the differenced series: the mean itself, or a drift
    std::string name() const;
    bool operator<(const ArimaOrder& o) const;
};

struct ArimaFit {
    ArimaOrder order;
    std::vector<double> ar, ma, sar, sma; // phi, theta, Phi, Theta
    double mean = 0;                      // of the differenced series, when order.constant
    double sigma2 = 0;
    double aicc = 0;
    std::vector<double> y;                // the data it was fitted on
    std::vector<double> residuals;        // CSS residuals on the differenced series, aligned with its end
    std::vector<double> state;            // the Kalman filter's state one step past the data (empty: use residuals)
    bool maximumLikelihood = false;       // the coefficients maximise the exact likelihood
};

enum class ArimaFitMethod {
    ConditionalSumOfSquares,          // "css": fast; what the search uses on long series
    ConditionalThenMaximumLikelihood, // "css-ml": CSS estimates refined by exact maximum likelihood
};

struct ArimaSearchOptions {
    ArimaFitMethod method = ArimaFitMethod::ConditionalThenMaximumLikelihood;
    int regularDifferences = -1; // -1: chosen by the tests below
    int seasonalDifferences = -1;
};

// Differencing: D seasonal differences at lag m, then d ordinary ones.
std::vector<double> difference(const std::vector<double>& y, int d, int D, int m);

// The KPSS level-stationarity statistic with Bartlett weights and the short lag truncation
// trunc(4 (n/100)^0.25); stationarity is rejected at 5% above 0.463.
double kpssStatistic(const std::vector<double>& y);
int chooseRegularDifferences(const std::vector<double>& y, int maxD = 2);
// 1 when the STL seasonal strength 1 - var(remainder) / var(season + remainder) exceeds 0.64.
int chooseSeasonalDifferences(const std::vector<double>& y, int m);

// start: a fit of the same order to an older history of the same series, whose coefficients the
// search starts from (with CSS-ML and a maximum-likelihood start, the CSS stage is skipped).
std::optional<ArimaFit> fitArima(const std::vector<double>& y, const ArimaOrder& order,
                                 ArimaFitMethod method = ArimaFitMethod::ConditionalThenMaximumLikelihood,
                                 const ArimaFit* start = nullptr);
std::optional<ArimaFit> autoArima(const std::vector<double>& y, int m, const ArimaSearchOptions& options = {});

// A fitted model's coefficients applied to y (the history it was fitted on, or a newer one): its
// residuals and filter state are computed for y, the coefficients and variance kept. False when
// y is too short for the model's differences.
bool refilterArima(ArimaFit& fit, const std::vector<double>& y);
// The coefficients, variance and order (not the data, residuals or state).
void writeArimaFit(ByteWriter& out, const ArimaFit& fit);
ArimaFit readArimaFit(ByteReader& in);

// Point forecasts and normal quantiles from the model's psi weights.
SeriesForecast forecastArima(const ArimaFit& fit, int horizon, const std::vector<double>& quantiles);

} // namespace almanac::arima
