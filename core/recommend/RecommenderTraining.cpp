#include "recommend/RecommenderTraining.h"

#include "recommend/RecommendRecipes.h"

#include <chrono>

namespace almanac {

namespace {

// The search's share of the progress unless the final fit is expected to be shorter. The final
// fit is one fit of the winner where the search fitted several settings on two holdouts, so it
// is rarely more than a tenth: with 0.8, a 600 s budget's search said 3:45 left at 70% where
// 1:50 were left (bench/recommend_scale.sh --large).
constexpr double kSearchShare = 0.9;

// Expensive recipes (the trained sequence model) take minutes where the rest take seconds, so
// auto tries them only when the analyst gave it a time budget to spend.
std::vector<std::string> autoCandidates(const TuningOptions& tuning)
{
    std::vector<std::string> out;
    for (const std::string& name : recommendRecipes().names())
        if (tuning.triesExpensiveRecipes() || recommendRecipes().create(name)->traits().cost != RecipeCost::Expensive)
            out.push_back(name);
    return out;
}

} // namespace

std::string TrainedModel::label() const
{
    RecommendTrial trial{recipe ? recipe->name() : std::string(), spec.parameters, {}};
    return trial.label();
}

Result<TrainedModel> trainRecommender(const RecommenderTrainingInput& input, const JobContext& job)
{
    if (!input.interactions) return Status::internal("trainRecommender: no interactions");
    const bool automatic = toLower(input.recipe) == kAutoRecommendRecipe;
    TrainedModel model;
    if (!automatic) {
        model.recipe = recommendRecipes().create(input.recipe);
        if (!model.recipe)
            return Status::invalidInput("unknown recommendation recipe '" + input.recipe + "' (known: auto, "
                                        + recommendRecipes().joinedNames() + ")");
    }
    // Parameters must be the recipe's own (for auto: some recipe's), and sound.
    if (!automatic) {
        ALMANAC_RETURN_IF_ERROR(validateParameters(model.recipe->name(), model.recipe->parameters(), input.spec.parameters,
                                                   model.recipe->traits().combinesRecipes ? std::vector<std::string>{"first", "second"}
                                                                                          : std::vector<std::string>{}));
    } else {
        std::vector<std::pair<std::string, std::vector<ParameterSpec>>> declared;
        for (const std::string& candidate : recommendRecipes().names())
            declared.emplace_back(candidate, recommendRecipes().create(candidate)->parameters());
        ALMANAC_RETURN_IF_ERROR(validateParametersForAny(declared, input.spec.parameters));
    }
    if (input.items) {
        // Catalogue items nobody has interacted with yet join the item codes, so that recipes can
        // score them (cold items): they get empty rows.
        const DataColumn* catalogue = input.items->table.columnWithRole(FieldRole::Item);
        const DataColumn* interacted = input.interactions->table.columnWithRole(FieldRole::Item);
        if (catalogue && interacted)
            for (size_t r = 0; r < input.items->table.rowCount; ++r) interacted->strings->intern(catalogue->text(r));
    }
    auto data = InteractionData::fromDataset(*input.interactions, input.filter);
    if (!data.isOk()) return data.status();
    auto shared = std::make_shared<const InteractionData>(std::move(*data));
    model.data = shared;
    model.spec = input.spec;
    model.spec.items = input.items;

    JobContext fitJob = job;
    if (automatic || input.evaluate) {
        // The latest origin (an earlier one made the choice worse on MovieLens), in two shapes for
        // auto: each user's latest 20% and their last item alone, since the protocol the choice
        // will be judged by is unknown and one shape alone favoured different recipes
        // (docs/benchmarks.md).
        std::vector<HoldoutSplit> splits;
        splits.push_back(splitMostRecent(*shared));
        if (automatic) {
            HoldoutOptions last;
            last.lastItems = 1;
            splits.push_back(splitMostRecent(*shared, last));
        }
        if (splits.front().test.empty())
            return Status::invalidInput(input.interactions->fileName + ": no user has enough interactions to evaluate");
        const std::vector<std::string> candidates =
            automatic ? autoCandidates(input.tuning) : std::vector<std::string>{model.recipe->name()};
        const auto searchStart = std::chrono::steady_clock::now();
        auto trials = evaluateRecommenders(splits, candidates, model.spec, automatic, job.subRange(0.0, kSearchShare), input.tuning);
        if (!trials.isOk()) return trials.status();
        const double searchSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - searchStart).count();
        model.trials = std::move(*trials);
        if (automatic) {
            model.recipe = recommendRecipes().create(model.trials.front().recipe);
            model.spec.parameters = model.trials.front().parameters;
        }
        // The fit's share as the winner's time on a split predicts it: a fixed share said minutes
        // left for a fit of seconds after a long search.
        fitJob = job.subRange(finalFitStart(searchSeconds, model.trials.front().secondsPerSplit, kSearchShare), 1.0);
    }
    ALMANAC_RETURN_IF_ERROR(model.recipe->fit(*shared, model.spec, fitJob));
    return model;
}

} // namespace almanac
