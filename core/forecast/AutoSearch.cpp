#include "forecast/AutoSearch.h"

#include "forecast/AutoSelection.h"
#include "forecast/ForecastRecipes.h"
#include "util/NumberFormat.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <numeric>

namespace almanac {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// How many series the probe takes: all of a small set's first few (enough to time each
// candidate), a twentieth of a large one (enough to judge it by), never more than 2,000.
size_t probeSize(size_t n, size_t screeningMinimum)
{
    if (n < 5 * screeningMinimum) return std::min<size_t>(n, 16);
    return std::clamp<size_t>(n / 20, screeningMinimum, 2000);
}

SeriesSet subsetOf(const SeriesSet& data, const std::vector<size_t>& rows)
{
    SeriesSet subset = data.withoutSeries(); // the backtest windows fall where they fall on all the data
    for (size_t r : rows) subset.series.push_back(data.series[r]);
    return subset;
}

// NaN scores (no actuals) sort last.
void sortByScore(std::vector<BacktestResult>& leaderboard)
{
    std::stable_sort(leaderboard.begin(), leaderboard.end(), [](const BacktestResult& a, const BacktestResult& b) {
        return lowerScoreFirst(a.overall.meanWql, b.overall.meanWql);
    });
}

Result<BacktestResult> backtestSetting(const CandidateSetting& setting, const SeriesSet& data, const ForecastSpec& spec,
                                       const BacktestOptions& options, const JobContext& job)
{
    auto recipe = forecastRecipes().create(setting.recipe);
    if (!recipe) return Status::internal("auto: unknown recipe " + setting.recipe);
    ForecastSpec trial = spec;
    trial.screenForms = true;
    for (const auto& [k, v] : setting.parameters) trial.parameters[k] = v;
    auto result = runBacktest(*recipe, data, trial, options, job);
    if (result.isOk()) result->parameters = setting.parameters;
    return result;
}

std::string scoreText(double score)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.4f", score);
    return text;
}

std::string secondsText(double s)
{
    return formatNumber(std::round(s * 10) / 10) + " s";
}

} // namespace

double progressAfterProbe(double probeSeconds, double projectedAhead, double budgetSeconds, double probeShare)
{
    double ahead = std::max(0.0, projectedAhead);
    if (budgetSeconds > 0) ahead = std::min(ahead, std::max(0.0, budgetSeconds - probeSeconds));
    if (!(probeSeconds > 0) || !(probeSeconds + ahead > 0)) return probeShare;
    return std::clamp(probeSeconds / (probeSeconds + ahead), probeShare, 0.95);
}

std::vector<size_t> probeSample(size_t seriesCount, size_t count)
{
    count = std::min(count, seriesCount);
    std::vector<size_t> rows;
    for (size_t k = 0; k < count; ++k) rows.push_back(size_t((double(k) + 0.5) * double(seriesCount) / double(count)));
    return rows;
}

std::vector<size_t> hopelessCandidates(const std::vector<BacktestResult>& probe, size_t seriesCount, double minimumShare)
{
    const CandidateScores scores = scoresOf(probe, seriesCount);
    const auto members = chooseMembers(AutoMode::ItemEnsemble, scores, seriesCount);
    std::vector<size_t> inTopThree(probe.size(), 0);
    size_t judged = 0;
    for (size_t s = 0; s < seriesCount; ++s) {
        bool scored = false;
        for (size_t c = 0; c < probe.size(); ++c) scored |= !std::isnan(scores.item[c][s]);
        if (!scored) continue;
        ++judged;
        for (size_t c : members[s]) ++inTopThree[c];
    }
    std::vector<size_t> order(probe.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return lowerScoreFirst(scores.overall[a], scores.overall[b]); });
    std::vector<size_t> hopeless;
    if (judged == 0) return hopeless;
    for (size_t rank = 3; rank < order.size(); ++rank)
        if (double(inTopThree[order[rank]]) < minimumShare * double(judged)) hopeless.push_back(order[rank]);
    std::sort(hopeless.begin(), hopeless.end());
    return hopeless;
}

std::vector<size_t> chooseWithinBudget(const std::vector<size_t>& order, const std::vector<double>& projected,
                                       const std::vector<double>& probeScores, double remaining)
{
    if (order.empty()) return {};
    // The cheapest, so that there is something to forecast with (order is cheapest first).
    std::vector<size_t> kept{order.front()};
    double planned = projected[order.front()];
    std::vector<size_t> byPromise(order.begin() + 1, order.end());
    std::stable_sort(byPromise.begin(), byPromise.end(), [&](size_t a, size_t b) { return lowerScoreFirst(probeScores[a], probeScores[b]); });
    for (size_t c : byPromise)
        if (planned + projected[c] <= remaining) {
            planned += projected[c];
            kept.push_back(c);
        }
    // Run in the given order (cheapest first): the progress and the first results come sooner.
    std::vector<size_t> inOrder;
    for (size_t c : order)
        if (std::find(kept.begin(), kept.end(), c) != kept.end()) inOrder.push_back(c);
    return inOrder;
}

Result<AutoSearchResult> searchCandidates(const SeriesSet& data, const ForecastSpec& spec,
                                          const std::vector<CandidateSetting>& settings,
                                          const AutoSearchOptions& options, const JobContext& job)
{
    if (settings.empty()) return Status::internal("auto: no candidate to compare");
    const auto started = Clock::now();
    const size_t n = data.series.size();
    AutoSearchResult out;

    // The probe: every setting on a spread of the series.
    const std::vector<size_t> rows = probeSample(n, probeSize(n, options.screeningMinimum));
    const bool probeIsEverything = rows.size() == n;
    const SeriesSet probeSet = subsetOf(data, rows);
    const double probeShare = probeIsEverything ? 1.0 : 0.05;
    std::vector<BacktestResult> probe;
    for (size_t c = 0; c < settings.size(); ++c) {
        const double from = probeShare * double(c) / double(settings.size());
        const double to = probeShare * double(c + 1) / double(settings.size());
        auto result = backtestSetting(settings[c], probeSet, spec, options.backtest, job.subRange(from, to));
        if (!result.isOk()) return result.status();
        if (probeIsEverything) job.reportMetric("mean wQL", int(c + 1), result->overall.meanWql, result->label());
        probe.push_back(std::move(*result));
    }
    if (probeIsEverything) {
        out.leaderboard = std::move(probe);
        sortByScore(out.leaderboard);
        return out;
    }

    // Screening, on sets large enough to judge by.
    std::vector<bool> left(settings.size(), false);
    if (rows.size() >= options.screeningMinimum)
        for (size_t c : hopelessCandidates(probe, rows.size())) {
            left[c] = true;
            out.notes.push_back("auto: left out " + probe[c].label() + ": among the best three for under 2% of "
                                + std::to_string(rows.size()) + " sampled series, and not among the best three overall");
        }

    // What each would take on all the series, and the order: defaults before the other settings,
    // cheapest first within each.
    std::vector<double> projected(settings.size());
    for (size_t c = 0; c < settings.size(); ++c) projected[c] = probe[c].seconds * double(n) / double(rows.size());
    std::vector<size_t> order;
    for (size_t c = 0; c < settings.size(); ++c)
        if (!left[c]) order.push_back(c);
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        if (settings[a].extra != settings[b].extra) return !settings[a].extra;
        return projected[a] < projected[b];
    });
    if (options.timeBudgetSeconds > 0) {
        std::vector<double> scores;
        for (const BacktestResult& b : probe) scores.push_back(b.overall.meanWql);
        const std::vector<size_t> kept = chooseWithinBudget(order, projected, scores,
                                                            options.timeBudgetSeconds - secondsSince(started));
        for (size_t c : order)
            if (std::find(kept.begin(), kept.end(), c) == kept.end())
                out.notes.push_back("auto: left out " + probe[c].label() + ": about " + secondsText(projected[c])
                                    + " on all series, beyond the time budget of " + secondsText(options.timeBudgetSeconds));
        order = kept;
    }

    // All the series, with progress in proportion to the measured costs.
    double total = 0;
    for (size_t c : order) total += std::max(projected[c], 1e-6);
    const double searched = progressAfterProbe(secondsSince(started), total, options.timeBudgetSeconds, probeShare);
    CancelToken budget(job.cancel, started, options.timeBudgetSeconds);
    JobContext withDeadline = job;
    withDeadline.cancel = budget.hasDeadline() ? &budget : job.cancel;
    double done = 0;
    std::vector<size_t> ran; // backtested on all the series
    for (size_t k = 0; k < order.size(); ++k) {
        const size_t c = order[k];
        const double share = std::max(projected[c], 1e-6) / total;
        const JobContext sub = (out.leaderboard.empty() ? job : withDeadline)
                                   .subRange(searched + (1 - searched) * done, searched + (1 - searched) * (done + share));
        done += share;
        auto result = backtestSetting(settings[c], data, spec, options.backtest, sub);
        if (!result.isOk()) {
            if (result.status().isCancelled() && !job.isCancelled() && budget.expired()) {
                out.notes.push_back("auto: stopped at the time budget of " + secondsText(options.timeBudgetSeconds) + " while backtesting "
                                    + probe[c].label() + "; " + std::to_string(out.leaderboard.size()) + " candidates compared");
                break;
            }
            return result.status();
        }
        job.reportMetric("mean wQL", int(out.leaderboard.size() + 1), result->overall.meanWql, result->label());
        out.leaderboard.push_back(std::move(*result));
        ran.push_back(c);
    }
    sortByScore(out.leaderboard);
    // The probe's best, when the budget kept it from all the series and it beat there every
    // candidate that ran on them.
    size_t best = settings.size();
    for (size_t c = 0; c < settings.size(); ++c)
        if (!left[c] && (best == settings.size() || lowerScoreFirst(probe[c].overall.meanWql, probe[best].overall.meanWql))) best = c;
    const bool bestRan = std::find(ran.begin(), ran.end(), best) != ran.end();
    const bool beatsEveryRun = best < settings.size() && std::all_of(ran.begin(), ran.end(), [&](size_t c) {
        return lowerScoreFirst(probe[best].overall.meanWql, probe[c].overall.meanWql);
    });
    if (!bestRan && beatsEveryRun) {
        out.notes.push_back("auto: " + probe[best].label() + " forecasts every series: the best on the " + std::to_string(rows.size())
                            + " sampled series (mean wQL " + scoreText(probe[best].overall.meanWql)
                            + ", better there than every candidate compared on all series) but beyond the time budget of "
                            + secondsText(options.timeBudgetSeconds) + " to backtest on all");
        out.probeWinner = std::move(probe[best]);
    }
    return out;
}

} // namespace almanac
