// almanac-cli forecast: one-shot forecasting from CSV files (DESIGN §5).
#include "cli/CliCommand.h"
#include "cli/InputOptions.h"
#include "cli/TerminalProgress.h"
#include "data/CsvPreview.h"
#include "data/ItemMetadata.h"
#include "data/SeriesPreparation.h"
#include "forecast/ForecastExport.h"
#include "forecast/ForecastPipeline.h"
#include "forecast/MetricsReport.h"
#include "project/PredictorWorkflow.h"
#include "project/ProjectForecasting.h"
#include "forecast/Quantiles.h"
#include "store/ProjectFile.h"
#include "util/NumberFormat.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <iostream>

namespace almanac::cli {

namespace {

struct ForecastArgs {
    std::string target, related, items, frequency, recipe = "snaive", quantiles = "0.1,0.5,0.9";
    std::string metrics, project, out, aggregation = "sum", middleFill = "auto", backFill = "zero";
    std::string futureFill;             // empty: "last" where a column has future values, none chosen
    std::string relatedColumns, historicalColumns;
    std::string dataset, relatedDataset; // stored in --project, instead of --target / --related
    std::string predictor;               // a trained predictor in --project: no refit
    std::string autoMode = "best";
    int horizon = 0, backtestWindows = 0, backtestOffset = 0, threads = 0, season = 0;
    uint64_t seed = 42;
    bool withMean = false;
    bool noCalibrate = false;
    bool calibrate = false;
    double timeBudget = kDefaultForecastTimeBudgetSeconds;
    std::vector<std::string> parameters;
    InputOptions input;
};

Result<ForecastSpec> specFromArgs(const ForecastArgs& args)
{
    auto quantiles = parseQuantileList(args.quantiles);
    if (!quantiles.isOk()) return Status::usage(quantiles.status().message());
    auto parameters = parseFieldMap(args.parameters);
    if (!parameters.isOk()) return Status::invalidInput("--param expects name=value");
    ForecastSpec spec;
    spec.horizon = args.horizon;
    spec.quantiles = *quantiles;
    spec.season = args.season;
    spec.seed = args.seed;
    spec.threads = args.threads;
    spec.parameters = *parameters;
    return spec;
}

// The backtest and auto settings both forms of the command share.
Status readBacktestSettings(const ForecastArgs& args, BacktestOptions& backtest, AutoMode& mode)
{
    if (args.backtestWindows < 0) return Status::usage("--backtest-windows must be at least 1");
    backtest.windows = args.backtestWindows;
    backtest.offset = args.backtestOffset;
    const auto autoMode = autoModeFromName(args.autoMode);
    if (!autoMode) return Status::invalidInput("--auto-mode: expected best, dataset, item, ensemble or item-ensemble");
    mode = *autoMode;
    return Status::ok();
}

// forecast --project P --dataset NAME: a dataset already in the project, prepared as chosen at
// its import; the forecast and its metrics are stored beside it.
Status runStoredForecast(const ForecastArgs& args, const ForecastSpec& spec)
{
    if (args.project.empty()) return Status::invalidInput("--dataset needs --project");
    if (!args.target.empty()) return Status::invalidInput("give either --target or --dataset, not both");
    auto project = ProjectFile::open(args.project);
    if (!project.isOk()) return project.status();
    ProjectForecastRequest request;
    request.dataset = args.dataset;
    request.relatedDataset = args.relatedDataset;
    request.relatedColumns = splitList(args.relatedColumns);
    request.historicalColumns = splitList(args.historicalColumns);
    request.recipe = args.recipe;
    request.spec = spec;
    ALMANAC_RETURN_IF_ERROR(readBacktestSettings(args, request.backtest, request.autoMode));
    request.timeBudgetSeconds = args.timeBudget;
    request.store = !(*project)->isReadOnly();
    TerminalProgress progress;
    JobContext job;
    job.progress = progress.sink();
    auto result = forecastProjectDataset(**project, request, job);
    progress.finish();
    if (!result.isOk()) return result.status();
    const ForecastRun& run = result->run;
    for (const std::string& n : run.notes) note("forecast: " + n);
    ALMANAC_RETURN_IF_ERROR(writeForecasts(args.out, run.series, run.spec, run.forecasts, args.withMean));
    if (!args.metrics.empty()) ALMANAC_RETURN_IF_ERROR(writeMetricsJson(args.metrics, run, run.backtest));
    note("forecast: " + std::to_string(run.series.series.size()) + " series of dataset " + args.dataset + ", recipe "
         + run.recipe + (request.store ? ", stored as " + result->forecastName : ", not stored (the project is read-only)")
         + " -> " + args.out);
    return Status::ok();
}

// forecast --project P --predictor NAME: from the stored models, on the dataset as it is now.
Status runPredictorForecast(const ForecastArgs& args)
{
    if (args.project.empty()) return Status::invalidInput("--predictor needs --project");
    if (!args.target.empty()) return Status::invalidInput("give either --target or --predictor, not both");
    auto project = ProjectFile::open(args.project);
    if (!project.isOk()) return project.status();
    PredictorForecastRequest request;
    request.predictor = args.predictor;
    request.dataset = args.dataset;
    request.relatedDataset = args.relatedDataset;
    request.threads = args.threads;
    request.store = !(*project)->isReadOnly();
    TerminalProgress progress;
    JobContext job;
    job.progress = progress.sink();
    auto result = forecastFromPredictor(**project, request, job);
    progress.finish();
    if (!result.isOk()) return result.status();
    if (args.horizon != 0 && args.horizon != result->spec.horizon)
        note("forecast: the predictor forecasts " + std::to_string(result->spec.horizon) + " periods; --horizon is ignored");
    ALMANAC_RETURN_IF_ERROR(writeForecasts(args.out, result->series, result->spec, result->forecasts, args.withMean));
    for (const std::string& n : result->notes) note("forecast: " + n);
    if (!result->unknownItems.empty())
        note("forecast: " + std::to_string(result->unknownItems.size()) + " items the predictor was not trained on are left out (first: "
             + result->unknownItems.front() + "); retrain it to include them");
    note("forecast: " + std::to_string(result->series.series.size()) + " series from predictor " + args.predictor
         + (request.store ? ", stored as " + result->forecastName : ", not stored (the project is read-only)") + " -> "
         + args.out);
    return Status::ok();
}

Status runForecast(const ForecastArgs& args)
{
    if (!args.predictor.empty()) {
        ALMANAC_RETURN_IF_ERROR(refuseOverwritingInputs({args.project}, {args.out}));
        return runPredictorForecast(args);
    }
    if (args.horizon < 1 || args.horizon > 100000) return Status::usage("--horizon is required (1 to 100000 periods)");
    if (args.target.empty() == args.dataset.empty())
        return Status::invalidInput("give --target FILE, or --project FILE with --dataset NAME");
    ALMANAC_RETURN_IF_ERROR(refuseOverwritingInputs({args.target, args.related, args.items, args.project}, {args.out, args.metrics}));
    auto spec = specFromArgs(args);
    if (!spec.isOk()) return spec.status();
    if (!args.dataset.empty()) return runStoredForecast(args, *spec);
    auto importOptions = toImportOptions(args.input, DatasetType::Target);
    if (!importOptions.isOk()) return importOptions.status();
    PreparationOptions prep;
    if (!args.frequency.empty()) {
        prep.frequency = Frequency::parse(args.frequency);
        if (!prep.frequency) return Status::invalidInput("--frequency: unknown frequency '" + args.frequency + "'");
    }
    auto aggregation = aggregationFromName(args.aggregation);
    if (!aggregation) return Status::invalidInput("--aggregation: expected sum, avg, min or max");
    prep.aggregation = *aggregation;
    auto middle = FillRule::parse(args.middleFill);
    auto back = FillRule::parse(args.backFill);
    if (!middle) return Status::invalidInput("--fill-middle: expected auto, zero, nan, mean, median, min, max, last or a number");
    if (!back || back->method == FillRule::Method::Automatic)
        return Status::invalidInput("--fill-back: expected zero, nan, mean, median, min, max, last or a number");
    prep.middleFill = *middle;
    prep.backFill = *back;

    auto future = FillRule::parse(args.futureFill.empty() ? "last" : args.futureFill);
    if (!future || future->method == FillRule::Method::Automatic)
        return Status::invalidInput("--fill-future: expected zero, nan, mean, median, min, max, last or a number");
    if (args.related.empty() && (!args.relatedColumns.empty() || !args.historicalColumns.empty()))
        return Status::invalidInput("--related-columns and --historical-columns need --related");
    ForecastInputs inputs;
    inputs.preparation = prep;
    inputs.relatedPreparation.futureFill = *future;
    inputs.relatedPreparation.futureFillChosen = !args.futureFill.empty();
    inputs.relatedPreparation.columns = splitList(args.relatedColumns);
    inputs.relatedPreparation.historicalColumns = splitList(args.historicalColumns);
    inputs.evaluate = !args.metrics.empty() || args.calibrate;
    inputs.calibrate = inputs.evaluate && !args.noCalibrate;
    inputs.neverCalibrate = args.noCalibrate;
    ALMANAC_RETURN_IF_ERROR(readBacktestSettings(args, inputs.backtest, inputs.autoMode));
    inputs.timeBudgetSeconds = args.timeBudget;

    // One file's table at a time beside the series: each is let go once its series are built
    // (the target's is kept only to be stored in --project).
    std::vector<std::string> notes;
    std::optional<LoadedDataset> keptTarget;
    Result<SeriesSet> series = Status::internal("the target was not prepared");
    {
        auto target = loadWithProgress(args.target, *importOptions);
        if (!target.isOk()) return target.status();
        series = prepareForecastTarget(*target, prep, spec->horizon, spec->quantiles.size(), notes);
        if (!series.isOk()) return series.status();
        if (!args.project.empty()) keptTarget = std::move(*target);
    }
    for (const auto& [path, type] : {std::pair{args.related, DatasetType::Related}, {args.items, DatasetType::Items}}) {
        if (path.empty()) continue;
        ImportOptions options = *importOptions;
        options.type = type;
        options.mapping.clear();
        options.dimensions.clear();
        // Related series are keyed as the target is (often they are the same file): the target's
        // item, timestamp and dimension columns carry over where this file has them; item
        // metadata shares the item column.
        auto preview = previewCsv(path, importOptions->dialect, 0);
        if (!preview.isOk()) return preview.status();
        auto has = [&](const std::string& header) {
            return std::find(preview->header.begin(), preview->header.end(), header) != preview->header.end();
        };
        for (const auto& [field, header] : importOptions->mapping)
            if ((field == "item_id" || (field == "timestamp" && type == DatasetType::Related)) && has(header))
                options.mapping[field] = header;
        if (type == DatasetType::Related)
            for (const std::string& d : importOptions->dimensions)
                if (has(d)) options.dimensions.push_back(d);
        auto extra = loadWithProgress(path, options);
        if (!extra.isOk()) return extra.status();
        if (type == DatasetType::Related)
            ALMANAC_RETURN_IF_ERROR(attachRelatedSeries(std::move(*extra), *series, spec->horizon, inputs.relatedPreparation, &notes));
        else
            ALMANAC_RETURN_IF_ERROR(attachItemMetadata(*extra, *series, &notes));
    }

    TerminalProgress progress;
    JobContext job;
    job.progress = progress.sink();
    job.metric = progress.metricSink(); // the deep recipes' training curves, as train shows them
    auto run = runForecastOnSeries(std::move(*series), std::move(notes), inputs, *spec, args.recipe, job);
    progress.finish();
    if (!run.isOk()) return run.status();
    for (const std::string& n : run->notes) note("forecast: " + n);
    ALMANAC_RETURN_IF_ERROR(writeForecasts(args.out, run->series, run->spec, run->forecasts, args.withMean));
    if (!args.metrics.empty()) ALMANAC_RETURN_IF_ERROR(writeMetricsJson(args.metrics, *run, run->backtest));
    for (const BacktestResult& b : run->leaderboard)
        note(backtestSummary(b));

    if (!args.project.empty()) {
        auto project = std::filesystem::exists(args.project) ? ProjectFile::open(args.project)
                                                             : ProjectFile::create(args.project);
        if (!project.isOk()) return project.status();
        const std::string datasetName = std::filesystem::path(args.target).stem().string();
        if (!(*project)->dataset(datasetName).isOk()) {
            auto stored = (*project)->addDataset(datasetName, *keptTarget, run->series.frequency.name());
            if (!stored.isOk()) return stored.status();
        }
        auto names = (*project)->forecastNames();
        if (!names.isOk()) return names.status();
        StoredForecast meta{datasetName + "-" + run->recipe + "-" + std::to_string(names->size() + 1), datasetName,
                            run->recipe, run->spec, {}};
        if (!run->leaderboard.empty()) meta.evaluationJson = metricsJson(*run, run->backtest);
        ALMANAC_RETURN_IF_ERROR((*project)->addForecast(meta, run->series, run->forecasts));
        ALMANAC_RETURN_IF_ERROR((*project)->recordJob("forecast", meta.name, "ok"));
    }
    note("forecast: " + std::to_string(run->series.series.size()) + " series, frequency "
         + run->series.frequency.name() + ", horizon " + std::to_string(spec->horizon) + ", recipe " + run->recipe
         + " -> " + args.out);
    return Status::ok();
}

} // namespace

CommandEntry registerForecastCommand(CLI::App& app)
{
    auto a = std::make_shared<ForecastArgs>();
    CLI::App* cmd = app.add_subcommand("forecast", "Forecast p10/p50/p90 (or any quantiles) for every item");
    cmd->add_option("--target", a->target, "Target time series CSV (item_id,timestamp,target_value)");
    cmd->add_option("--dataset", a->dataset,
                    "Instead of --target: a target dataset stored in --project, prepared as chosen at its import");
    cmd->add_option("--related-dataset", a->relatedDataset, "With --dataset: a related time series dataset in --project");
    cmd->add_option("--related", a->related, "Related time series CSV (item_id,timestamp,features...)");
    cmd->add_option("--related-columns", a->relatedColumns,
                    "Comma-separated related columns to use as regressors, known through the horizon (default: every "
                    "numeric column but the target)");
    cmd->add_option("--historical-columns", a->historicalColumns,
                    "Comma-separated related columns observed only up to the forecast origin (weather, CPI): never "
                    "filled forward as if known");
    cmd->add_option("--items", a->items, "Item metadata CSV");
    cmd->add_option("--frequency", a->frequency, "H, D, W, M, Q, Y, 15min, 30min (default: inferred)");
    cmd->add_option("--horizon", a->horizon, "Periods to forecast (required unless --predictor)")->check(CLI::Range(1, 100000));
    cmd->add_option("--predictor", a->predictor,
                    "A predictor trained into --project (almanac-cli train): forecast from it, without refitting");
    cmd->add_option("--recipe", a->recipe, "Recipe name, or auto (backtest them all, keep the best)")->capture_default_str();
    cmd->add_option("--quantiles", a->quantiles, "Comma-separated quantiles in (0,1)")->capture_default_str();
    cmd->add_option("--param", a->parameters, "Recipe hyper-parameter name=value (repeatable), e.g. model=AAdN for ets");
    cmd->add_option("--season", a->season, "Seasonal period in periods (default: from the frequency)");
    cmd->add_option("--aggregation", a->aggregation, "Rows per period combined by sum, avg, min or max")->capture_default_str();
    cmd->add_option("--fill-middle", a->middleFill, "Gaps and missing values inside a series: auto (an empty cell, or a period of at least a week "
                    "in which no item has a row, stays missing; another period without a row is zero), zero, nan, "
                    "mean, median, min, max, last or a number")
        ->capture_default_str();
    cmd->add_option("--fill-back", a->backFill, "Series ending before the dataset's end: same choices")->capture_default_str();
    cmd->add_option("--fill-future", a->futureFill,
                    "Related series past their end, in the horizon: same choices (default: last, for columns that have "
                    "future values; a column with none is left out unless this is given)");
    cmd->add_option("--backtest-windows", a->backtestWindows, "Backtest windows (for --metrics and auto; default 2 for auto, else 1)")->check(CLI::Range(1, 100));
    cmd->add_option("--auto-mode", a->autoMode,
                    "With auto: best (the mode that, choosing on the older backtest windows, scored best on the newest), "
                    "dataset (one recipe for all), item (each item's best), ensemble (average of the dataset's best three) "
                    "or item-ensemble (average of each item's best three)")
        ->capture_default_str();
    cmd->add_option("--time-budget", a->timeBudget,
                    "With auto: a hard limit on the search in seconds (0: none); what would not fit is left out, "
                    "a candidate running past it is stopped, and the best so far is used")
        ->check(
            [](const std::string& text) {
                char* end = nullptr;
                const double v = std::strtod(text.c_str(), &end);
                return end != text.c_str() && *end == '\0' && v >= 0 ? std::string()
                                                                      : std::string("must be seconds, 0 or more (0: no limit)");
            },
            "SECONDS")
        ->capture_default_str();
    cmd->add_option("--backtest-offset", a->backtestOffset, "Periods between backtest windows (default: the horizon)");
    cmd->add_option("--metrics", a->metrics, "Write backtest metrics to this JSON file");
    cmd->add_option("--threads", a->threads, "Worker threads (0: all cores)")->check(CLI::Range(0, 4096))->capture_default_str();
    cmd->add_option("--seed", a->seed, "Random seed")->capture_default_str();
    cmd->add_option("--project", a->project, "Also store the data and the forecast in this project file");
    cmd->add_flag("--with-mean", a->withMean, "Add a mean column");
    cmd->add_flag("--calibrate", a->calibrate,
                  "Backtest the recipe and scale its intervals so that the outer quantiles hold what they promise "
                  "(on by default with --metrics, for auto, npts and prophet)");
    cmd->add_flag("--no-calibrate", a->noCalibrate, "Keep the recipe's own intervals (npts, prophet and arima calibrate by default)");
    cmd->add_option("--out", a->out, "Output file (.csv or .xlsx)")->required();
    addInputOptions(cmd, a->input, true);
    return {cmd, [a] { return runForecast(*a); }};
}

} // namespace almanac::cli
