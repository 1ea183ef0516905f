#include "project/RecommenderWorkflow.h"

#include "recommend/RankingReport.h"
#include "recommend/RecommendRecipes.h"
#include "project/PredictorWorkflow.h"
#include "project/TrainedModels.h"

#include <nlohmann/json.hpp>

#include <chrono>

namespace almanac {

namespace {

constexpr uint32_t kMagic = 0x52454344; // "RECD"
constexpr uint32_t kFormatVersion = 1;

nlohmann::json settingsOf(const TrainRecommenderRequest& r)
{
    return {{"interactions", r.interactionsDataset},
            {"items", r.itemsDataset},
            {"recipe", r.recipe},
            {"parameters", r.spec.parameters},
            {"seed", r.spec.seed},
            {"event_types", r.filter.eventTypes},
            {"min_event_value", r.filter.minEventValue},
            {"event_weights", r.filter.eventWeights},
            {"objective", r.tuning.objective},
            {"time_budget", r.tuning.timeBudgetSeconds},
            {"time_budget_chosen", r.tuning.budgetChosen}};
}

Result<TrainRecommenderRequest> requestOf(const StoredModel& m)
{
    const auto s = nlohmann::json::parse(m.settingsJson, nullptr, false);
    if (!s.is_object()) return Status::invalidInput("model '" + m.name + "': its stored settings are damaged");
    TrainRecommenderRequest r;
    try {
        r.interactionsDataset = s.value("interactions", "");
        r.itemsDataset = s.value("items", "");
        r.recipe = s.value("recipe", "auto");
        r.spec.parameters = s.value("parameters", std::map<std::string, std::string>{});
        r.spec.seed = s.value("seed", uint64_t(42));
        r.filter.eventTypes = s.value("event_types", std::vector<std::string>{});
        r.filter.minEventValue = s.value("min_event_value", -1e300);
        r.filter.eventWeights = s.value("event_weights", std::map<std::string, double>{});
        r.tuning.objective = s.value("objective", std::string("ndcg@10"));
        // Requests stored before the default budget had none unless one was chosen.
        r.tuning.timeBudgetSeconds = s.value("time_budget", 0.0);
        r.tuning.budgetChosen = s.value("time_budget_chosen", r.tuning.timeBudgetSeconds > 0);
    } catch (const nlohmann::json::exception&) {
        return Status::invalidInput("model '" + m.name + "': its stored settings are damaged");
    }
    r.name = m.name;
    return r;
}

} // namespace

std::vector<uint8_t> recommenderBytes(const TrainedModel& model)
{
    ByteWriter w;
    w.u32(kMagic);
    w.u32(kFormatVersion);
    w.text(model.recipe->name());
    w.textMap(model.spec.parameters);
    w.u64(model.spec.seed);
    model.data->write(w);
    model.recipe->writeState(w);
    return w.take();
}

Result<TrainedModel> recommenderFromBytes(const std::vector<uint8_t>& bytes)
{
    ByteReader r(bytes);
    ALMANAC_RETURN_IF_ERROR(r.header(kMagic, kFormatVersion, "recommender"));
    TrainedModel model;
    const std::string recipe = r.text();
    model.spec.parameters = r.textMap();
    model.spec.seed = r.u64();
    ALMANAC_RETURN_IF_ERROR(r.status("recommender"));
    model.recipe = recommendRecipes().create(recipe);
    if (!model.recipe) return Status::invalidInput("the recommender uses recipe '" + recipe + "', which this program does not know");
    auto data = InteractionData::read(r);
    if (!data.isOk()) return data.status();
    model.data = std::make_shared<const InteractionData>(std::move(*data));
    ALMANAC_RETURN_IF_ERROR(model.recipe->readState(r, *model.data));
    if (!r.atEnd()) return Status::invalidInput("recommender: the stored model has trailing bytes");
    return model;
}

Result<StoredModel> trainStoredRecommender(ProjectFile& project, const TrainRecommenderRequest& request, const JobContext& job)
{
    const auto started = std::chrono::steady_clock::now();
    auto info = project.dataset(request.interactionsDataset);
    if (!info.isOk()) return info.status();
    if (info->type != DatasetType::Interactions)
        return Status::invalidInput("dataset '" + request.interactionsDataset + "' is not an interactions dataset");
    auto interactions = project.loadDataset(request.interactionsDataset, job.subRange(0, 0.05));
    if (!interactions.isOk()) return interactions.status();
    std::optional<LoadedDataset> items;
    if (!request.itemsDataset.empty()) {
        auto loaded = project.loadDataset(request.itemsDataset, job.subRange(0.05, 0.1));
        if (!loaded.isOk()) return loaded.status();
        items = std::move(*loaded);
    }
    RecommenderTrainingInput input;
    input.interactions = &*interactions;
    input.items = items ? &*items : nullptr;
    input.filter = request.filter;
    input.spec = request.spec;
    input.recipe = request.recipe;
    input.evaluate = request.evaluate;
    input.tuning = request.tuning;
    auto model = trainRecommender(input, job.subRange(0.1, 0.95));
    if (!model.isOk()) return model.status();
    if (job.isCancelled()) return Status::cancelled();

    StoredModel m;
    auto name = trainedModelName(project, request.name, request.interactionsDataset + "-" + model->recipe->name());
    if (!name.isOk()) return name.status();
    m.name = *name;
    m.kind = kRecommenderKind;
    m.recipe = model->label();
    m.settingsJson = settingsOf(request).dump();
    m.datasets["interactions"] = request.interactionsDataset;
    if (!request.itemsDataset.empty()) m.datasets["items"] = request.itemsDataset;
    m.fingerprint = "rows:" + std::to_string(info->rows) + ",users:" + std::to_string(model->data->userCount())
                    + ",items:" + std::to_string(model->data->itemCount());
    m.trainingStart = info->timeMin;
    m.trainingEnd = info->timeMax;
    if (!model->trials.empty()) m.metricsJson = rankingMetricsJson(model->trials);
    m.trainingSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    m.formatVersion = kFormatVersion;
    m.state = recommenderBytes(*model);
    ALMANAC_RETURN_IF_ERROR(keepTrainedModel(project, m, request.replace));
    m.state.clear();
    return m;
}

Result<LoadedRecommender> loadStoredRecommender(ProjectFile& project, const std::string& name)
{
    auto stored = storedModelOfKind(project, name, kRecommenderKind, "recommender");
    if (!stored.isOk()) return stored.status();
    auto model = recommenderFromBytes(stored->state);
    if (!model.isOk()) return Status(Status::invalidInput("model '" + name + "': " + model.status().message()));
    auto request = requestOf(*stored);
    if (!request.isOk()) return request.status();
    stored->state.clear();
    return LoadedRecommender{std::move(*stored), std::move(*request), std::move(*model)};
}

Result<std::string> retrainRecommender(ProjectFile& project, const std::string& name, const std::string& newName, int threads,
                                       const JobContext& job)
{
    auto stored = storedModelOfKind(project, name, kRecommenderKind, "recommender");
    if (!stored.isOk()) return stored.status();
    auto request = requestOf(*stored);
    if (!request.isOk()) return request.status();
    request->spec.threads = threads;
    request->name = newName.empty() ? name : newName;
    request->replace = newName.empty();
    auto trained = trainStoredRecommender(project, *request, job);
    if (!trained.isOk()) return trained.status();
    return trained->name;
}

} // namespace almanac
