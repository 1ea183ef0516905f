#pragma once
// How auto spends its time on the candidates (every recipe's default, then the other settings of
// each search space): a probe backtests each on a small spread of the series, which measures what
// each costs and, on large sets, screens out the hopeless ones; the rest are backtested on all the
// series, cheapest first, with progress weighted by the measured costs (so that the ETA holds) and
// within the time budget as a hard limit.
#include "forecast/Backtest.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace almanac {

struct CandidateSetting {
    std::string recipe;
    std::map<std::string, std::string> parameters; // beyond the user's
    bool extra = false;                            // not the recipe's default
};

struct AutoSearchOptions {
    BacktestOptions backtest;
    double timeBudgetSeconds = 0; // 0: no limit
    // Screening needs enough series to judge by: below this the probe only measures costs.
    size_t screeningMinimum = 200;
};

struct AutoSearchResult {
    std::vector<BacktestResult> leaderboard; // best (lowest mean wQL) first
    std::vector<std::string> notes;          // candidates left out, and why
    // Where the budget left out (or stopped) the probe's best candidate, and on the probe it beat
    // every candidate backtested on all series: its backtest on the probe's series. Forecasting
    // every series with it is then the better use of the budget than choosing among the cheap
    // (measured on 100,000 retail series: naive and snaive compared, prophet left out).
    std::optional<BacktestResult> probeWinner;
};

// The series the probe backtests: an even spread of the set, at most `count` of them.
std::vector<size_t> probeSample(size_t seriesCount, size_t count);

// Candidates whose items almost never rank among the best three on the probe: their share of the
// probe's items where they are in the top three is under minimumShare and they are not among the
// three best overall. Indices into probe.
std::vector<size_t> hopelessCandidates(const std::vector<BacktestResult>& probe, size_t seriesCount, double minimumShare = 0.02);

// What a time budget lets run of order (candidate indices, cheapest first), given each one's
// projected seconds on all series, its probe score (mean wQL, lower is better) and the seconds
// left: the cheapest always, so that there is something to forecast with, then the most
// promising on the probe while they fit, kept in the given order. (Cheapest first alone, measured
// on 100,000 retail series, filled a 600 s budget with naive, snaive, theta and npts and left out
// prophet, the best by far.)
std::vector<size_t> chooseWithinBudget(const std::vector<size_t>& order, const std::vector<double>& projected,
                                       const std::vector<double>& probeScores, double remaining);

// Where the search's progress stands once the probe is done: the probe's share of the time the
// whole search will take (the probe's seconds against them plus the projected seconds of what is
// to run, no more than the budget leaves), and never less than the share it reported while it
// ran. The probe's share cannot be known before it runs; set after it, the time left shown holds
// from then on. (Measured on 100,000 retail series with a fixed 5%: 38 min said at 10%, 9 taken.)
double progressAfterProbe(double probeSeconds, double projectedAhead, double budgetSeconds, double probeShare);

Result<AutoSearchResult> searchCandidates(const SeriesSet& data, const ForecastSpec& spec,
                                          const std::vector<CandidateSetting>& settings,
                                          const AutoSearchOptions& options, const JobContext& job = {});

} // namespace almanac
