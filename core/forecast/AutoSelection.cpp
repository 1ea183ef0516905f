#include "forecast/AutoSelection.h"

#include "data/Schema.h"
#include "forecast/ForecastRecipes.h"

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

// Forecasts the listed series of data with one recipe, into out at the same positions.
Status forecastSubset(const std::string& recipeName, const SeriesSet& data, const std::vector<size_t>& subset,
                      const ForecastSpec& spec, std::vector<SeriesForecast>& out, const JobContext& job)
{
    auto recipe = forecastRecipes().create(recipeName);
    if (!recipe) return Status::internal("unknown recipe " + recipeName);
    SeriesSet part;
    part.frequency = data.frequency;
    part.dimensionNames = data.dimensionNames;
    part.featureNames = data.featureNames;
    part.endPeriod = data.endPeriod;
    for (size_t s : subset) part.series.push_back(data.series[s]);
    std::vector<SeriesForecast> forecasts;
    ALMANAC_RETURN_IF_ERROR(recipe->forecastAll(part, spec, forecasts, job));
    for (size_t i = 0; i < subset.size(); ++i) out[subset[i]] = std::move(forecasts[i]);
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
        ALMANAC_RETURN_IF_ERROR(forecastSubset(leaderboard.front().recipe, data, all, spec, result.forecasts, job));
        result.recipeOfSeries.assign(data.series.size(), leaderboard.front().recipe);
        return result;
    }

    if (mode == AutoMode::Item) {
        // Each item's lowest backtest mean wQL; items without a backtest take the dataset's best.
        std::vector<double> bestScore(data.series.size(), INFINITY);
        result.recipeOfSeries.assign(data.series.size(), leaderboard.front().recipe);
        for (const BacktestResult& b : leaderboard)
            for (const ItemAccuracy& item : b.items)
                if (item.metrics.meanWql < bestScore[item.series]) {
                    bestScore[item.series] = item.metrics.meanWql;
                    result.recipeOfSeries[item.series] = b.recipe;
                }
        std::map<std::string, std::vector<size_t>> groups;
        for (size_t s = 0; s < data.series.size(); ++s) groups[result.recipeOfSeries[s]].push_back(s);
        size_t done = 0;
        for (const auto& [recipe, subset] : groups) {
            const JobContext sub = job.subRange(double(done) / double(all.size()), double(done + subset.size()) / double(all.size()));
            ALMANAC_RETURN_IF_ERROR(forecastSubset(recipe, data, subset, spec, result.forecasts, sub));
            done += subset.size();
        }
        return result;
    }

    // Ensemble: the average, quantile by quantile, of the best few recipes' forecasts.
    const size_t members = std::min(kEnsembleSize, leaderboard.size());
    std::string name;
    for (size_t k = 0; k < members; ++k) {
        std::vector<SeriesForecast> member(data.series.size());
        ALMANAC_RETURN_IF_ERROR(forecastSubset(leaderboard[k].recipe, data, all, spec, member,
                                               job.subRange(double(k) / members, double(k + 1) / members)));
        name += (k ? "+" : "") + leaderboard[k].recipe;
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
