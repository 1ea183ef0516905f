#pragma once
// What "auto" does with the backtests of every candidate recipe: forecast with the dataset's
// best, with each item's own best, with the average of the dataset's best few, or with the
// average of each item's best few (quantile averaging). Mode "best" is decided on the backtest
// itself (AutoModeChoice.h).
#include "forecast/Backtest.h"
#include "forecast/Predictor.h"

#include <cmath>
#include <optional>
#include <string>
#include <vector>

namespace almanac {

enum class AutoMode { Dataset, Item, Ensemble, ItemEnsemble, Best };
std::optional<AutoMode> autoModeFromName(std::string_view name);
const char* autoModeName(AutoMode mode);

// Backtest scores (mean wQL, lower is better; NaN: none) of each candidate overall and for each
// series: what the modes choose by.
struct CandidateScores {
    std::vector<double> overall;           // [candidate]
    std::vector<std::vector<double>> item; // [candidate][series]
};
CandidateScores scoresOf(const std::vector<BacktestResult>& leaderboard, size_t seriesCount);

// The order auto ranks scores in: lower first, NaN (nothing scored) last.
inline bool lowerScoreFirst(double x, double y) { return std::isnan(y) ? !std::isnan(x) : (!std::isnan(x) && x < y); }

// The candidates (indices into the scores) whose forecasts each series averages under mode;
// never Best.
std::vector<std::vector<size_t>> chooseMembers(AutoMode mode, const CandidateScores& scores, size_t seriesCount);

struct AutoForecast {
    std::vector<SeriesForecast> forecasts;
    std::vector<std::string> recipeOfSeries; // what forecast each series ("a+b+c" for ensembles)
    std::shared_ptr<const Predictor> predictor; // what made the forecasts, to keep
};

// Quantile averaging: the mean of the forecasts, quantile by quantile.
SeriesForecast averageForecasts(const std::vector<const SeriesForecast*>& parts);

// leaderboard: backtests of the candidates on `data`, best first. mode is never Best here.
Result<AutoForecast> forecastAutomatically(const SeriesSet& data, const ForecastSpec& spec,
                                           const std::vector<BacktestResult>& leaderboard, AutoMode mode,
                                           const JobContext& job = {});

} // namespace almanac
