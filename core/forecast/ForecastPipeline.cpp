#include "forecast/ForecastPipeline.h"

#include "forecast/ForecastRecipes.h"

#include <algorithm>
#include <cmath>

namespace almanac {

Result<ForecastRun> runForecast(const ForecastInputs& inputs, ForecastSpec spec, const std::string& recipeName,
                                const JobContext& job)
{
    const bool automatic = toLower(recipeName) == kAutoRecipe;
    auto recipe = automatic ? nullptr : forecastRecipes().create(recipeName);
    if (!automatic && !recipe)
        return Status::invalidInput("unknown forecast recipe '" + recipeName + "' (known: auto, "
                                    + forecastRecipes().joinedNames() + ")");
    auto series = prepareTargetSeries(*inputs.target, inputs.preparation, job);
    if (!series.isOk()) return series.status();
    if (inputs.related)
        ALMANAC_RETURN_IF_ERROR(attachRelatedSeries(*inputs.related, *series, spec.horizon, inputs.relatedPreparation));
    ForecastRun run;
    run.series = std::move(*series);
    spec.frequency = run.series.frequency;
    run.spec = spec;

    std::vector<std::string> candidates = automatic ? forecastRecipes().names() : std::vector<std::string>{recipe->name()};
    BacktestOptions backtestOptions = inputs.backtest;
    const bool canBacktest = fitBacktestToData(run.series, run.spec.horizon, backtestOptions);
    if (!canBacktest && inputs.evaluate && !automatic)
        return Status::invalidInput("the series are too short to backtest (each needs at least 3 periods)");
    if (automatic && !canBacktest) {
        // Nothing to compare on: the simplest recipe, which needs no history to speak of.
        recipe = forecastRecipes().create("naive");
        run.recipe = recipe->name();
        ALMANAC_RETURN_IF_ERROR(recipe->forecastAll(run.series, run.spec, run.forecasts, job));
        return run;
    }
    run.backtest = backtestOptions;
    if (automatic || inputs.evaluate) {
        const double share = 0.8 / double(candidates.size());
        for (size_t c = 0; c < candidates.size(); ++c) {
            auto candidate = forecastRecipes().create(candidates[c]);
            auto backtest = runBacktest(*candidate, run.series, run.spec, backtestOptions,
                                        job.subRange(share * double(c), share * double(c + 1)));
            if (!backtest.isOk()) return backtest.status();
            run.leaderboard.push_back(std::move(*backtest));
        }
        // NaN scores (no actuals) sort last.
        std::stable_sort(run.leaderboard.begin(), run.leaderboard.end(), [](const BacktestResult& a, const BacktestResult& b) {
            const double x = a.overall.meanWql, y = b.overall.meanWql;
            return std::isnan(y) ? !std::isnan(x) : (!std::isnan(x) && x < y);
        });
    }
    const JobContext last = (automatic || inputs.evaluate) ? job.subRange(0.8, 1.0) : job;
    if (automatic) {
        auto chosen = forecastAutomatically(run.series, run.spec, run.leaderboard, inputs.autoMode, last);
        if (!chosen.isOk()) return chosen.status();
        run.forecasts = std::move(chosen->forecasts);
        run.recipeOfSeries = std::move(chosen->recipeOfSeries);
        run.recipe = inputs.autoMode == AutoMode::Dataset ? run.leaderboard.front().recipe
                                                          : std::string("auto-") + autoModeName(inputs.autoMode);
        return run;
    }
    run.recipe = recipe->name();
    ALMANAC_RETURN_IF_ERROR(recipe->forecastAll(run.series, run.spec, run.forecasts, last));
    return run;
}

} // namespace almanac
