#include "forecast/AutoSelection.h"

#include "data/Schema.h"
#include "forecast/ForecastRecipes.h"
#include "forecast/SeriesHistory.h"

#include <cmath>
#include <algorithm>
#include <map>

namespace almanac {

std::optional<AutoMode> autoModeFromName(std::string_view name)
{
    const std::string n = toLower(name);
    if (n == "dataset") return AutoMode::Dataset;
    if (n == "item") return AutoMode::Item;
    if (n == "ensemble") return AutoMode::Ensemble;
    if (n == "item-ensemble") return AutoMode::ItemEnsemble;
    if (n == "best") return AutoMode::Best;
    return std::nullopt;
}

const char* autoModeName(AutoMode mode)
{
    switch (mode) {
    case AutoMode::Dataset: return "dataset";
    case AutoMode::Item: return "item";
    case AutoMode::Ensemble: return "ensemble";
    case AutoMode::ItemEnsemble: return "item-ensemble";
    case AutoMode::Best: return "best";
    }
    return "dataset";
}

namespace {

constexpr size_t kEnsembleSize = 3;

} // namespace

CandidateScores scoresOf(const std::vector<BacktestResult>& leaderboard, size_t seriesCount)
{
    CandidateScores scores;
    for (const BacktestResult& b : leaderboard) {
        scores.overall.push_back(b.overall.meanWql);
        std::vector<double> item(seriesCount, NAN);
        for (const ItemAccuracy& a : b.items) item[a.series] = a.metrics.meanWql;
        scores.item.push_back(std::move(item));
    }
    return scores;
}

namespace {

// Candidate indices ordered by score, NaN last; ties keep the given order.
std::vector<size_t> ranked(const std::vector<double>& score)
{
    std::vector<size_t> order(score.size());
    for (size_t c = 0; c < order.size(); ++c) order[c] = c;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return lowerScoreFirst(score[a], score[b]); });
    return order;
}

} // namespace

std::vector<std::vector<size_t>> chooseMembers(AutoMode mode, const CandidateScores& scores, size_t seriesCount)
{
    const std::vector<size_t> overall = ranked(scores.overall);
    const size_t members = std::min(kEnsembleSize, overall.size());
    std::vector<std::vector<size_t>> out(seriesCount);
    for (size_t s = 0; s < seriesCount; ++s) {
        std::vector<size_t>& m = out[s];
        if (mode == AutoMode::Dataset || overall.empty()) {
            if (!overall.empty()) m.push_back(overall.front());
            continue;
        }
        if (mode == AutoMode::Ensemble) {
            m.assign(overall.begin(), overall.begin() + long(members));
            continue;
        }
        std::vector<double> itemScore(scores.item.size());
        for (size_t c = 0; c < itemScore.size(); ++c) itemScore[c] = scores.item[c][s];
        const std::vector<size_t> order = ranked(itemScore);
        // Items without a backtest of their own take the dataset's choice.
        const bool scored = !order.empty() && !std::isnan(itemScore[order.front()]);
        const std::vector<size_t>& source = scored ? order : overall;
        const size_t count = mode == AutoMode::Item ? 1 : members;
        for (size_t k = 0; k < count && k < source.size(); ++k)
            if (k == 0 || !scored || !std::isnan(itemScore[source[k]])) m.push_back(source[k]);
    }
    return out;
}

Result<AutoForecast> forecastAutomatically(const SeriesSet& data, const ForecastSpec& spec,
                                           const std::vector<BacktestResult>& leaderboard, AutoMode mode,
                                           const JobContext& job)
{
    if (leaderboard.empty()) return Status::internal("auto: no candidate was backtested");
    if (mode == AutoMode::Best) return Status::internal("auto: the mode must be decided before forecasting");
    const size_t n = data.series.size();
    const std::vector<std::vector<size_t>> members = chooseMembers(mode, scoresOf(leaderboard, n), n);

    // One predictor member per candidate chosen anywhere, with its band stretched as its
    // backtest showed it needs to be; each series then averages its members.
    PredictorPlan plan;
    plan.label = mode == AutoMode::Dataset ? leaderboard.front().label() : std::string("auto-") + autoModeName(mode);
    std::map<size_t, uint32_t> memberOfCandidate;
    plan.membersOfSeries.resize(n);
    AutoForecast result;
    result.recipeOfSeries.resize(n);
    for (size_t s = 0; s < n; ++s)
        for (size_t c : members[s]) {
            auto [it, added] = memberOfCandidate.emplace(c, uint32_t(plan.members.size()));
            if (added) {
                PredictorMember member;
                member.recipe = leaderboard[c].recipe;
                member.parameters = leaderboard[c].parameters;
                member.rescale = true;
                member.spreadFactor = leaderboard[c].spreadFactor;
                plan.members.push_back(std::move(member));
                // The newest backtest window's models, where kept: refitted, not searched again.
                plan.startingModels.push_back(leaderboard[c].newestModels.size() == n ? leaderboard[c].newestModels
                                                                                      : std::vector<KeptModel>{});
            }
            plan.membersOfSeries[s].push_back(it->second);
            if (!result.recipeOfSeries[s].empty()) result.recipeOfSeries[s].push_back('+');
            result.recipeOfSeries[s].append(leaderboard[c].label());
        }
    auto predictor = fitPredictor(data, spec, std::move(plan), job.subRange(0, 0.9));
    if (!predictor.isOk()) return predictor.status();
    std::vector<size_t> unknown;
    ALMANAC_RETURN_IF_ERROR(predictor->forecast(data, result.forecasts, unknown, spec.threads, job.subRange(0.9, 1.0)));
    result.predictor = std::make_shared<Predictor>(std::move(*predictor));
    return result;
}

SeriesForecast averageForecasts(const std::vector<const SeriesForecast*>& parts)
{
    if (parts.empty()) return {};
    SeriesForecast sum = *parts.front();
    for (size_t k = 1; k < parts.size(); ++k)
        for (size_t h = 0; h < sum.mean.size(); ++h) {
            sum.mean[h] += parts[k]->mean[h];
            for (size_t q = 0; q < sum.quantiles.size(); ++q) sum.quantiles[q][h] += parts[k]->quantiles[q][h];
        }
    if (parts.size() > 1) {
        const double count = double(parts.size());
        for (double& v : sum.mean) v /= count;
        for (auto& q : sum.quantiles)
            for (double& v : q) v /= count;
    }
    return sum;
}

} // namespace almanac
