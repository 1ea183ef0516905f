#pragma once
// Backtesting as the cloud service does it: K windows, each holding out `horizon` periods that
// end `offset` periods apart from the end of the data, forecast from the history before them.
#include "forecast/AccuracyMetrics.h"
#include "forecast/ForecastRecipe.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace almanac {

struct BacktestOptions {
    int windows = 1;
    int offset = 0;  // 0: the horizon
    int horizon = 0; // periods held out per window; 0: the forecast horizon
    bool keepForecasts = false; // keep each window's forecasts (auto compares its modes on them)
    // auto's economy, for local recipes that refit from an older model (RecipeTraits::
    // refitsFromOlderModel): the windows run oldest first, each newer window's models are refitted
    // from the older window's, and the newest window's models are kept for the final fit.
    bool refitNewerWindows = false;
};

// A series' model as bytes (ForecastRecipe::readSeriesModel reads it); none where the series was
// not fitted.
using KeptModel = std::optional<std::vector<uint8_t>>;

// Options that fit the data: when the longest series cannot give `windows` windows of the
// forecast horizon plus some history, the held-out horizon shrinks (never below one period).
// Returns false when not even that is possible.
bool fitBacktestToData(const SeriesSet& data, int forecastHorizon, BacktestOptions& options);

// Items grouped by mean demand, as the cloud console does: the top fifth "high", the next 30%
// "medium", the rest "low".
std::vector<std::string> velocityBuckets(const SeriesSet& data);

struct ItemAccuracy {
    size_t series = 0; // index into the SeriesSet
    std::string velocity;
    AccuracyMetrics metrics;
};

// One window's forecasts, as the recipe made them (before any spread correction).
struct WindowForecasts {
    int64_t cut = 0;                     // the first held-out period
    std::vector<size_t> series;          // indices into the SeriesSet
    std::vector<SeriesForecast> forecasts;
};

struct BacktestResult {
    std::string recipe;
    std::map<std::string, std::string> parameters; // the hyper-parameters tried, beyond the user's
    std::string label() const;                      // "prophet(changepoint_prior=0.5)"
    AccuracyMetrics overall;
    std::vector<AccuracyMetrics> windows;            // newest window first
    std::vector<std::pair<std::string, AccuracyMetrics>> byVelocity; // "high", "medium", "low"
    std::vector<ItemAccuracy> items;
    std::vector<WindowForecasts> kept; // newest window first, when BacktestOptions::keepForecasts
    // The newest window's model of each series of the data, with refitNewerWindows.
    std::vector<KeptModel> newestModels;
    double seconds = 0; // the backtest's wall time
    // How much the quantiles' distances from the median must be stretched (or shrunk) for the
    // outermost quantiles to hold the share of actuals they promise, on this backtest.
    double spreadFactor = 1.0;
};

// Stretches each quantile's distance from the median (the mean when 0.5 is not requested) by
// factor; the order of the quantiles is kept.
void rescaleSpread(SeriesForecast& forecast, const std::vector<double>& quantiles, double factor);

// Fits series from scratch, or refits it from older (the recipe's model of an older history of
// the same item) where there is one.
Result<std::unique_ptr<SeriesModel>> fitOrRefit(const ForecastRecipe& recipe, const KeptModel& older,
                                                const TimeSeries& series, const ForecastSpec& spec);

Result<BacktestResult> runBacktest(const ForecastRecipe& recipe, const SeriesSet& data, const ForecastSpec& spec,
                                   const BacktestOptions& options, const JobContext& job = {});

} // namespace almanac
