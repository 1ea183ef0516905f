#include "project/PredictorWorkflow.h"

#include "data/ItemMetadata.h"
#include "data/RelatedSeries.h"
#include "forecast/ColdStartForecast.h"
#include "data/SeriesPreparation.h"
#include "forecast/MetricsReport.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstring>
#include <iomanip>
#include <optional>
#include <sstream>

namespace almanac {

namespace {

struct PreparedData {
    DatasetInfo info;
    SeriesSet series;
    LoadedDataset target;
    std::optional<LoadedDataset> related, items;
    std::vector<std::string> notes;
};

Result<PreparedData> prepareStored(ProjectFile& project, const std::string& dataset, const std::string& relatedDataset,
                                   const std::string& itemsDataset, const RelatedPreparationOptions& relatedOptions,
                                   int horizon, const JobContext& job)
{
    PreparedData out;
    auto info = project.dataset(dataset);
    if (!info.isOk()) return info.status();
    if (info->type != DatasetType::Target)
        return Status::invalidInput("dataset '" + dataset + "' is a " + datasetTypeName(info->type)
                                    + " dataset; predictors are trained on a target time series dataset");
    out.info = *info;
    auto target = project.loadDataset(dataset, job.subRange(0.0, 0.6));
    if (!target.isOk()) return target.status();
    out.target = std::move(*target);
    PreparationOptions preparation = preparationFromSettings(info->preparation);
    if (!preparation.frequency) preparation.frequency = Frequency::parse(info->frequency);
    auto series = prepareTargetSeries(out.target, preparation, job.subRange(0.6, 0.9));
    if (!series.isOk()) return series.status();
    out.series = std::move(*series);
    if (!relatedDataset.empty()) {
        auto related = project.loadDataset(relatedDataset, job.subRange(0.9, 1.0));
        if (!related.isOk()) return related.status();
        out.related = std::move(*related);
        ALMANAC_RETURN_IF_ERROR(attachRelatedSeries(*out.related, out.series, horizon, relatedOptions, &out.notes));
    }
    if (!itemsDataset.empty()) {
        auto items = project.loadDataset(itemsDataset);
        if (!items.isOk()) return items.status();
        if (items->schema.type != DatasetType::Items)
            return Status::invalidInput("dataset '" + itemsDataset + "' is a " + datasetTypeName(items->schema.type)
                                        + " dataset, not item metadata");
        out.items = std::move(*items);
        ALMANAC_RETURN_IF_ERROR(attachItemMetadata(*out.items, out.series, &out.notes));
    }
    return out;
}

nlohmann::json settingsOf(const TrainPredictorRequest& r)
{
    return {{"dataset", r.dataset},
            {"related_dataset", r.relatedDataset},
            {"related_columns", r.relatedColumns},
            {"historical_columns", r.historicalColumns},
            {"items_dataset", r.itemsDataset},
            {"recipe", r.recipe},
            {"horizon", r.spec.horizon},
            {"quantiles", r.spec.quantiles},
            {"season", r.spec.season},
            {"seed", r.spec.seed},
            {"parameters", r.spec.parameters},
            {"backtest_windows", r.backtest.windows},
            {"backtest_offset", r.backtest.offset},
            {"auto_mode", autoModeName(r.autoMode)},
            {"time_budget", r.timeBudgetSeconds},
            {"calibrate", r.calibrate},
            {"never_calibrate", r.neverCalibrate}};
}

uint64_t fnv(uint64_t h, const void* data, size_t n)
{
    const auto* b = static_cast<const uint8_t*>(data);
    for (size_t i = 0; i < n; ++i) h = (h ^ b[i]) * 1099511628211ull;
    return h;
}

} // namespace

std::string seriesFingerprint(const SeriesSet& data)
{
    uint64_t h = 14695981039346656037ull;
    for (const TimeSeries& s : data.series) {
        h = fnv(h, s.itemId.data(), s.itemId.size() + 1);
        for (const std::string& d : s.dimensions) h = fnv(h, d.data(), d.size() + 1);
        h = fnv(h, &s.firstPeriod, sizeof s.firstPeriod);
        h = fnv(h, s.values.data(), s.values.size() * sizeof(double));
        for (const auto& f : s.features) h = fnv(h, f.data(), f.size() * sizeof(double));
        for (const auto& f : s.pastFeatures) h = fnv(h, f.data(), f.size() * sizeof(double));
    }
    std::ostringstream out;
    out << "fnv1a64:" << std::hex << std::setw(16) << std::setfill('0') << h;
    return out.str();
}

Result<TrainedPredictor> trainPredictor(ProjectFile& project, const TrainPredictorRequest& request, const JobContext& job)
{
    const auto started = std::chrono::steady_clock::now();
    job.report(0.0, "reading");
    RelatedPreparationOptions relatedOptions;
    relatedOptions.columns = request.relatedColumns;
    relatedOptions.historicalColumns = request.historicalColumns;
    auto data = prepareStored(project, request.dataset, request.relatedDataset, request.itemsDataset, relatedOptions,
                              request.spec.horizon, job.subRange(0.0, 0.1));
    if (!data.isOk()) return data.status();
    ForecastInputs inputs;
    inputs.target = &data->target;
    inputs.related = data->related ? &*data->related : nullptr;
    inputs.items = data->items ? &*data->items : nullptr;
    inputs.relatedPreparation = relatedOptions;
    inputs.preparation = preparationFromSettings(data->info.preparation);
    if (!inputs.preparation.frequency) inputs.preparation.frequency = Frequency::parse(data->info.frequency);
    inputs.evaluate = true; // the predictor keeps its backtest metrics as the monitoring baseline
    inputs.calibrate = request.calibrate;
    inputs.neverCalibrate = request.neverCalibrate;
    inputs.backtest = request.backtest;
    inputs.autoMode = request.autoMode;
    inputs.timeBudgetSeconds = request.timeBudgetSeconds;
    auto run = runForecast(inputs, request.spec, request.recipe, job.subRange(0.1, 0.97));
    if (!run.isOk()) return run.status();
    if (job.isCancelled()) return Status::cancelled();
    if (!run->predictor) return Status::internal("the run kept no predictor");

    TrainedPredictor out;
    StoredModel& m = out.stored;
    if (request.name.empty()) {
        auto name = project.unusedName(request.dataset + "-" + run->recipe);
        if (!name.isOk()) return name.status();
        m.name = *name;
    } else {
        m.name = request.name;
    }
    m.kind = kPredictorKind;
    m.recipe = run->recipe;
    m.settingsJson = settingsOf(request).dump();
    m.datasets["target"] = request.dataset;
    if (!request.relatedDataset.empty()) m.datasets["related"] = request.relatedDataset;
    if (!request.itemsDataset.empty()) m.datasets["items"] = request.itemsDataset;
    m.fingerprint = seriesFingerprint(run->series);
    int64_t first = run->series.endPeriod;
    for (const TimeSeries& s : run->series.series) first = std::min(first, s.firstPeriod);
    m.trainingStart = run->series.frequency.periodStart(first);
    m.trainingEnd = run->series.frequency.periodStart(run->series.endPeriod - 1);
    if (!run->leaderboard.empty()) m.metricsJson = metricsJson(*run, run->backtest);
    m.trainingSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    m.formatVersion = Predictor::kFormatVersion;
    job.report(0.97, "storing");
    m.state = run->predictor->toBytes();
    {
        auto tx = project.transaction();
        ALMANAC_RETURN_IF_ERROR(tx->beginStatus());
        ALMANAC_RETURN_IF_ERROR(request.replace ? project.replaceModel(m) : project.addModel(m));
        if (request.storeForecast) {
            auto name = project.unusedName(request.forecastName.empty() ? m.name + "-forecast" : request.forecastName);
            if (!name.isOk()) return name.status();
            out.forecastName = *name;
            StoredForecast meta{out.forecastName, request.dataset, run->recipe, run->spec, {}};
            meta.evaluationJson = m.metricsJson;
            ALMANAC_RETURN_IF_ERROR(project.addForecast(meta, run->series, run->forecasts));
            ALMANAC_RETURN_IF_ERROR(project.linkForecastToModel(m.name, out.forecastName,
                                                                run->series.frequency.periodStart(run->series.endPeriod)));
        }
        ALMANAC_RETURN_IF_ERROR(project.recordJob(request.replace ? "retrain" : "train", m.name, "ok"));
        ALMANAC_RETURN_IF_ERROR(tx->commit());
    }
    m.state.clear();
    out.run = std::move(*run);
    job.report(1.0, "done");
    return out;
}

Result<TrainPredictorRequest> trainingRequestOf(const StoredModel& model)
{
    const auto s = nlohmann::json::parse(model.settingsJson, nullptr, false);
    if (!s.is_object()) return Status::invalidInput("model '" + model.name + "': its stored settings are damaged");
    TrainPredictorRequest r;
    try {
        r.dataset = s.value("dataset", "");
        r.relatedDataset = s.value("related_dataset", "");
        r.relatedColumns = s.value("related_columns", std::vector<std::string>{});
        r.historicalColumns = s.value("historical_columns", std::vector<std::string>{});
        r.itemsDataset = s.value("items_dataset", "");
        r.recipe = s.value("recipe", "auto");
        r.spec.horizon = s.value("horizon", 1);
        r.spec.quantiles = s.value("quantiles", std::vector<double>{0.1, 0.5, 0.9});
        r.spec.season = s.value("season", 0);
        r.spec.seed = s.value("seed", uint64_t(42));
        r.spec.parameters = s.value("parameters", std::map<std::string, std::string>{});
        r.backtest.windows = s.value("backtest_windows", 0);
        r.backtest.offset = s.value("backtest_offset", 0);
        r.autoMode = autoModeFromName(s.value("auto_mode", "best")).value_or(AutoMode::Best);
        r.timeBudgetSeconds = s.value("time_budget", 0.0);
        r.calibrate = s.value("calibrate", false);
        r.neverCalibrate = s.value("never_calibrate", false);
    } catch (const nlohmann::json::exception&) {
        return Status::invalidInput("model '" + model.name + "': its stored settings are damaged");
    }
    return r;
}

Result<PredictorLoaded> loadPredictor(ProjectFile& project, const std::string& name)
{
    auto stored = project.model(name);
    if (!stored.isOk()) return stored.status();
    if (stored->kind != kPredictorKind)
        return Status::invalidInput("model '" + name + "' is a " + stored->kind + ", not a predictor");
    auto predictor = Predictor::fromBytes(stored->state);
    if (!predictor.isOk()) return Status(Status::invalidInput("model '" + name + "': " + predictor.status().message()));
    auto request = trainingRequestOf(*stored);
    if (!request.isOk()) return request.status();
    stored->state.clear();
    return PredictorLoaded{std::move(*stored), std::move(*predictor), std::move(*request)};
}

Result<PredictorForecast> forecastFromPredictor(ProjectFile& project, const PredictorForecastRequest& request,
                                                const JobContext& job)
{
    job.report(0.0, "loading the predictor");
    auto loaded = loadPredictor(project, request.predictor);
    if (!loaded.isOk()) return loaded.status();
    const Predictor& predictor = loaded->predictor;
    const std::string dataset = request.dataset.empty() ? loaded->request.dataset : request.dataset;
    const std::string related = request.relatedDataset.empty() ? loaded->request.relatedDataset : request.relatedDataset;
    RelatedPreparationOptions relatedOptions;
    relatedOptions.columns = loaded->request.relatedColumns;
    relatedOptions.historicalColumns = loaded->request.historicalColumns;
    auto data = prepareStored(project, dataset, related, loaded->request.itemsDataset, relatedOptions, predictor.spec.horizon,
                              job.subRange(0.0, 0.3));
    if (!data.isOk()) return data.status();
    // The alignment (W-FRI, Q-END) only dates the periods and follows the data: a predictor stored
    // before alignments existed says "W" for what the data now call "W-FRI".
    if (data->series.frequency.baseName() != predictor.spec.frequency.baseName())
        return Status::invalidInput("dataset '" + dataset + "' has frequency " + data->series.frequency.name()
                                    + "; predictor '" + request.predictor + "' was trained on " + predictor.spec.frequency.name());
    ALMANAC_RETURN_IF_ERROR(checkForecastFits(data->series, predictor.spec.horizon, predictor.spec.quantiles.size()));
    PredictorForecast out;
    std::vector<SeriesForecast> all;
    std::vector<size_t> unknown;
    ALMANAC_RETURN_IF_ERROR(predictor.forecast(data->series, all, unknown, request.threads, job.subRange(0.3, 0.95)));
    if (job.isCancelled()) return Status::cancelled();
    out.spec = predictor.spec;
    out.spec.frequency = data->series.frequency;
    out.series = data->series.withoutSeries();
    std::vector<bool> skip(data->series.series.size(), false);
    for (size_t d : unknown) {
        skip[d] = true;
        out.unknownItems.push_back(data->series.series[d].itemId);
    }
    for (size_t d = 0; d < data->series.series.size(); ++d)
        if (!skip[d]) {
            out.series.series.push_back(std::move(data->series.series[d]));
            out.forecasts.push_back(std::move(all[d]));
        }
    if (out.series.series.empty())
        return Status::invalidInput("predictor '" + request.predictor + "' knows none of the items of dataset '" + dataset + "'");
    out.series.coldItems = std::move(data->series.coldItems);
    ALMANAC_RETURN_IF_ERROR(appendColdItemForecasts(&predictor, predictor.label, out.series, out.forecasts, nullptr, out.notes,
                                                    request.threads, job.subRange(0.95, 0.95)));
    if (request.store) {
        job.report(0.95, "storing");
        auto name = project.unusedName(request.forecastName.empty() ? request.predictor + "-forecast" : request.forecastName);
        if (!name.isOk()) return name.status();
        if (!request.forecastName.empty() && *name != request.forecastName)
            return Status::invalidInput(project.path() + ": the name '" + request.forecastName + "' is taken");
        out.forecastName = *name;
        StoredForecast meta{out.forecastName, dataset, predictor.label, out.spec, {}};
        auto tx = project.transaction();
        ALMANAC_RETURN_IF_ERROR(tx->beginStatus());
        ALMANAC_RETURN_IF_ERROR(project.addForecast(meta, out.series, out.forecasts));
        ALMANAC_RETURN_IF_ERROR(project.linkForecastToModel(request.predictor, out.forecastName,
                                                            out.series.frequency.periodStart(out.series.endPeriod)));
        ALMANAC_RETURN_IF_ERROR(project.recordJob("forecast", out.forecastName + " from " + request.predictor, "ok"));
        ALMANAC_RETURN_IF_ERROR(tx->commit());
    }
    job.report(1.0, "done");
    return out;
}

Result<TrainedPredictor> retrainPredictor(ProjectFile& project, const std::string& name, const std::string& newName,
                                          int threads, const JobContext& job)
{
    auto stored = project.model(name);
    if (!stored.isOk()) return stored.status();
    if (stored->kind != kPredictorKind) return Status::invalidInput("model '" + name + "' is not a predictor");
    auto request = trainingRequestOf(*stored);
    if (!request.isOk()) return request.status();
    request->spec.threads = threads;
    request->name = newName.empty() ? name : newName;
    request->replace = newName.empty();
    return trainPredictor(project, *request, job);
}

} // namespace almanac
