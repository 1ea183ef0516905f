#include "project/ProjectForecasting.h"

#include "data/SeriesPreparation.h"
#include "forecast/MetricsReport.h"

#include <optional>

namespace almanac {

Result<ProjectForecastResult> forecastProjectDataset(ProjectFile& project, const ProjectForecastRequest& request,
                                                     const JobContext& job)
{
    auto info = project.dataset(request.dataset);
    if (!info.isOk()) return info.status();
    if (info->type != DatasetType::Target)
        return Status::invalidInput("dataset '" + request.dataset + "' is a " + datasetTypeName(info->type)
                                    + " dataset; forecasts are made from a target time series dataset");
    job.report(0.0, "reading");
    auto target = project.loadDataset(request.dataset, job.subRange(0.0, 0.05));
    if (!target.isOk()) return target.status();
    std::optional<LoadedDataset> related;
    if (!request.relatedDataset.empty()) {
        auto loaded = project.loadDataset(request.relatedDataset, job.subRange(0.05, 0.1));
        if (!loaded.isOk()) return loaded.status();
        related = std::move(*loaded);
    }
    ForecastInputs inputs;
    inputs.target = &*target;
    inputs.related = related ? &*related : nullptr;
    inputs.relatedPreparation.columns = request.relatedColumns;
    inputs.relatedPreparation.historicalColumns = request.historicalColumns;
    inputs.preparation = preparationFromSettings(info->preparation);
    if (!inputs.preparation.frequency) inputs.preparation.frequency = Frequency::parse(info->frequency);
    inputs.evaluate = true; // the metrics are stored with the forecast
    inputs.calibrate = true; // and the backtest already run calibrates the intervals
    inputs.backtest = request.backtest;
    inputs.autoMode = request.autoMode;
    inputs.timeBudgetSeconds = request.timeBudgetSeconds;
    auto run = runForecast(inputs, request.spec, request.recipe, job.subRange(0.1, 0.97));
    if (!run.isOk()) return run.status();
    if (job.isCancelled()) return Status::cancelled();

    ProjectForecastResult result;
    result.forecastName = request.forecastName;
    if (result.forecastName.empty()) {
        auto names = project.forecastNames();
        if (!names.isOk()) return names.status();
        result.forecastName = request.dataset + "-" + run->recipe + "-" + std::to_string(names->size() + 1);
    }
    if (!request.store) {
        result.forecastName.clear();
        result.run = std::move(*run);
        job.report(1.0, "done");
        return result;
    }
    job.report(0.97, "storing");
    StoredForecast meta{result.forecastName, request.dataset, run->recipe, run->spec, {}};
    if (!run->leaderboard.empty()) meta.evaluationJson = metricsJson(*run, run->backtest);
    ALMANAC_RETURN_IF_ERROR(project.addForecast(meta, run->series, run->forecasts));
    ALMANAC_RETURN_IF_ERROR(project.recordJob("forecast", result.forecastName, "ok"));
    result.run = std::move(*run);
    job.report(1.0, "done");
    return result;
}

} // namespace almanac
