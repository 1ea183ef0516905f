#include "project/PredictorMonitoring.h"

#include "data/SeriesPreparation.h"
#include "forecast/AccuracyMetrics.h"
#include "forecast/MetricsReport.h"
#include "project/PredictorWorkflow.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>

namespace almanac {

namespace {

struct Scored {
    AccuracyMetrics metrics;
    size_t items = 0;
};

// The forecast against the series' actuals from the forecast's origin on; MASE scaled by each
// item's history before the origin.
Scored score(const LoadedForecast& forecast, const SeriesSet& actuals, int season)
{
    std::map<std::pair<std::string, std::vector<std::string>>, const TimeSeries*> byKey;
    for (const TimeSeries& s : actuals.series) byKey[{s.itemId, s.dimensions}] = &s;
    AccuracyAccumulator total(forecast.info.quantiles);
    Scored out;
    for (const StoredSeriesForecast& f : forecast.series) {
        const auto it = byKey.find({f.itemId, f.dimensions});
        if (it == byKey.end() || f.timestamps.empty()) continue;
        const TimeSeries& s = *it->second;
        const int64_t origin = actuals.frequency.periodIndex(f.timestamps.front());
        std::vector<double> history;
        for (int64_t p = s.firstPeriod; p < std::min(origin, s.endPeriod()); ++p) history.push_back(s.values[size_t(p - s.firstPeriod)]);
        const double scale = seasonalNaiveScale(history, season);
        AccuracyAccumulator item(forecast.info.quantiles);
        std::vector<double> q(forecast.info.quantiles.size());
        for (size_t h = 0; h < f.timestamps.size(); ++h) {
            const int64_t period = actuals.frequency.periodIndex(f.timestamps[h]);
            if (period < s.firstPeriod || period >= s.endPeriod()) continue;
            const double actual = s.values[size_t(period - s.firstPeriod)];
            if (std::isnan(actual)) continue;
            for (size_t k = 0; k < q.size(); ++k) q[k] = f.quantiles[k][h];
            item.add(actual, q, f.mean.empty() ? std::numeric_limits<double>::quiet_NaN() : f.mean[h], scale);
        }
        if (item.points() == 0) continue;
        item.endItem();
        total.merge(item);
        ++out.items;
    }
    out.metrics = total.finish();
    return out;
}

double meanWqlOf(const std::string& json, const char* where)
{
    const auto j = nlohmann::json::parse(json, nullptr, false);
    if (!j.is_object()) return std::numeric_limits<double>::quiet_NaN();
    const auto part = where ? j.value(where, nlohmann::json::object()) : j;
    const auto v = part.find("mean_wQL");
    return v != part.end() && v->is_number() ? v->get<double>() : std::numeric_limits<double>::quiet_NaN();
}

// A JSON object's numeric members (nested ones and non-numbers left out).
std::map<std::string, double> numbersOf(const nlohmann::json& j)
{
    std::map<std::string, double> out;
    if (!j.is_object()) return out;
    for (auto it = j.begin(); it != j.end(); ++it)
        if (it.value().is_number()) out[it.key()] = it.value().get<double>();
    return out;
}

double driftRatioOf(const std::string& baselineMetricsJson, const std::vector<ModelEvaluation>& evaluations)
{
    const double baseline = meanWqlOf(baselineMetricsJson, "overall");
    const double latest = evaluations.empty() ? std::numeric_limits<double>::quiet_NaN()
                                              : meanWqlOf(evaluations.back().metricsJson, nullptr);
    return baseline > 0 ? latest / baseline : std::numeric_limits<double>::quiet_NaN();
}

} // namespace

Result<MonitoringHistory> monitoringHistory(ProjectFile& project, const StoredModel& predictor)
{
    if (predictor.kind != kPredictorKind) return Status::invalidInput("model '" + predictor.name + "' is not a predictor");
    auto evaluations = project.modelEvaluations(predictor.name);
    if (!evaluations.isOk()) return evaluations.status();
    auto jobs = project.jobs(1000);
    if (!jobs.isOk()) return jobs.status();
    MonitoringHistory out;
    const auto metrics = nlohmann::json::parse(predictor.metricsJson, nullptr, false);
    if (metrics.is_object()) out.baseline = numbersOf(metrics.value("overall", nlohmann::json::object()));
    for (const ModelEvaluation& e : *evaluations)
        out.points.push_back({e.forecastName, e.origin, e.evaluatedAt, numbersOf(nlohmann::json::parse(e.metricsJson, nullptr, false))});
    for (const JobRecord& j : *jobs)
        if (j.kind == "retrain" && j.detail == predictor.name) out.retrainedAt.push_back(j.finishedAt);
    out.driftRatio = driftRatioOf(predictor.metricsJson, *evaluations);
    return out;
}

Result<int> evaluatePredictor(ProjectFile& project, const std::string& predictor, const JobContext& job)
{
    auto loaded = loadPredictor(project, predictor);
    if (!loaded.isOk()) return loaded.status();
    auto links = project.modelForecasts(predictor);
    if (!links.isOk()) return links.status();
    if (links->empty()) return 0;
    auto info = project.dataset(loaded->request.dataset);
    if (!info.isOk()) return info.status();
    auto rows = project.loadDataset(loaded->request.dataset, job);
    if (!rows.isOk()) return rows.status();
    PreparationOptions preparation = preparationFromSettings(info->preparation);
    if (!preparation.frequency) preparation.frequency = Frequency::parse(info->frequency);
    auto actuals = prepareTargetSeries(*rows, preparation, job);
    if (!actuals.isOk()) return actuals.status();
    auto previous = project.modelEvaluations(predictor);
    if (!previous.isOk()) return previous.status();
    const int season = loaded->predictor.spec.effectiveSeason();
    int added = 0;
    auto tx = project.transaction();
    ALMANAC_RETURN_IF_ERROR(tx->beginStatus());
    for (const auto& [forecastName, origin] : *links) {
        auto forecast = project.loadForecast(forecastName);
        if (!forecast.isOk()) continue; // deleted since
        const Scored scored = score(*forecast, *actuals, season);
        if (scored.metrics.points == 0) continue;
        // A new evaluation only when new actuals arrived since the last one of this forecast.
        size_t lastPoints = 0;
        for (const ModelEvaluation& e : *previous)
            if (e.forecastName == forecastName) {
                const auto j = nlohmann::json::parse(e.metricsJson, nullptr, false);
                if (j.is_object()) lastPoints = j.value("points", size_t(0));
            }
        if (lastPoints == scored.metrics.points) continue;
        auto metrics = nlohmann::json::parse(accuracyJson(scored.metrics));
        metrics["items"] = scored.items;
        ModelEvaluation e;
        e.forecastName = forecastName;
        e.origin = origin;
        e.metricsJson = metrics.dump();
        ALMANAC_RETURN_IF_ERROR(project.addModelEvaluation(predictor, e));
        ++added;
    }
    ALMANAC_RETURN_IF_ERROR(tx->commit());
    return added;
}

Result<int> evaluatePredictorsOf(ProjectFile& project, const std::string& dataset, const JobContext& job)
{
    auto models = project.models();
    if (!models.isOk()) return models.status();
    int added = 0;
    for (const StoredModel& m : *models) {
        if (m.kind != kPredictorKind) continue;
        const auto it = m.datasets.find("target");
        if (it == m.datasets.end() || it->second != dataset) continue;
        auto n = evaluatePredictor(project, m.name, job);
        if (!n.isOk()) return n.status();
        added += *n;
    }
    return added;
}

Result<MonitoringReport> monitoringReport(ProjectFile& project, const std::string& predictor)
{
    auto stored = project.model(predictor);
    if (!stored.isOk()) return stored.status();
    if (stored->kind != kPredictorKind) return Status::invalidInput("model '" + predictor + "' is not a predictor");
    auto evaluations = project.modelEvaluations(predictor);
    if (!evaluations.isOk()) return evaluations.status();
    auto jobs = project.jobs(1000);
    if (!jobs.isOk()) return jobs.status();
    nlohmann::json out;
    out["predictor"] = predictor;
    out["recipe"] = stored->recipe;
    out["trained_at"] = stored->createdAt;
    const auto metrics = nlohmann::json::parse(stored->metricsJson, nullptr, false);
    out["baseline"] = metrics.is_object() ? metrics.value("overall", nlohmann::json::object()) : nlohmann::json::object();
    out["evaluations"] = nlohmann::json::array();
    for (const ModelEvaluation& e : *evaluations) {
        nlohmann::json row = {{"forecast", e.forecastName}, {"origin", e.origin}, {"evaluated_at", e.evaluatedAt}};
        row["metrics"] = nlohmann::json::parse(e.metricsJson, nullptr, false);
        out["evaluations"].push_back(std::move(row));
    }
    out["retrained_at"] = nlohmann::json::array();
    for (const JobRecord& j : *jobs)
        if (j.kind == "retrain" && j.detail == predictor) out["retrained_at"].push_back(j.finishedAt);
    MonitoringReport report;
    report.driftRatio = driftRatioOf(stored->metricsJson, *evaluations);
    out["drift_ratio"] = std::isfinite(report.driftRatio) ? nlohmann::json(report.driftRatio) : nlohmann::json(nullptr);
    report.json = out.dump(2) + "\n";
    return report;
}

} // namespace almanac
