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

} // namespace almanac
