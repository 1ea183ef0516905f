#include "forecast/ArimaRecipe.h"

#include "forecast/NaiveRecipe.h"
#include "forecast/SeriesHistory.h"
#include "forecast/arima/Arima.h"
#include "forecast/arima/ArimaRegression.h"

#include <cmath>
#include <cstdlib>
#include <sstream>

namespace almanac {

std::string ArimaRecipe::description() const
{
    return "Seasonal ARIMA, orders chosen by unit-root tests and a stepwise AICc search; related series as "
           "regressors (regression with ARIMA errors) when they lower the AICc.";
}

Result<SeriesForecast> ArimaRecipe::forecastSeries(const TimeSeries& series, const ForecastSpec& spec) const
{
    const std::vector<double> y = contiguousHistory(series.values);
    if (y.size() < 8) return NaiveRecipe().forecastSeries(series, spec);
    int m = spec.effectiveSeason();
    // Seasonal polynomials longer than a year of weeks are impractical; MSTL serves long cycles.
    if (m > 52) m = 1;
    std::optional<arima::ArimaFit> fit;
    const std::string fitName = spec.parameter("fit", "css-ml");
    if (fitName != "css" && fitName != "css-ml") return Status::invalidInput("arima: fit must be css or css-ml, not " + fitName);
    const arima::ArimaFitMethod method = fitName == "css" ? arima::ArimaFitMethod::ConditionalSumOfSquares
                                                          : arima::ArimaFitMethod::ConditionalThenMaximumLikelihood;
    if (auto it = spec.parameters.find("order"); it != spec.parameters.end()) {
        std::vector<int> values;
        std::stringstream list(it->second);
        std::string item;
        while (std::getline(list, item, ',')) values.push_back(std::atoi(item.c_str()));
        if (values.size() != 3 && values.size() != 6)
            return Status::invalidInput("arima: order must be p,d,q or p,d,q,P,D,Q");
        arima::ArimaOrder order;
        order.p = values[0];
        order.d = values[1];
        order.q = values[2];
        if (values.size() == 6) {
            order.P = values[3];
            order.D = values[4];
            order.Q = values[5];
            order.m = m;
        }
        auto constant = spec.parameters.find("constant");
        order.constant = constant != spec.parameters.end() ? constant->second == "true" : order.d + order.D <= 1;
        fit = arima::fitArima(y, order, method);
    } else {
        arima::ArimaSearchOptions search;
        search.method = method;
        fit = arima::autoArima(y, m, search);
        // Related series known through the horizon enter as regressors when they earn their
        // parameters (lower AICc): regression with ARIMA errors.
        const size_t begin = series.values.size() - y.size();
        const bool endsAtTheEnd = !series.values.empty() && !std::isnan(series.values.back());
        if (!series.features.empty() && endsAtTheEnd && spec.parameter("regressors", "auto") != "none") {
            std::vector<std::vector<double>> features;
            for (const auto& f : series.features)
                features.emplace_back(f.begin() + long(std::min(begin, f.size())), f.end());
            auto regression = arima::autoRegressionArima(y, features, m, spec.horizon, method);
            if (regression && (!fit || regression->errors.aicc < fit->aicc)) {
                SeriesForecast out = arima::forecastRegressionArima(*regression, features, y.size(), spec.horizon, spec.quantiles);
                finalizeQuantiles(out, historyIsNonNegative(y));
                return out;
            }
        }
    }
    if (!fit) return NaiveRecipe().forecastSeries(series, spec);
    SeriesForecast out = arima::forecastArima(*fit, spec.horizon, spec.quantiles);
    finalizeQuantiles(out, historyIsNonNegative(y));
    return out;
}

} // namespace almanac
