#include "project/RatingModelWorkflow.h"

#include "project/TrainedModels.h"

#include <nlohmann/json.hpp>

#include <chrono>

namespace almanac {

namespace {

nlohmann::json settingsOf(const TrainRatingModelRequest& r)
{
    return {{"dataset", r.dataset}, {"recipe", r.recipe}, {"parameters", r.spec.parameters}, {"seed", r.spec.seed}};
}

Result<TrainRatingModelRequest> requestOf(const StoredModel& m)
{
    const auto s = nlohmann::json::parse(m.settingsJson, nullptr, false);
    if (!s.is_object()) return Status::invalidInput("model '" + m.name + "': its stored settings are damaged");
    TrainRatingModelRequest r;
    try {
        r.dataset = s.value("dataset", "");
        r.recipe = s.value("recipe", std::string(kDefaultRatingRecipe));
        r.spec.parameters = s.value("parameters", std::map<std::string, std::string>{});
        r.spec.seed = s.value("seed", uint64_t(42));
    } catch (const nlohmann::json::exception&) {
        return Status::invalidInput("model '" + m.name + "': its stored settings are damaged");
    }
    r.name = m.name;
    return r;
}

} // namespace

Result<StoredModel> trainStoredRatingModel(ProjectFile& project, const TrainRatingModelRequest& request, const JobContext& job)
{
    const auto started = std::chrono::steady_clock::now();
    auto info = project.dataset(request.dataset);
    if (!info.isOk()) return info.status();
    if (info->type != DatasetType::Interactions)
        return Status::invalidInput("dataset '" + request.dataset + "' is not an interactions dataset (rating recipes read its EVENT_VALUE)");
    auto dataset = project.loadDataset(request.dataset, job.subRange(0, 0.05));
    if (!dataset.isOk()) return dataset.status();
    auto ratings = RatingData::fromDataset(*dataset);
    if (!ratings.isOk()) return ratings.status();

    std::string metrics;
    double fitFrom = 0.05;
    if (request.evaluate) {
        auto holdout = evaluateRatingHoldout(*ratings, request.recipe, request.spec, job.subRange(0.05, 0.5));
        if (!holdout.isOk()) return holdout.status();
        // The shape project info reads for every model: the figures under "holdout".
        metrics = nlohmann::json{{"recipe", request.recipe},
                                 {"holdout", {{"scheme", "a random tenth of the ratings"},
                                              {"ratings", holdout->ratings},
                                              {"RMSE", holdout->rmse},
                                              {"MAE", holdout->mae}}}}
                      .dump();
        fitFrom = 0.5;
    }
    auto model = trainRatingModel(*ratings, request.recipe, request.spec, job.subRange(fitFrom, 0.98));
    if (!model.isOk()) return model.status();
    if (job.isCancelled()) return Status::cancelled();

    StoredModel m;
    auto name = trainedModelName(project, request.name, request.dataset + "-" + model->recipe->name());
    if (!name.isOk()) return name.status();
    m.name = *name;
    m.kind = kRatingModelKind;
    m.recipe = model->label();
    m.settingsJson = settingsOf(request).dump();
    m.datasets["interactions"] = request.dataset;
    m.fingerprint = "rows:" + std::to_string(info->rows) + ",ratings:" + std::to_string(ratings->ratings.size())
                    + ",users:" + std::to_string(ratings->userCount()) + ",items:" + std::to_string(ratings->itemCount());
    m.trainingStart = info->timeMin;
    m.trainingEnd = info->timeMax;
    m.metricsJson = metrics;
    m.trainingSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    m.formatVersion = 1;
    m.state = ratingModelBytes(*model);
    ALMANAC_RETURN_IF_ERROR(keepTrainedModel(project, m, request.replace));
    m.state.clear();
    return m;
}

Result<LoadedRatingModel> loadStoredRatingModel(ProjectFile& project, const std::string& name)
{
    auto stored = storedModelOfKind(project, name, kRatingModelKind, "rating model");
    if (!stored.isOk()) return stored.status();
    auto model = ratingModelFromBytes(stored->state);
    if (!model.isOk()) return Status(Status::invalidInput("model '" + name + "': " + model.status().message()));
    auto request = requestOf(*stored);
    if (!request.isOk()) return request.status();
    stored->state.clear();
    return LoadedRatingModel{std::move(*stored), std::move(*request), std::move(*model)};
}

Result<std::string> retrainRatingModel(ProjectFile& project, const std::string& name, const std::string& newName, int threads,
                                       const JobContext& job)
{
    auto stored = storedModelOfKind(project, name, kRatingModelKind, "rating model");
    if (!stored.isOk()) return stored.status();
    auto request = requestOf(*stored);
    if (!request.isOk()) return request.status();
    request->spec.threads = threads;
    request->name = newName.empty() ? name : newName;
    request->replace = newName.empty();
    auto trained = trainStoredRatingModel(project, *request, job);
    if (!trained.isOk()) return trained.status();
    return trained->name;
}

} // namespace almanac
