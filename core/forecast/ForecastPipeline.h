#pragma once
// Data in, forecasts out: preparation, the recipe, and the result, shared by the CLI, the demo
// and the workbench.
#include "data/RelatedSeries.h"
#include "data/SeriesPreparation.h"
#include "forecast/AutoModeChoice.h"
#include "forecast/AutoSelection.h"
#include "forecast/Backtest.h"
#include "forecast/ForecastRecipe.h"

#include <string>

namespace almanac {

struct ForecastRun {
    std::string recipe;
    SeriesSet series;
    ForecastSpec spec;
    std::vector<SeriesForecast> forecasts;
    // Backtests, best (lowest mean wQL) first: every candidate for "auto", else the one recipe
    // when evaluation was asked for.
    std::vector<BacktestResult> leaderboard;
    std::vector<std::string> recipeOfSeries; // for auto: which recipe forecast each series
    BacktestOptions backtest;                // as run: shortened when the data was short
    std::vector<AutoModeTrial> autoModeTrials; // auto "best": each mode's score on the newest window
    std::shared_ptr<const Predictor> predictor; // the trained models that made the forecasts
    std::vector<std::string> notes;             // what the analyst should know (columns left out...)
};

struct ForecastInputs {
    const LoadedDataset* target = nullptr;
    const LoadedDataset* related = nullptr; // optional
    const LoadedDataset* items = nullptr;   // optional item metadata
    PreparationOptions preparation;
    RelatedPreparationOptions relatedPreparation;
    bool evaluate = false;   // backtest the recipe too
    // With evaluate: stretch or shrink the recipe's intervals so that its outer quantiles held
    // what they promise on the backtest (auto always does this for its candidates).
    bool calibrate = false;
    // Not even for recipes that calibrate by default (ForecastRecipe::intervalsNeedCalibration).
    bool neverCalibrate = false;
    BacktestOptions backtest; // windows 0: two for auto (its mode choice needs them), else one
    AutoMode autoMode = AutoMode::Best;
    // auto: a hard limit on the search, in seconds (0: none); candidates that would not fit are
    // not started and one running past it is stopped (AutoSearch.h). The final fit comes after.
    double timeBudgetSeconds = 0;
};

// "auto" backtests every registered recipe and forecasts with the one of lowest mean wQL.
constexpr const char* kAutoRecipe = "auto";
// What the faces give auto when the analyst says nothing: ten minutes of search.
constexpr double kDefaultForecastTimeBudgetSeconds = 600;

// Every parameter must be one the recipe declares (for auto: one some recipe declares), with a
// value that parses and lies in range.
Status validateForecastParameters(const std::string& recipe, const std::map<std::string, std::string>& parameters);

// spec.frequency is filled in from the prepared series. Cold items (in the related series or the
// item metadata, without target history) come after the series with history in run.series and
// run.forecasts, forecast by the recipe's global model or, for the others, as their metadata
// group's average (a note says which).
Result<ForecastRun> runForecast(const ForecastInputs& inputs, ForecastSpec spec, const std::string& recipeName,
                                const JobContext& job = {});

// runForecast in steps, for a face that loads its files one at a time and lets each go once
// read (at 100,000 series the files' tables are larger than the series): the target prepared
// and checked against the horizon, what the preparation noted appended to notes; then the
// related series and item metadata attached (attachRelatedSeries, attachItemMetadata); then the
// forecast on the series (the inputs' datasets are not read, the rest of them is).
Result<SeriesSet> prepareForecastTarget(const LoadedDataset& target, const PreparationOptions& preparation, int horizon,
                                        size_t quantileCount, std::vector<std::string>& notes, const JobContext& job = {});
Result<ForecastRun> runForecastOnSeries(SeriesSet series, std::vector<std::string> notes, const ForecastInputs& inputs,
                                        ForecastSpec spec, const std::string& recipeName, const JobContext& job = {});

} // namespace almanac
