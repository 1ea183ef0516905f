#include "forecast/ForecastRecipe.h"

#include "jobs/ParallelFor.h"

namespace almanac {

Status ForecastRecipe::forecastAll(const SeriesSet& data, const ForecastSpec& spec,
                                   std::vector<SeriesForecast>& out, const JobContext& job) const
{
    out.assign(data.series.size(), {});
    return parallelFor(
        data.series.size(), spec.threads,
        [&](size_t i) -> Status {
            auto forecast = forecastSeries(data.series[i], spec);
            if (!forecast.isOk())
                return Status(forecast.status().code() == Status::Code::Cancelled
                                  ? forecast.status()
                                  : Status::internal("item " + data.series[i].itemId + ": "
                                                     + forecast.status().message()));
            out[i] = std::move(*forecast);
            return Status::ok();
        },
        job, "forecasting with " + name());
}

Result<std::unique_ptr<SeriesModel>> ForecastRecipe::fitSeries(const TimeSeries&, const ForecastSpec&) const
{
    return std::unique_ptr<SeriesModel>(std::make_unique<RuleSeriesModel>());
}

Result<SeriesForecast> ForecastRecipe::forecastFromModel(const SeriesModel&, const TimeSeries& series,
                                                         const ForecastSpec& spec) const
{
    return forecastSeries(series, spec);
}

Result<std::unique_ptr<SeriesModel>> ForecastRecipe::readSeriesModel(ByteReader&) const
{
    return std::unique_ptr<SeriesModel>(std::make_unique<RuleSeriesModel>());
}

Result<std::unique_ptr<SeriesModel>> ForecastRecipe::refitSeries(const SeriesModel&, const TimeSeries& series,
                                                                  const ForecastSpec& spec) const
{
    return fitSeries(series, spec);
}

Result<std::unique_ptr<GlobalModel>> ForecastRecipe::fitGlobal(const SeriesSet&, const ForecastSpec&, const JobContext&) const
{
    return Status::unsupported(name() + " fits one model per series, not a global one");
}

Status ForecastRecipe::forecastFromGlobal(const GlobalModel&, const SeriesSet&, const ForecastSpec&,
                                          std::vector<SeriesForecast>&, const JobContext&) const
{
    return Status::unsupported(name() + " has no global model");
}

Result<std::unique_ptr<GlobalModel>> ForecastRecipe::readGlobalModel(ByteReader&) const
{
    return Status::unsupported(name() + " has no global model");
}

Status GlobalForecastRecipe::forecastAll(const SeriesSet& data, const ForecastSpec& spec, std::vector<SeriesForecast>& out,
                                         const JobContext& job) const
{
    auto model = fitGlobal(data, spec, job.subRange(0.0, 0.9));
    if (!model.isOk()) return model.status();
    return forecastFromGlobal(**model, data, spec, out, job.subRange(0.9, 1.0));
}

Result<SeriesForecast> GlobalForecastRecipe::forecastSeries(const TimeSeries& series, const ForecastSpec& spec) const
{
    SeriesSet one;
    one.frequency = spec.frequency;
    one.series.push_back(series);
    one.endPeriod = series.endPeriod();
    one.featureNames.resize(series.features.size());
    for (size_t f = 0; f < series.features.size(); ++f) one.featureNames[f] = "related_" + std::to_string(f + 1);
    one.pastFeatureNames.resize(series.pastFeatures.size());
    for (size_t f = 0; f < series.pastFeatures.size(); ++f) one.pastFeatureNames[f] = "past_" + std::to_string(f + 1);
    std::vector<SeriesForecast> out;
    ALMANAC_RETURN_IF_ERROR(forecastAll(one, spec, out, {}));
    return std::move(out.front());
}

Result<std::unique_ptr<SeriesModel>> GlobalForecastRecipe::fitSeries(const TimeSeries&, const ForecastSpec&) const
{
    return Status::internal(name() + " is global: it fits all series at once");
}

Result<SeriesForecast> ForecastRecipe::fitAndForecast(const TimeSeries& series, const ForecastSpec& spec) const
{
    auto model = fitSeries(series, spec);
    if (!model.isOk()) return model.status();
    return forecastFromModel(**model, series, spec);
}

std::vector<ParameterSpec> commonForecastParameters()
{
    return {};
}

} // namespace almanac
