#include "forecast/ForecastPipeline.h"

#include "data/ItemMetadata.h"
#include "forecast/AutoSearch.h"
#include "forecast/ColdStartForecast.h"
#include "forecast/ForecastRecipes.h"
#include "forecast/SeriesHistory.h"

#include <algorithm>
#include <cmath>

namespace almanac {

namespace {

// The final stage of every run: fit the plan's models on all the data, keep them as the run's
// predictor, and forecast from them (so a stored predictor forecasts exactly as the run did).
Status forecastWithPlan(ForecastRun& run, PredictorPlan plan, const JobContext& job)
{
    auto predictor = fitPredictor(run.series, run.spec, std::move(plan), job.subRange(0, 0.9));
    if (!predictor.isOk()) return predictor.status();
    std::vector<size_t> unknown;
    ALMANAC_RETURN_IF_ERROR(predictor->forecast(run.series, run.forecasts, unknown, run.spec.threads, job.subRange(0.9, 1.0)));
    run.recipe = predictor->label;
    run.predictor = std::make_shared<Predictor>(std::move(*predictor));
    return Status::ok();
}

} // namespace

namespace {

Status forecastColdItems(ForecastRun& run, const JobContext& job)
{
    return appendColdItemForecasts(run.predictor.get(), run.recipe, run.series, run.forecasts,
                                   run.recipeOfSeries.empty() ? nullptr : &run.recipeOfSeries, run.notes, run.spec.threads, job);
}

} // namespace

Status validateForecastParameters(const std::string& recipeName, const std::map<std::string, std::string>& parameters)
{
    if (toLower(recipeName) != kAutoRecipe) {
        auto recipe = forecastRecipes().create(recipeName);
        if (!recipe) return Status::invalidInput("unknown forecast recipe '" + recipeName + "'");
        return validateParameters(recipe->name(), recipe->parameters(), parameters);
    }
    std::vector<std::pair<std::string, std::vector<ParameterSpec>>> declared;
    for (const std::string& candidate : forecastRecipes().names())
        declared.emplace_back(candidate, forecastRecipes().create(candidate)->parameters());
    return validateParametersForAny(declared, parameters);
}

namespace {

// The search's share of a run's progress; the final fit (refits, for auto) takes the rest.
constexpr double kSearchShare = 0.9;

// The recipes auto compares. Expensive ones (the deep recipes: minutes of training each, per
// backtest window) are left out until auto can budget them; ask for them by name.
std::vector<std::string> autoCandidates()
{
    std::vector<std::string> out;
    for (const std::string& name : forecastRecipes().names())
        if (forecastRecipes().create(name)->traits().cost != RecipeCost::Expensive) out.push_back(name);
    return out;
}

Status validateRecipeRequest(const std::string& recipeName, const ForecastSpec& spec)
{
    const bool automatic = toLower(recipeName) == kAutoRecipe;
    auto recipe = automatic ? nullptr : forecastRecipes().create(recipeName);
    if (!automatic && !recipe)
        return Status::invalidInput("unknown forecast recipe '" + recipeName + "' (known: auto, "
                                    + forecastRecipes().joinedNames() + ")");
    return validateForecastParameters(automatic ? std::string(kAutoRecipe) : recipe->name(), spec.parameters);
}

} // namespace

Result<SeriesSet> prepareForecastTarget(const LoadedDataset& target, const PreparationOptions& preparation, int horizon,
                                        size_t quantileCount, std::vector<std::string>& notes, const JobContext& job)
{
    auto series = prepareTargetSeries(target, preparation, job);
    if (!series.isOk()) return series.status();
    ALMANAC_RETURN_IF_ERROR(checkForecastFits(*series, horizon, quantileCount));
    if (std::string gaps = collectionGapNote(*series, preparation); !gaps.empty()) notes.push_back(std::move(gaps));
    return series;
}

Result<ForecastRun> runForecast(const ForecastInputs& inputs, ForecastSpec spec, const std::string& recipeName,
                                const JobContext& job)
{
    ALMANAC_RETURN_IF_ERROR(validateRecipeRequest(recipeName, spec));
    std::vector<std::string> notes;
    auto series = prepareForecastTarget(*inputs.target, inputs.preparation, spec.horizon, spec.quantiles.size(), notes, job);
    if (!series.isOk()) return series.status();
    if (inputs.related)
        ALMANAC_RETURN_IF_ERROR(attachRelatedSeries(*inputs.related, *series, spec.horizon, inputs.relatedPreparation, &notes));
    if (inputs.items) ALMANAC_RETURN_IF_ERROR(attachItemMetadata(*inputs.items, *series, &notes));
    return runForecastOnSeries(std::move(*series), std::move(notes), inputs, std::move(spec), recipeName, job);
}

Result<ForecastRun> runForecastOnSeries(SeriesSet series, std::vector<std::string> notes, const ForecastInputs& inputs,
                                        ForecastSpec spec, const std::string& recipeName, const JobContext& job)
{
    ALMANAC_RETURN_IF_ERROR(validateRecipeRequest(recipeName, spec));
    const bool automatic = toLower(recipeName) == kAutoRecipe;
    auto recipe = automatic ? nullptr : forecastRecipes().create(recipeName);
    ForecastRun run;
    run.notes = std::move(notes);
    run.series = std::move(series);
    spec.frequency = run.series.frequency;
    run.spec = spec;

    std::vector<std::string> candidates = automatic ? autoCandidates() : std::vector<std::string>{recipe->name()};
    BacktestOptions backtestOptions = inputs.backtest;
    if (backtestOptions.windows <= 0) backtestOptions.windows = automatic ? 2 : 1;
    const bool canBacktest = fitBacktestToData(run.series, run.spec.horizon, backtestOptions);
    if (!canBacktest && inputs.evaluate && !automatic)
        return Status::invalidInput("the series are too short to backtest (each needs at least 3 periods)");
    if (automatic && !canBacktest) {
        // Nothing to compare on: the simplest recipe, which needs no history to speak of.
        PredictorPlan plan;
        plan.label = "naive";
        plan.members.push_back({});
        plan.members.back().recipe = "naive";
        plan.membersOfSeries.assign(run.series.series.size(), {0});
        ALMANAC_RETURN_IF_ERROR(forecastWithPlan(run, std::move(plan), job));
        ALMANAC_RETURN_IF_ERROR(forecastColdItems(run, job));
        return run;
    }
    run.backtest = backtestOptions;
    // The mode choice replays the windows' forecasts: kept while they fit in memory (about 32 MB
    // a candidate), else auto falls back to per-item choice.
    const double keptValues = double(run.series.series.size()) * double(backtestOptions.horizon > 0 ? backtestOptions.horizon : spec.horizon)
                              * double(spec.quantiles.size() + 1) * double(backtestOptions.windows);
    backtestOptions.keepForecasts = automatic && inputs.autoMode == AutoMode::Best && backtestOptions.windows >= 2 && keptValues <= 4e6;
    // auto searches each item's ETS form or ARIMA orders once, on the oldest window, and refits
    // them for the newer windows and the final forecast.
    backtestOptions.refitNewerWindows = automatic;
    // Recipes whose own intervals are known to run narrow are calibrated unless told not to.
    const bool wantsCalibration = canBacktest && !automatic && recipe->intervalsNeedCalibration() && !inputs.neverCalibrate;
    const bool evaluate = inputs.evaluate || wantsCalibration;
    const bool calibrate = (inputs.calibrate && !inputs.neverCalibrate) || wantsCalibration;
    if (automatic) {
        std::vector<CandidateSetting> settings;
        for (const std::string& name : candidates) settings.push_back({name, {}, false});
        for (const std::string& name : candidates) {
            const auto space = forecastRecipes().create(name)->searchSpace();
            for (size_t k = 1; k < space.size(); ++k) settings.push_back({name, space[k], true});
        }
        AutoSearchOptions search;
        search.backtest = backtestOptions;
        search.timeBudgetSeconds = inputs.timeBudgetSeconds;
        auto searched = searchCandidates(run.series, run.spec, settings, search, job.subRange(0, kSearchShare));
        if (!searched.isOk()) return searched.status();
        run.leaderboard = std::move(searched->leaderboard);
        for (std::string& note : searched->notes) run.notes.push_back(std::move(note));
        const bool modeAllowsIt = inputs.autoMode == AutoMode::Best || inputs.autoMode == AutoMode::Dataset;
        if (searched->probeWinner && modeAllowsIt) {
            // The sample's winner for every series, with the band the sample's backtest calibrated.
            const BacktestResult& winner = *searched->probeWinner;
            PredictorPlan plan;
            plan.label = winner.label();
            PredictorMember member;
            member.recipe = winner.recipe;
            member.parameters = winner.parameters;
            member.rescale = winner.spreadFactor != 1.0;
            member.spreadFactor = winner.spreadFactor;
            plan.members.push_back(std::move(member));
            plan.membersOfSeries.assign(run.series.series.size(), {0});
            run.spec.screenForms = true; // as auto's final fits do
            ALMANAC_RETURN_IF_ERROR(forecastWithPlan(run, std::move(plan), job.subRange(kSearchShare, 1.0)));
            run.spec.screenForms = false;
            run.recipeOfSeries.assign(run.series.series.size(), run.recipe);
            ALMANAC_RETURN_IF_ERROR(forecastColdItems(run, job.subRange(kSearchShare, 1.0)));
            return run;
        }
    } else if (evaluate) {
        auto backtest = runBacktest(*recipe, run.series, run.spec, backtestOptions, job.subRange(0, kSearchShare));
        if (!backtest.isOk()) return backtest.status();
        job.reportMetric("mean wQL", 1, backtest->overall.meanWql, backtest->label());
        run.leaderboard.push_back(std::move(*backtest));
    }
    const JobContext last = (automatic || evaluate) ? job.subRange(kSearchShare, 1.0) : job;
    if (automatic) {
        AutoMode mode = inputs.autoMode;
        if (mode == AutoMode::Best) {
            const auto decision = chooseAutoMode(run.series, run.spec, run.leaderboard);
            mode = decision ? decision->mode : AutoMode::Item;
            if (decision) run.autoModeTrials = decision->trials;
            for (BacktestResult& b : run.leaderboard) b.kept.clear(); // replayed; no longer needed
        }
        ForecastSpec economical = run.spec;
        economical.screenForms = true;
        auto chosen = forecastAutomatically(run.series, economical, run.leaderboard, mode, last);
        if (!chosen.isOk()) return chosen.status();
        run.forecasts = std::move(chosen->forecasts);
        run.recipeOfSeries = std::move(chosen->recipeOfSeries);
        run.predictor = std::move(chosen->predictor);
        run.recipe = run.predictor->label;
        ALMANAC_RETURN_IF_ERROR(forecastColdItems(run, last));
        return run;
    }
    PredictorPlan plan;
    plan.label = recipe->name();
    PredictorMember member;
    member.recipe = recipe->name();
    // A stretched band must still respect what the history allows (no negative demand): the
    // predictor finalizes the quantiles again after rescaling.
    member.rescale = calibrate && !run.leaderboard.empty() && run.leaderboard.front().spreadFactor != 1.0;
    if (member.rescale) member.spreadFactor = run.leaderboard.front().spreadFactor;
    plan.members.push_back(std::move(member));
    plan.membersOfSeries.assign(run.series.series.size(), {0});
    ALMANAC_RETURN_IF_ERROR(forecastWithPlan(run, std::move(plan), last));
    ALMANAC_RETURN_IF_ERROR(forecastColdItems(run, last));
    return run;
}

} // namespace almanac
