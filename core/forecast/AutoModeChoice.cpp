#include "forecast/AutoModeChoice.h"

#include "forecast/SeriesHistory.h"

#include <cmath>

namespace almanac {

const std::vector<AutoMode>& comparableAutoModes()
{
    static const std::vector<AutoMode> modes{AutoMode::Dataset, AutoMode::Item, AutoMode::Ensemble, AutoMode::ItemEnsemble};
    return modes;
}

namespace {

// Where each series sits in a window's forecasts (SIZE_MAX: not forecast there).
std::vector<size_t> positions(const WindowForecasts& window, size_t seriesCount)
{
    std::vector<size_t> at(seriesCount, SIZE_MAX);
    for (size_t i = 0; i < window.series.size(); ++i) at[window.series[i]] = i;
    return at;
}

// Adds one series' forecast in a window against its actuals.
void score(AccuracyAccumulator& acc, const TimeSeries& full, int64_t cut, const SeriesForecast& f)
{
    std::vector<double> q(f.quantiles.size());
    for (size_t h = 0; h < f.mean.size(); ++h) {
        const int64_t index = cut - full.firstPeriod + int64_t(h);
        if (index < 0 || size_t(index) >= full.values.size()) break;
        for (size_t k = 0; k < q.size(); ++k) q[k] = f.quantiles[k][h];
        acc.add(full.values[size_t(index)], q, f.mean[h], NAN);
    }
    acc.endItem();
}

} // namespace

std::optional<AutoModeDecision> chooseAutoMode(const SeriesSet& data, const ForecastSpec& spec,
                                               const std::vector<BacktestResult>& leaderboard)
{
    if (leaderboard.empty()) return std::nullopt;
    for (const BacktestResult& b : leaderboard)
        if (b.kept.size() < 2 || b.kept.size() != leaderboard.front().kept.size()) return std::nullopt;
    const size_t n = data.series.size(), candidates = leaderboard.size();

    // The candidates' forecasts as auto would issue them: band stretched by the backtest's factor.
    // (That factor saw the newest window too: a small leak, shared by every mode alike.)
    std::vector<std::vector<WindowForecasts>> adjusted(candidates);
    for (size_t c = 0; c < candidates; ++c) {
        adjusted[c] = leaderboard[c].kept;
        for (WindowForecasts& w : adjusted[c])
            for (size_t i = 0; i < w.series.size(); ++i) {
                rescaleSpread(w.forecasts[i], spec.quantiles, leaderboard[c].spreadFactor);
                finalizeQuantiles(w.forecasts[i], historyIsNonNegative(data.series[w.series[i]].values));
            }
    }

    // Scores from the older windows only.
    CandidateScores older;
    for (size_t c = 0; c < candidates; ++c) {
        AccuracyAccumulator overall(spec.quantiles);
        std::vector<AccuracyAccumulator> items(n, AccuracyAccumulator(spec.quantiles));
        for (size_t w = 1; w < adjusted[c].size(); ++w) {
            const WindowForecasts& window = adjusted[c][w];
            for (size_t i = 0; i < window.series.size(); ++i)
                score(items[window.series[i]], data.series[window.series[i]], window.cut, window.forecasts[i]);
        }
        std::vector<double> item(n, NAN);
        for (size_t s = 0; s < n; ++s)
            if (items[s].points()) {
                item[s] = items[s].finish().meanWql;
                overall.merge(items[s]);
            }
        older.overall.push_back(overall.points() ? overall.finish().meanWql : NAN);
        older.item.push_back(std::move(item));
    }

    std::vector<std::vector<size_t>> at(candidates);
    for (size_t c = 0; c < candidates; ++c) at[c] = positions(adjusted[c].front(), n);
    AutoModeDecision decision;
    double bestScore = INFINITY;
    for (AutoMode mode : comparableAutoModes()) {
        const std::vector<std::vector<size_t>> members = chooseMembers(mode, older, n);
        AccuracyAccumulator newest(spec.quantiles);
        for (size_t s = 0; s < n; ++s) {
            std::vector<const SeriesForecast*> parts;
            for (size_t c : members[s])
                if (at[c][s] != SIZE_MAX) parts.push_back(&adjusted[c].front().forecasts[at[c][s]]);
            if (parts.empty()) continue;
            score(newest, data.series[s], adjusted.front().front().cut, averageForecasts(parts));
        }
        if (!newest.points()) return std::nullopt;
        const double wql = newest.finish().meanWql;
        decision.trials.push_back({mode, wql});
        if (wql < bestScore) {
            bestScore = wql;
            decision.mode = mode;
        }
    }
    return decision;
}

} // namespace almanac
