#include "forecast/MstlRecipe.h"

#include "forecast/NaiveRecipe.h"
#include "forecast/SeriesHistory.h"
#include "forecast/Stl.h"
#include "forecast/ets/EtsFitBytes.h"
#include "forecast/ets/EtsForecast.h"

#include <cstdlib>
#include <optional>
#include <sstream>

namespace almanac {

namespace {

class MstlSeriesModel final : public SeriesModel {
public:
    std::vector<uint32_t> periods;
    std::optional<ets::EtsFit> adjustedFit; // none: the naive rule
    void write(ByteWriter& out) const override
    {
        out.u32s(periods);
        out.boolean(adjustedFit.has_value());
        if (adjustedFit) ets::writeEtsFit(out, *adjustedFit);
    }
};

std::vector<int> periodsOf(const std::vector<uint32_t>& p) { return std::vector<int>(p.begin(), p.end()); }

std::vector<double> seasonallyAdjusted(const std::vector<double>& y, const MstlResult& decomposition)
{
    std::vector<double> adjusted = y;
    for (const auto& component : decomposition.seasonal)
        for (size_t t = 0; t < y.size(); ++t) adjusted[t] -= component[t];
    return adjusted;
}

} // namespace

std::string MstlRecipe::description() const
{
    return "Multiple seasonal decomposition (MSTL) with ETS on the seasonally adjusted series.";
}

std::vector<ParameterSpec> MstlRecipe::parameters() const
{
    return {ParameterSpec::text("periods", "", "seasonal periods such as 24,168"),
            ParameterSpec::integer("simulations", 100, 100000, "1000", "paths simulated for the non-linear models")};
}

Result<std::unique_ptr<SeriesModel>> MstlRecipe::fitSeries(const TimeSeries& series, const ForecastSpec& spec) const
{
    auto model = std::make_unique<MstlSeriesModel>();
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
    for (int p : periods) model->periods.push_back(uint32_t(p));
    const std::vector<double> y = historyForFitting(series.values, spec.effectiveSeason());
    const std::vector<double> adjusted = seasonallyAdjusted(y, mstl(y, periods));
    ets::EtsSelection selection; // seasons are MSTL's job: m = 1 leaves ETS non-seasonal
    model->adjustedFit = ets::selectEts(adjusted, 1, selection);
    return std::unique_ptr<SeriesModel>(std::move(model));
}

Result<SeriesForecast> MstlRecipe::forecastFromModel(const SeriesModel& stored, const TimeSeries& series,
                                                     const ForecastSpec& spec) const
{
    auto typed = modelAs<MstlSeriesModel>(stored, name());
    if (!typed.isOk()) return typed.status();
    const MstlSeriesModel& model = **typed;
    if (!model.adjustedFit) return NaiveRecipe().forecastSeries(series, spec);
    const std::vector<double> y = historyForFitting(series.values, spec.effectiveSeason());
    const MstlResult decomposition = mstl(y, periodsOf(model.periods));
    ets::EtsFit fit = *model.adjustedFit;
    if (!ets::refilterEts(fit, seasonallyAdjusted(y, decomposition))) return NaiveRecipe().forecastSeries(series, spec);
    SeriesForecast out = ets::forecastFromEtsFit(fit, spec, spec.seed ^ std::hash<std::string>{}(series.itemId));
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

Result<std::unique_ptr<SeriesModel>> MstlRecipe::readSeriesModel(ByteReader& in) const
{
    auto model = std::make_unique<MstlSeriesModel>();
    model->periods = in.u32s();
    if (in.boolean()) model->adjustedFit = ets::readEtsFit(in);
    ALMANAC_RETURN_IF_ERROR(in.status("mstl"));
    return std::unique_ptr<SeriesModel>(std::move(model));
}

} // namespace almanac
