// almanac-cli recommend: top-N items per user from an interactions CSV (DESIGN §5).
#include "cli/CliCommand.h"
#include "cli/InputOptions.h"
#include "cli/InteractionInput.h"
#include "recommend/RecommendationFilter.h"
#include "cli/TerminalProgress.h"
#include "recommend/RecommenderTraining.h"
#include "recommend/RecommendExport.h"
#include "recommend/RecommendRecipes.h"
#include "recommend/RankingReport.h"
#include "project/RecommenderWorkflow.h"
#include "store/ProjectFile.h"
#include "util/NumberFormat.h"

#include <filesystem>

#include <algorithm>
#include <optional>

#include <iostream>

namespace almanac::cli {

namespace {

struct RecommendArgs {
    std::string interactions, items, users, recipe = "popularity", forUsers = "all", out, eventType, metrics;
    std::vector<std::string> parameters;
    std::string filter;
    std::vector<std::string> filterValues;
    std::string promotionFilter;            // a promotion's items
    std::vector<std::string> promotionValues;
    double promotionShare = -1;             // of each list; -1: not given
    double eventValueThreshold = -1e300;
    std::string eventWeights;
    std::string objective = "ndcg@10";
    std::string project;
    std::string recommender; // a trained recommender in --project: no refit
    double timeBudget = -1; // -1: the default
    int numResults = 25, threads = 0;
    uint64_t seed = 42;
    bool keepSeen = false;
    InputOptions input;
};

// The exploration a recommender serves with: its pool built where the recipe explores (its
// exploration_weight above 0), with a note of what it holds.
Exploration explorationFor(const RecommendRecipe& recipe, const std::map<std::string, std::string>& parameters,
                           const InteractionData& data, const LoadedDataset* items, std::optional<ExplorationPool>& pool)
{
    const ExplorationOptions options = explorationOptionsFor(recipe, parameters);
    if (!(options.weight > 0)) return {};
    pool = ExplorationPool::build(data, items, options.itemAgeCutOffDays);
    note("exploration: " + std::to_string(pool->size()) + " items to explore (created within "
         + formatNumber(options.itemAgeCutOffDays) + " days of the latest event, or without interactions)"
         + (pool->size() > 0 ? "; " + std::to_string(explorationSlots(options.weight, 10)) + " of every 10 slots go to them"
                             : std::string(items ? "" : "; give --items with CREATION_TIMESTAMP to say which items are new")));
    return {options.weight, &*pool};
}

// The promotion asked for: its filter parsed, its share checked (before any work).
Result<std::optional<RecommendationFilter>> parsePromotion(const RecommendArgs& args)
{
    if (args.promotionFilter.empty()) {
        if (args.promotionShare >= 0 || !args.promotionValues.empty())
            return Status::usage("--promotion-share and --promotion-values go with --promotion-filter");
        return std::optional<RecommendationFilter>();
    }
    if (!(args.promotionShare > 0 && args.promotionShare <= 1))
        return Status::usage("--promotion-filter needs --promotion-share, the share of each list it fills: above 0, at most 1");
    auto parsed = parseFilterOptions(args.promotionFilter, args.promotionValues);
    if (!parsed.isOk())
        return Status::invalidInput("--promotion-filter: " + parsed.status().message());
    return *parsed;
}

// A parsed promotion compiled against the data its filter reads.
Result<std::optional<FilterEvaluator>> compilePromotion(const std::optional<RecommendationFilter>& promotion, const InteractionData& data,
                                                        const LoadedDataset* items, const LoadedDataset* interactions)
{
    if (!promotion) return std::optional<FilterEvaluator>();
    auto created = FilterEvaluator::create(*promotion, data, items, interactions);
    if (!created.isOk()) return Status::invalidInput("--promotion-filter: " + created.status().message());
    return std::optional<FilterEvaluator>(std::move(*created));
}

// The user ids to serve: every user of the interactions, or those listed in a CSV's USER_ID column.
Result<std::vector<std::string>> usersToServe(const RecommendArgs& args, const InteractionData& data)
{
    std::vector<std::string> users;
    if (toLower(args.forUsers) == "all") {
        for (uint32_t u = 0; u < data.userCount(); ++u)
            if (data.itemsOf(u).size) users.push_back(data.userId(u));
        return users;
    }
    ImportOptions options;
    options.type = DatasetType::Users;
    auto list = loadDataset(args.forUsers, options);
    if (!list.isOk()) return list.status();
    const DataColumn* id = list->table.columnWithRole(FieldRole::User);
    for (size_t r = 0; r < list->table.rowCount; ++r) users.push_back(id->text(r));
    return users;
}

// --project: the datasets (when new) and the recommender's definition with its holdout metrics,
// as the workbench keeps them (it refits the recommender when the project is opened).
Status storeInProject(const RecommendArgs& args, const LoadedDataset& interactions, const LoadedDataset* items,
                      const TrainedModel& model)
{
    auto project = std::filesystem::exists(args.project) ? ProjectFile::open(args.project) : ProjectFile::create(args.project);
    if (!project.isOk()) return project.status();
    auto ensure = [&](const std::string& file, const LoadedDataset& data) -> Result<std::string> {
        const std::string name = std::filesystem::path(file).stem().string();
        if (!(*project)->dataset(name).isOk()) {
            auto stored = (*project)->addDataset(name, data, DatasetSettings{});
            if (!stored.isOk()) return stored.status();
        }
        return name;
    };
    StoredRecommender definition;
    auto interactionsName = ensure(args.interactions, interactions);
    if (!interactionsName.isOk()) return interactionsName.status();
    definition.interactionsDataset = *interactionsName;
    if (items) {
        auto itemsName = ensure(args.items, *items);
        if (!itemsName.isOk()) return itemsName.status();
        definition.itemsDataset = *itemsName;
    }
    definition.recipe = model.recipe->name();
    definition.parameters = model.spec.parameters;
    definition.eventTypes = splitList(args.eventType);
    definition.seed = args.seed;
    definition.metricsJson = rankingMetricsJson(model.trials);
    auto existing = (*project)->recommenders();
    if (!existing.isOk()) return existing.status();
    definition.name = definition.interactionsDataset + "-" + definition.recipe + "-" + std::to_string(existing->size() + 1);
    ALMANAC_RETURN_IF_ERROR((*project)->addRecommender(definition));
    return (*project)->recordJob("recommender", definition.name + " (" + model.label() + ")", "ok");
}

// recommend --project P --recommender NAME: from the stored recommender, without refitting.
Status runStoredRecommender(const RecommendArgs& args, const std::optional<RecommendationFilter>& recommendationFilter,
                            const std::optional<RecommendationFilter>& promotionFilter)
{
    auto opened = openStoredRecommender(args.project, args.recommender, args.interactions);
    if (!opened.isOk()) return opened.status();
    auto* project = &opened->project;
    auto* loaded = &opened->recommender;
    const InteractionData& data = *loaded->model.data;
    // Only what shapes the lists may differ from training (--param exploration_weight=0.1).
    auto given = parseFieldMap(args.parameters);
    if (!given.isOk()) return Status::invalidInput("--param expects name=value");
    auto servingSettings = servingParameters(*loaded->model.recipe, loaded->model.spec.parameters, *given);
    if (!servingSettings.isOk()) return servingSettings.status();
    const std::map<std::string, std::string>& serving = *servingSettings;
    std::optional<FilterEvaluator> evaluator;
    std::optional<LoadedDataset> items, interactions;
    const bool explores = explorationOptionsFor(*loaded->model.recipe, serving).weight > 0;
    // Filters and exploration read the item metadata as the project holds it now.
    const bool filters = recommendationFilter || promotionFilter;
    if ((filters || explores) && !loaded->request.itemsDataset.empty()) {
        auto read = (*project)->loadDataset(loaded->request.itemsDataset);
        if (!read.isOk()) return read.status();
        items = std::move(*read);
    }
    if (filters) {
        auto read = (*project)->loadDataset(loaded->request.interactionsDataset);
        if (!read.isOk()) return read.status();
        interactions = std::move(*read);
    }
    if (recommendationFilter) {
        auto created = FilterEvaluator::create(*recommendationFilter, data, items ? &*items : nullptr, &*interactions);
        if (!created.isOk()) return created.status();
        evaluator = std::move(*created);
    }
    auto promotion = compilePromotion(promotionFilter, data, items ? &*items : nullptr, interactions ? &*interactions : nullptr);
    if (!promotion.isOk()) return promotion.status();
    const PromotionRule promotionRule{"promotion", args.promotionShare, *promotion ? &**promotion : nullptr};
    auto users = usersToServe(args, data);
    if (!users.isOk()) return users.status();
    std::optional<ExplorationPool> pool;
    const Exploration exploration =
        explorationFor(*loaded->model.recipe, serving, data, items ? &*items : nullptr, pool);
    TerminalProgress progress;
    JobContext job;
    job.progress = progress.sink();
    ALMANAC_RETURN_IF_ERROR(writeRecommendations(args.out, *loaded->model.recipe, data, *users, size_t(args.numResults),
                                                 args.keepSeen, evaluator ? &*evaluator : nullptr, exploration,
                                                 *promotion ? &promotionRule : nullptr, job));
    progress.finish();
    note("recommend: " + std::to_string(users->size()) + " users from recommender " + args.recommender + " ("
         + loaded->stored.recipe + ") -> " + args.out);
    return Status::ok();
}

Status runRecommend(const RecommendArgs& args)
{
    if (args.numResults < 1 || args.numResults > 500) return Status::usage("--num-results must be between 1 and 500");
    ALMANAC_RETURN_IF_ERROR(refuseOverwritingInputs(
        {args.interactions, args.items, args.users, toLower(args.forUsers) == "all" ? std::string() : args.forUsers, args.project},
        {args.out, args.metrics}));
    auto promotionFilter = parsePromotion(args);
    if (!promotionFilter.isOk()) return promotionFilter.status();
    if (!args.recommender.empty()) {
        auto filter = parseFilterOptions(args.filter, args.filterValues);
        if (!filter.isOk()) return filter.status();
        return runStoredRecommender(args, *filter, *promotionFilter);
    }
    if (args.interactions.empty()) return Status::invalidInput("give --interactions FILE, or --project FILE with --recommender NAME");
    if (toLower(args.recipe) != kAutoRecommendRecipe && !recommendRecipes().create(args.recipe))
        return Status::invalidInput("--recipe: unknown recipe '" + args.recipe + "' (known: auto, "
                                    + recommendRecipes().joinedNames() + ")");
    auto parameters = parseFieldMap(args.parameters);
    if (!parameters.isOk()) return Status::invalidInput("--param expects name=value");
    // The filter and the item and user files are checked first, so a mistake fails before any work.
    auto parsedFilter = parseFilterOptions(args.filter, args.filterValues);
    if (!parsedFilter.isOk()) return parsedFilter.status();
    const std::optional<RecommendationFilter>& recommendationFilter = *parsedFilter;
    auto options = toImportOptions(args.input, DatasetType::Interactions);
    if (!options.isOk()) return options.status();
    std::optional<LoadedDataset> items;
    for (const auto& [path, type] : {std::pair{args.items, DatasetType::Items}, {args.users, DatasetType::Users}}) {
        if (path.empty()) continue;
        ImportOptions extra = *options;
        extra.type = type;
        extra.mapping.clear();
        auto loaded = loadWithProgress(path, extra);
        if (!loaded.isOk()) return loaded.status();
        if (type == DatasetType::Items) items = std::move(*loaded);
    }
    auto interactions = loadWithProgress(args.interactions, *options);
    if (!interactions.isOk()) return interactions.status();
    RecommenderTrainingInput training;
    training.interactions = &*interactions;
    training.items = items ? &*items : nullptr;
    training.filter.eventTypes = splitList(args.eventType);
    training.filter.minEventValue = args.eventValueThreshold;
    auto weights = parseEventWeights(args.eventWeights);
    if (!weights.isOk()) return weights.status();
    training.filter.eventWeights = *weights;
    training.spec.seed = args.seed;
    training.spec.threads = args.threads;
    training.spec.parameters = *parameters;
    training.recipe = args.recipe;
    training.evaluate = !args.metrics.empty();
    training.tuning.objective = args.objective;
    training.tuning.budgetChosen = args.timeBudget >= 0;
    if (training.tuning.budgetChosen) training.tuning.timeBudgetSeconds = args.timeBudget;
    TerminalProgress progress;
    JobContext job;
    job.progress = progress.sink();
    job.metric = progress.metricSink();
    auto model = trainRecommender(training, job);
    progress.finish();
    if (!model.isOk()) return model.status();
    for (const RecommendTrial& t : model->trials)
        note("holdout " + t.label() + ": NDCG@10 " + formatNumber(t.metrics.ndcg.at(10)) + ", precision@10 "
             + formatNumber(t.metrics.precision.at(10)) + ", MRR@25 " + formatNumber(t.metrics.mrr25));
    if (!args.metrics.empty()) ALMANAC_RETURN_IF_ERROR(writeRankingMetricsJson(args.metrics, model->trials));
    const InteractionData* data = model->data.get();
    std::optional<FilterEvaluator> evaluator;
    if (recommendationFilter) {
        auto created = FilterEvaluator::create(*recommendationFilter, *data, items ? &*items : nullptr, &*interactions);
        if (!created.isOk()) return created.status();
        evaluator = std::move(*created);
    }
    const RecommendRecipe* recipe = model->recipe.get();
    auto users = usersToServe(args, *data);
    if (!users.isOk()) return users.status();
    std::optional<ExplorationPool> pool;
    const Exploration exploration = explorationFor(*recipe, model->spec.parameters, *data, items ? &*items : nullptr, pool);
    auto promotion = compilePromotion(*promotionFilter, *data, items ? &*items : nullptr, &*interactions);
    if (!promotion.isOk()) return promotion.status();
    const PromotionRule promotionRule{"promotion", args.promotionShare, *promotion ? &**promotion : nullptr};
    TerminalProgress writing;
    JobContext writeJob;
    writeJob.progress = writing.sink();
    ALMANAC_RETURN_IF_ERROR(writeRecommendations(args.out, *recipe, *data, *users, size_t(args.numResults), args.keepSeen,
                                                 evaluator ? &*evaluator : nullptr, exploration,
                                                 *promotion ? &promotionRule : nullptr, writeJob));
    writing.finish();
    if (!args.project.empty()) ALMANAC_RETURN_IF_ERROR(storeInProject(args, *interactions, items ? &*items : nullptr, *model));
    note("recommend: " + std::to_string(users->size()) + " users, " + std::to_string(data->itemCount()) + " items, recipe "
         + recipe->name() + " -> " + args.out);
    return Status::ok();
}

} // namespace

CommandEntry registerRecommendCommand(CLI::App& app)
{
    auto a = std::make_shared<RecommendArgs>();
    CLI::App* cmd = app.add_subcommand("recommend", "Recommend the top-N items for users");
    cmd->add_option("--interactions", a->interactions, "Interactions CSV (USER_ID,ITEM_ID,TIMESTAMP[,EVENT_TYPE][,EVENT_VALUE])");
    cmd->add_option("--recommender", a->recommender,
                    "A recommender trained into --project (almanac-cli train): recommend from it, without refitting");
    cmd->add_option("--items", a->items, "Items CSV (ITEM_ID + attributes)");
    cmd->add_option("--users", a->users, "Users CSV (USER_ID + attributes)");
    cmd->add_option("--recipe", a->recipe, "Recipe name, or auto (evaluate them all on a holdout, keep the best NDCG@10)")
        ->capture_default_str();
    cmd->add_option("--param", a->parameters, "Recipe hyper-parameter name=value (repeatable), e.g. lambda=300 for ease");
    cmd->add_option("--metrics", a->metrics, "Hold out each user's most recent 20% of items and write ranking metrics (JSON)");
    cmd->add_option("--project", a->project,
                    "Also keep the datasets and the recommender (its definition and holdout metrics) in this project file");
    cmd->add_option("--num-results", a->numResults, "Items per user")->check(CLI::Range(1, 500))->capture_default_str();
    cmd->add_option("--for-users", a->forUsers, "'all' or a CSV with a USER_ID column")->capture_default_str();
    cmd->add_flag("--keep-seen", a->keepSeen, "Allow items the user already interacted with");
    cmd->add_option("--filter", a->filter,
                    "e.g. 'EXCLUDE ItemID WHERE Items.CATEGORY IN (\"Books\")' or "
                    "'INCLUDE ItemID WHERE Items.PRICE < $MAX' (see README)");
    cmd->add_option("--filter-values", a->filterValues, "NAME=VALUE for a $NAME in --filter (repeatable)");
    cmd->add_option("--promotion-filter", a->promotionFilter,
                    "Promote the items this filter allows (same syntax as --filter, e.g. 'INCLUDE ItemID WHERE "
                    "Items.CATEGORY IN (\"Books\")'): --promotion-share of each list, the model's best of them, at evenly "
                    "spaced positions; the rest of the list keeps its order");
    cmd->add_option("--promotion-values", a->promotionValues, "NAME=VALUE for a $NAME in --promotion-filter (repeatable)");
    cmd->add_option("--promotion-share", a->promotionShare, "The share of each list the promotion fills (above 0, at most 1)");
    cmd->add_option("--event-type", a->eventType, "Only use these event types (comma-separated)");
    cmd->add_option("--event-value-threshold", a->eventValueThreshold, "Only use events with EVENT_VALUE at least this");
    cmd->add_option("--objective", a->objective,
                    "What auto chooses by: ndcg@K, precision@K, recall@K (K 5, 10, 25), mrr@25 or coverage")
        ->capture_default_str();
    cmd->add_option("--time-budget", a->timeBudget,
                    "With auto: a hard limit on the search in seconds (default 600; 0: none), cheapest recipes first; a setting "
                    "running past it is stopped and the best so far is used. The sequence model (minutes of training) is "
                    "tried only within a budget given here");
    cmd->add_option("--event-weights", a->eventWeights,
                    "How much each event type counts, e.g. purchase=3,view=1 (types not listed count 1)");
    cmd->add_option("--threads", a->threads, "Worker threads (0: all cores)")->check(CLI::Range(0, 4096))->capture_default_str();
    cmd->add_option("--seed", a->seed, "Random seed")->capture_default_str();
    cmd->add_option("--out", a->out, "Output file (.csv or .xlsx)")->required();
    addInputOptions(cmd, a->input, false);
    return {cmd, [a] { return runRecommend(*a); }};
}

} // namespace almanac::cli
