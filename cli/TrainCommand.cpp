// almanac-cli train / retrain: trained models kept in the project (DESIGN §5, the predictor
// lifecycle). A target dataset gives a predictor; an interactions dataset gives a recommender.
#include "cli/CliCommand.h"
#include "cli/InteractionInput.h"
#include "cli/TerminalProgress.h"
#include "forecast/ForecastPipeline.h"
#include "forecast/MetricsReport.h"
#include "forecast/Quantiles.h"
#include "project/PredictorWorkflow.h"
#include "project/RatingModelWorkflow.h"
#include "project/RecommenderWorkflow.h"
#include "util/NumberFormat.h"

#include <algorithm>

namespace almanac::cli {

namespace {

struct TrainArgs {
    std::string project, dataset, relatedDataset, relatedColumns, historicalColumns, itemsDataset, recipe = "auto", name, quantiles = "0.1,0.5,0.9";
    std::string autoMode = "best", eventType, eventWeights, objective = "ndcg@10";
    int horizon = 0, season = 0, threads = 0, backtestWindows = 0, backtestOffset = 0;
    uint64_t seed = 42;
    double timeBudget = -1, eventValueThreshold = -1; // timeBudget -1: the kind's default
    bool calibrate = false, noCalibrate = false;
    std::vector<std::string> parameters;
};

Status trainForecasting(ProjectFile& project, const TrainArgs& args, const std::map<std::string, std::string>& parameters)
{
    if (args.horizon < 1 || args.horizon > 100000) return Status::usage("--horizon is required (1 to 100000 periods)");
    if (args.backtestWindows < 0) return Status::usage("--backtest-windows must be at least 1");
    auto quantiles = parseQuantileList(args.quantiles);
    if (!quantiles.isOk()) return Status::usage(quantiles.status().message());
    TrainPredictorRequest request;
    request.name = args.name;
    request.dataset = args.dataset;
    request.relatedDataset = args.relatedDataset;
    request.relatedColumns = splitList(args.relatedColumns);
    request.historicalColumns = splitList(args.historicalColumns);
    request.itemsDataset = args.itemsDataset;
    request.recipe = args.recipe;
    request.spec.horizon = args.horizon;
    request.spec.quantiles = *quantiles;
    request.spec.season = args.season;
    request.spec.seed = args.seed;
    request.spec.threads = args.threads;
    request.spec.parameters = parameters;
    request.backtest.windows = args.backtestWindows;
    request.backtest.offset = args.backtestOffset;
    const auto mode = autoModeFromName(args.autoMode);
    if (!mode) return Status::invalidInput("--auto-mode: expected best, dataset, item, ensemble or item-ensemble");
    request.autoMode = *mode;
    request.timeBudgetSeconds = args.timeBudget < 0 ? kDefaultForecastTimeBudgetSeconds : args.timeBudget;
    request.calibrate = args.calibrate;
    request.neverCalibrate = args.noCalibrate;
    TerminalProgress progress;
    JobContext job;
    job.progress = progress.sink();
    job.metric = progress.metricSink();
    auto trained = trainPredictor(project, request, job);
    progress.finish();
    if (!trained.isOk()) return trained.status();
    for (const std::string& n : trained->run.notes) note("train: " + n);
    for (const BacktestResult& b : trained->run.leaderboard)
        note(backtestSummary(b));
    note("train: predictor " + trained->stored.name + " (" + trained->stored.recipe + ") on "
         + std::to_string(trained->run.series.series.size()) + " series of " + args.dataset + " in "
         + formatNumber(trained->stored.trainingSeconds) + " s");
    return Status::ok();
}

Status trainRecommending(ProjectFile& project, const TrainArgs& args, const std::map<std::string, std::string>& parameters)
{
    TrainRecommenderRequest request;
    request.name = args.name;
    request.interactionsDataset = args.dataset;
    request.itemsDataset = args.itemsDataset;
    request.recipe = args.recipe;
    request.spec.parameters = parameters;
    request.spec.seed = args.seed;
    request.spec.threads = args.threads;
    request.filter.eventTypes = splitList(args.eventType);
    if (args.eventValueThreshold > -1) request.filter.minEventValue = args.eventValueThreshold;
    auto weights = parseEventWeights(args.eventWeights);
    if (!weights.isOk()) return weights.status();
    request.filter.eventWeights = *weights;
    request.tuning.objective = args.objective;
    request.tuning.budgetChosen = args.timeBudget >= 0;
    if (request.tuning.budgetChosen) request.tuning.timeBudgetSeconds = args.timeBudget;
    TerminalProgress progress;
    JobContext job;
    job.progress = progress.sink();
    job.metric = progress.metricSink();
    auto trained = trainStoredRecommender(project, request, job);
    progress.finish();
    if (!trained.isOk()) return trained.status();
    note("train: recommender " + trained->name + " (" + trained->recipe + ") on " + args.dataset + " in "
         + formatNumber(trained->trainingSeconds) + " s");
    return Status::ok();
}

Status trainRatings(ProjectFile& project, const TrainArgs& args, const std::map<std::string, std::string>& parameters)
{
    TrainRatingModelRequest request;
    request.name = args.name;
    request.dataset = args.dataset;
    request.recipe = toLower(args.recipe);
    request.spec.parameters = parameters;
    request.spec.seed = args.seed;
    request.spec.threads = args.threads;
    TerminalProgress progress;
    JobContext job;
    job.progress = progress.sink();
    auto trained = trainStoredRatingModel(project, request, job);
    progress.finish();
    if (!trained.isOk()) return trained.status();
    note("train: rating model " + trained->name + " (" + trained->recipe + ") on " + args.dataset + " in "
         + formatNumber(trained->trainingSeconds) + " s");
    return Status::ok();
}

Status runTrain(const TrainArgs& args)
{
    auto parameters = parseFieldMap(args.parameters);
    if (!parameters.isOk()) return Status::invalidInput("--param expects name=value");
    auto project = ProjectFile::open(args.project);
    if (!project.isOk()) return project.status();
    auto info = (*project)->dataset(args.dataset);
    if (!info.isOk()) return info.status();
    if (!args.name.empty())
        if ((*project)->model(args.name).isOk())
            return Status::invalidInput(args.project + ": a model named '" + args.name + "' already exists");
    if (info->type == DatasetType::Interactions) {
        // A rating recipe (explicit feedback: svdpp, blend...) predicts EVENT_VALUE; the others rank items.
        if (ratingRecipes().create(args.recipe)) return trainRatings(**project, args, *parameters);
        return trainRecommending(**project, args, *parameters);
    }
    return trainForecasting(**project, args, *parameters);
}

Status runRetrain(const std::string& projectPath, const std::string& modelName, const std::string& newName, int threads)
{
    auto project = ProjectFile::open(projectPath);
    if (!project.isOk()) return project.status();
    auto stored = (*project)->model(modelName);
    if (!stored.isOk()) return stored.status();
    TerminalProgress progress;
    JobContext job;
    job.progress = progress.sink();
    job.metric = progress.metricSink();
    if (stored->kind == kRatingModelKind) {
        auto result = retrainRatingModel(**project, modelName, newName, threads, job);
        progress.finish();
        if (!result.isOk()) return result.status();
        note("retrain: rating model " + *result);
        return Status::ok();
    }
    if (stored->kind == kRecommenderKind) {
        auto result = retrainRecommender(**project, modelName, newName, threads, job);
        progress.finish();
        if (!result.isOk()) return result.status();
        note("retrain: recommender " + *result);
        return Status::ok();
    }
    auto result = retrainPredictor(**project, modelName, newName, threads, job);
    progress.finish();
    if (!result.isOk()) return result.status();
    note("retrain: predictor " + result->stored.name + " (" + result->stored.recipe + ") on "
         + std::to_string(result->run.series.series.size()) + " series in " + formatNumber(result->stored.trainingSeconds) + " s");
    return Status::ok();
}

} // namespace

std::vector<CommandEntry> registerTrainCommands(CLI::App& app)
{
    auto a = std::make_shared<TrainArgs>();
    CLI::App* cmd = app.add_subcommand("train", "Train a predictor (target dataset), a recommender or a rating model (interactions) and keep it in the project");
    cmd->add_option("--project", a->project, "Project file")->required();
    cmd->add_option("--dataset", a->dataset, "Target time series or interactions dataset in the project")->required();
    cmd->add_option("--related-dataset", a->relatedDataset, "Related time series dataset (predictors)");
    cmd->add_option("--related-columns", a->relatedColumns,
                    "With --related-dataset: comma-separated columns to use as regressors (default: every numeric column but the target)");
    cmd->add_option("--historical-columns", a->historicalColumns,
                    "With --related-dataset: comma-separated columns observed only up to the forecast origin");
    cmd->add_option("--items-dataset", a->itemsDataset,
                    "Item metadata dataset (recommenders; predictors: categories for the global recipes, and cold-start items)");
    cmd->add_option("--recipe", a->recipe, "Recipe name, or auto; on interactions, a rating recipe (blend, svdpp, biased-mf, knn-baseline, bpmf) gives a rating model for predict-ratings")->capture_default_str();
    cmd->add_option("--name", a->name, "Name of the model (default: dataset-recipe)");
    cmd->add_option("--horizon", a->horizon, "Predictors: periods to forecast")->check(CLI::Range(1, 100000));
    cmd->add_option("--quantiles", a->quantiles, "Predictors: comma-separated quantiles in (0,1)")->capture_default_str();
    cmd->add_option("--param", a->parameters, "Recipe hyper-parameter name=value (repeatable)");
    cmd->add_option("--season", a->season, "Predictors: seasonal period (default: from the frequency)");
    cmd->add_option("--backtest-windows", a->backtestWindows, "Predictors: backtest windows (default 2 for auto, else 1)")->check(CLI::Range(1, 100));
    cmd->add_option("--backtest-offset", a->backtestOffset, "Predictors: periods between backtest windows");
    cmd->add_option("--auto-mode", a->autoMode, "Predictors with auto: best, dataset, item, ensemble or item-ensemble")->capture_default_str();
    cmd->add_option("--time-budget", a->timeBudget,
                    "With auto, in seconds (0: none). Forecasting: a hard limit on the search, default 600. "
                    "Recommending: a hard limit too, default 600; the sequence model (minutes of training) is tried only within a budget given here");
    cmd->add_flag("--calibrate", a->calibrate, "Predictors: scale every recipe's band on the backtest");
    cmd->add_flag("--no-calibrate", a->noCalibrate, "Predictors: keep the recipe's own band");
    cmd->add_option("--event-type", a->eventType, "Recommenders: only these event types (comma-separated)");
    cmd->add_option("--event-weights", a->eventWeights, "Recommenders: TYPE=WEIGHT,... for a pair's count");
    cmd->add_option("--event-value-threshold", a->eventValueThreshold, "Recommenders: only events valued at least this");
    cmd->add_option("--objective", a->objective, "Recommenders with auto: what it chooses by")->capture_default_str();
    cmd->add_option("--threads", a->threads, "Worker threads (0: all cores)")->check(CLI::Range(0, 4096))->capture_default_str();
    cmd->add_option("--seed", a->seed, "Random seed")->capture_default_str();

    auto r = std::make_shared<std::tuple<std::string, std::string, std::string, int>>();
    CLI::App* retrain = app.add_subcommand("retrain", "Train a stored model again on its dataset as it is now, with the same settings");
    retrain->add_option("--project", std::get<0>(*r), "Project file")->required();
    retrain->add_option("--model", std::get<1>(*r), "The predictor or recommender")->required();
    retrain->add_option("--name", std::get<2>(*r), "Keep the old model and store the new one under this name (default: replace it)");
    retrain->add_option("--threads", std::get<3>(*r), "Worker threads (0: all cores)")->check(CLI::Range(0, 4096));
    return {{cmd, [a] { return runTrain(*a); }},
            {retrain, [r] { return runRetrain(std::get<0>(*r), std::get<1>(*r), std::get<2>(*r), std::get<3>(*r)); }}};
}

} // namespace almanac::cli
