#include "forecast/EtsRecipe.h"

#include "forecast/NaiveRecipe.h"
#include "forecast/SeriesHistory.h"
#include "forecast/ets/EtsFit.h"
#include "forecast/ets/EtsForecast.h"

#include <cmath>

namespace almanac {

using namespace ets;

std::string EtsRecipe::description() const
{
    return "Exponential smoothing state-space models (error, trend, season), chosen by AICc.";
}

Result<SeriesForecast> EtsRecipe::forecastSeries(const TimeSeries& series, const ForecastSpec& spec) const
{
    const std::vector<double> y = contiguousHistory(series.values);
    EtsSelection selection;
    if (auto it = spec.parameters.find("model"); it != spec.parameters.end())
        if (!parseEtsCode(it->second, selection))
            return Status::invalidInput("ets: model '" + it->second + "' is not an ETS code such as ZZZ, ANN or MAdM");
    const int m = spec.effectiveSeason();
    const auto fit = selectEts(y, m, selection);
    if (!fit) return NaiveRecipe().forecastSeries(series, spec); // too short for any ETS model

    SeriesForecast out = forecastFromEtsFit(*fit, spec, spec.seed ^ std::hash<std::string>{}(series.itemId));
    finalizeQuantiles(out, historyIsNonNegative(y));
    return out;
}

} // namespace almanac
