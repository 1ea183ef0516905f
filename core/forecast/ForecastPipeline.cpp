#include "forecast/ForecastPipeline.h"

#include "forecast/ForecastRecipes.h"
#include "forecast/SeriesHistory.h"

#include <algorithm>
#include <chrono>
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

// The recipes auto compares. Expensive ones (the deep recipes: minutes of training each, per
// backtest window) are left out until auto can budget them; ask for them by name.
std::vector<std::string> autoCandidates()
{
    std::vector<std::string> out;
    for (const std::string& name : forecastRecipes().names())
        if (forecastRecipes().create(name)->traits().cost != RecipeCost::Expensive) out.push_back(name);
    return out;
}

} // namespace

Result<ForecastRun> runForecast(const ForecastInputs& inputs, ForecastSpec spec, const std::string& recipeName,
                                const JobContext& job)
{
    const bool automatic = toLower(recipeName) == kAutoRecipe;
    auto recipe = automatic ? nullptr : forecastRecipes().create(recipeName);
    if (!automatic && !recipe)
        return Status::invalidInput("unknown forecast recipe '" + recipeName + "' (known: auto, "
                                    + forecastRecipes().joinedNames() + ")");
    ALMANAC_RETURN_IF_ERROR(validateForecastParameters(automatic ? std::string(kAutoRecipe) : recipe->name(), spec.parameters));
    auto series = prepareTargetSeries(*inputs.target, inputs.preparation, job);
    if (!series.isOk()) return series.status();
    ALMANAC_RETURN_IF_ERROR(checkForecastFits(*series, spec.horizon, spec.quantiles.size()));
    ForecastRun run;
    if (inputs.related)
        ALMANAC_RETURN_IF_ERROR(attachRelatedSeries(*inputs.related, *series, spec.horizon, inputs.relatedPreparation, &run.notes));
    run.series = std::move(*series);
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
    if (automatic || evaluate) {
        // Every recipe's default first; then, for auto, the other settings of each search space
        // while the time budget lasts.
        std::vector<std::pair<std::string, std::map<std::string, std::string>>> plan;
        for (const std::string& name : candidates) plan.emplace_back(name, std::map<std::string, std::string>{});
        if (automatic)
            for (const std::string& name : candidates) {
                const auto space = forecastRecipes().create(name)->searchSpace();
                for (size_t k = 1; k < space.size(); ++k) plan.emplace_back(name, space[k]);
            }
        const auto started = std::chrono::steady_clock::now();
        const double share = 0.8 / double(plan.size());
        for (size_t c = 0; c < plan.size(); ++c) {
            const bool extra = c >= candidates.size();
            const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
            if (extra && inputs.timeBudgetSeconds > 0 && elapsed > inputs.timeBudgetSeconds) break;
            auto candidate = forecastRecipes().create(plan[c].first);
            ForecastSpec trial = run.spec;
            trial.screenForms = automatic;
            for (const auto& [k, v] : plan[c].second) trial.parameters[k] = v;
            auto backtest = runBacktest(*candidate, run.series, trial, backtestOptions,
                                        job.subRange(share * double(c), share * double(c + 1)));
            if (!backtest.isOk()) return backtest.status();
            backtest->parameters = plan[c].second;
            job.reportMetric("mean wQL", int(c + 1), backtest->overall.meanWql, backtest->label());
            run.leaderboard.push_back(std::move(*backtest));
        }
        // NaN scores (no actuals) sort last.
        std::stable_sort(run.leaderboard.begin(), run.leaderboard.end(), [](const BacktestResult& a, const BacktestResult& b) {
            const double x = a.overall.meanWql, y = b.overall.meanWql;
            return std::isnan(y) ? !std::isnan(x) : (!std::isnan(x) && x < y);
        });
    }
    const JobContext last = (automatic || evaluate) ? job.subRange(0.8, 1.0) : job;
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
    return run;
}

} // namespace almanac
