#pragma once
#include "forecast/ForecastRecipe.h"

namespace almanac {

// Seasonal ARIMA with automatic order selection (auto.arima's stepwise search), normal
// prediction intervals from the psi weights. Parameters: order=p,d,q[,P,D,Q] to fix the model
// (with constant=true|false); fit=css-ml (default: CSS then exact maximum likelihood) or css.
// The model keeps the orders, coefficients and variance (and the regression's coefficients);
// forecasting from it filters the residuals and state through the history it is given.
class ArimaRecipe : public EstimatingForecastRecipe {
public:
    std::string name() const override { return "arima"; }
    std::string description() const override;
    // The psi-weight band leaves out the uncertainty of the estimated orders and coefficients;
    // measured: p10-p90 coverage 0.66 on short monthly series (0.79 calibrated), with lower wQL
    // on M4 hourly too (docs/benchmarks.md).
    bool intervalsNeedCalibration() const override { return true; }
    RecipeTraits traits() const override;
    std::vector<ParameterSpec> parameters() const override;
    Result<std::unique_ptr<SeriesModel>> fitSeries(const TimeSeries& series, const ForecastSpec& spec) const override;
    Result<SeriesForecast> forecastFromModel(const SeriesModel& model, const TimeSeries& series,
                                             const ForecastSpec& spec) const override;
    Result<std::unique_ptr<SeriesModel>> readSeriesModel(ByteReader& in) const override;
    // The older model's orders (and regressors), the coefficients re-estimated from the older ones.
    Result<std::unique_ptr<SeriesModel>> refitSeries(const SeriesModel& older, const TimeSeries& series,
                                                     const ForecastSpec& spec) const override;
};

} // namespace almanac
