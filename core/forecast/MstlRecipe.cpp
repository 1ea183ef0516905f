#include "forecast/MstlRecipe.h"

#include "forecast/NaiveRecipe.h"
#include "forecast/SeriesHistory.h"
#include "forecast/Stl.h"
#include "forecast/ets/EtsForecast.h"

#include <cstdlib>
#include <sstream>

namespace almanac {

std::string MstlRecipe::description() const
{
    return "Multiple seasonal decomposition (MSTL) with ETS on the seasonally adjusted series.";
}

Result<SeriesForecast> MstlRecipe::forecastSeries(const TimeSeries& series, const ForecastSpec& spec) const
{
    const std::vector<double> y = contiguousHistory(series.values);
    std::vector<int> periods;
    if (auto it = spec.parameters.find("periods"); it != spec.parameters.end()) {
        std::stringstream list(it->second);
        std::string item;
        while (std::getline(list, item, ','))
            if (int p = std::atoi(item.c_str()); p > 1) periods.push_back(p);
    } else {
        periods = spec.frequency.seasonalPeriods();
        if (spec.season > 1 && std::find(periods.begin(), periods.end(), spec.season) == periods.end())
            periods.push_back(spec.season);
    }
    const MstlResult decomposition = mstl(y, periods);
    std::vector<double> adjusted = y;
    for (const auto& component : decomposition.seasonal)
        for (size_t t = 0; t < y.size(); ++t) adjusted[t] -= component[t];

    ets::EtsSelection selection; // seasons are MSTL's job: m = 1 leaves ETS non-seasonal
    const auto fit = ets::selectEts(adjusted, 1, selection);
    if (!fit) return NaiveRecipe().forecastSeries(series, spec);
    SeriesForecast out = ets::forecastFromEtsFit(*fit, spec, spec.seed ^ std::hash<std::string>{}(series.itemId));
    const size_t n = y.size();
    for (size_t i = 0; i < decomposition.periods.size(); ++i) {
        const size_t p = size_t(decomposition.periods[i]);
        for (int h = 0; h < spec.horizon; ++h) {
            const double s = decomposition.seasonal[i][n - p + size_t(h) % p];
            out.mean[size_t(h)] += s;
            for (auto& q : out.quantiles) q[size_t(h)] += s;
        }
    }
    finalizeQuantiles(out, historyIsNonNegative(y));
    return out;
}

} // namespace almanac
