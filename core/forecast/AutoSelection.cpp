#include "forecast/AutoSelection.h"

#include "data/Schema.h"
#include "forecast/ForecastRecipes.h"
#include "forecast/SeriesHistory.h"

#include <cmath>
#include <map>

namespace almanac {

std::optional<AutoMode> autoModeFromName(std::string_view name)
{
    const std::string n = toLower(name);
    if (n == "dataset") return AutoMode::Dataset;
    if (n == "item") return AutoMode::Item;
    if (n == "ensemble") return AutoMode::Ensemble;
    return std::nullopt;
}

const char* autoModeName(AutoMode mode)
{
    switch (mode) {
    case AutoMode::Dataset: return "dataset";
    case AutoMode::Item: return "item";
    case AutoMode::Ensemble: return "ensemble";
    }
    return "dataset";
}

namespace {

constexpr size_t kEnsembleSize = 3;

// Forecasts the listed series of data with one backtested candidate (recipe and settings), into
// out at the same positions.
Status forecastSubset(const BacktestResult& candidate, const SeriesSet& data, const std::vector<size_t>& subset,
                      const ForecastSpec& baseSpec, std::vector<SeriesForecast>& out, const JobContext& job)
{
    auto recipe = forecastRecipes().create(candidate.recipe);
    if (!recipe) return Status::internal("unknown recipe " + candidate.recipe);
    ForecastSpec spec = baseSpec;
    for (const auto& [k, v] : candidate.parameters) spec.parameters[k] = v;
    SeriesSet part;
    part.frequency = data.frequency;
    part.dimensionNames = data.dimensionNames;
    part.featureNames = data.featureNames;
    part.endPeriod = data.endPeriod;
    for (size_t s : subset) part.series.push_back(data.series[s]);
    std::vector<SeriesForecast> forecasts;
    ALMANAC_RETURN_IF_ERROR(recipe->forecastAll(part, spec, forecasts, job));
    // Intervals as wide as the backtest showed they need to be for this candidate.
    for (size_t i = 0; i < subset.size(); ++i) {
        rescaleSpread(forecasts[i], spec.quantiles, candidate.spreadFactor);
        finalizeQuantiles(forecasts[i], historyIsNonNegative(data.series[subset[i]].values));
        out[subset[i]] = std::move(forecasts[i]);
    }
    return Status::ok();
}

} // namespace

Result<AutoForecast> forecastAutomatically(const SeriesSet& data, const ForecastSpec& spec,
                                           const std::vector<BacktestResult>& leaderboard, AutoMode mode,
                                           const JobContext& job)
{
    if (leaderboard.empty()) return Status::internal("auto: no candidate was backtested");
    AutoForecast result;
    result.forecasts.resize(data.series.size());
    std::vector<size_t> all(data.series.size());
    for (size_t s = 0; s < all.size(); ++s) all[s] = s;

    if (mode == AutoMode::Dataset) {
        ALMANAC_RETURN_IF_ERROR(forecastSubset(leaderboard.front(), data, all, spec, result.forecasts, job));
        result.recipeOfSeries.assign(data.series.size(), leaderboard.front().label());
        return result;
    }

    if (mode == AutoMode::Item) {
        // Each item's lowest backtest mean wQL; items without a backtest take the dataset's best.
        std::vector<double> bestScore(data.series.size(), INFINITY);
        std::vector<size_t> chosen(data.series.size(), 0); // index into the leaderboard
        for (size_t b = 0; b < leaderboard.size(); ++b)
            for (const ItemAccuracy& item : leaderboard[b].items)
                if (item.metrics.meanWql < bestScore[item.series]) {
                    bestScore[item.series] = item.metrics.meanWql;
                    chosen[item.series] = b;
                }
        std::map<size_t, std::vector<size_t>> groups;
        result.recipeOfSeries.resize(data.series.size());
        for (size_t s = 0; s < data.series.size(); ++s) {
            groups[chosen[s]].push_back(s);
            result.recipeOfSeries[s] = leaderboard[chosen[s]].label();
        }
        size_t done = 0;
        for (const auto& [candidate, subset] : groups) {
            const JobContext sub = job.subRange(double(done) / double(all.size()), double(done + subset.size()) / double(all.size()));
            ALMANAC_RETURN_IF_ERROR(forecastSubset(leaderboard[candidate], data, subset, spec, result.forecasts, sub));
            done += subset.size();
        }
        return result;
    }

    // Ensemble: the average, quantile by quantile, of the best few recipes' forecasts.
    const size_t members = std::min(kEnsembleSize, leaderboard.size());
    std::string name;
    for (size_t k = 0; k < members; ++k) {
        std::vector<SeriesForecast> member(data.series.size());
        ALMANAC_RETURN_IF_ERROR(forecastSubset(leaderboard[k], data, all, spec, member,
                                               job.subRange(double(k) / members, double(k + 1) / members)));
        if (k) name.push_back('+');
        name.append(leaderboard[k].label());
        for (size_t s = 0; s < data.series.size(); ++s) {
            SeriesForecast& sum = result.forecasts[s];
            if (k == 0) {
                sum = std::move(member[s]);
                continue;
            }
            for (size_t h = 0; h < sum.mean.size(); ++h) {
                sum.mean[h] += member[s].mean[h];
                for (size_t q = 0; q < sum.quantiles.size(); ++q) sum.quantiles[q][h] += member[s].quantiles[q][h];
            }
        }
    }
    for (SeriesForecast& f : result.forecasts) {
        for (double& v : f.mean) v /= double(members);
        for (auto& q : f.quantiles)
            for (double& v : q) v /= double(members);
    }
    result.recipeOfSeries.assign(data.series.size(), name);
    return result;
}

} // namespace almanac
