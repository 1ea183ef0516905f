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
