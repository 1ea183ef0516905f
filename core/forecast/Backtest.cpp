#include "forecast/Backtest.h"

#include "forecast/Quantiles.h"
#include "jobs/ParallelFor.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>

namespace almanac {

std::vector<std::string> velocityBuckets(const SeriesSet& data)
{
    std::vector<double> means(data.series.size(), 0.0);
    for (size_t s = 0; s < data.series.size(); ++s) {
        double sum = 0;
        size_t n = 0;
        for (double v : data.series[s].values)
            if (!std::isnan(v)) {
                sum += v;
                ++n;
            }
        means[s] = n ? sum / double(n) : 0.0;
    }
    std::vector<size_t> order(means.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return means[a] > means[b]; });
    std::vector<std::string> bucket(means.size());
    for (size_t rank = 0; rank < order.size(); ++rank) {
        const double share = double(rank) / double(order.size());
        bucket[order[rank]] = share < 0.2 ? "high" : share < 0.5 ? "medium" : "low";
    }
    return bucket;
}


std::string BacktestResult::label() const
{
    std::string out = recipe;
    bool first = true;
    for (const auto& [k, v] : parameters) {
        out += (first ? "(" : ", ") + k + "=" + v;
        first = false;
    }
    return first ? out : out + ")";
}

void rescaleSpread(SeriesForecast& forecast, const std::vector<double>& quantiles, double factor)
{
    if (factor == 1.0) return;
    const auto medianIt = std::find_if(quantiles.begin(), quantiles.end(), [](double q) { return std::fabs(q - 0.5) < 1e-12; });
    for (size_t h = 0; h < forecast.mean.size(); ++h) {
        const double centre = medianIt != quantiles.end() ? forecast.quantiles[size_t(medianIt - quantiles.begin())][h] : forecast.mean[h];
        for (auto& q : forecast.quantiles) q[h] = centre + factor * (q[h] - centre);
    }
}

bool fitBacktestToData(const SeriesSet& data, int forecastHorizon, BacktestOptions& options)
{
    size_t longest = 0;
    for (const TimeSeries& s : data.series) longest = std::max(longest, s.values.size());
    const int windows = std::max(1, options.windows);
    const int horizon = options.horizon > 0 ? options.horizon : forecastHorizon;
    const int offset = options.offset > 0 ? options.offset : horizon;
    // The oldest window must leave at least two periods of history.
    if (int64_t(longest) >= int64_t(horizon) + int64_t(windows - 1) * offset + 2) return true;
    const int shrunk = int((int64_t(longest) - 2) / windows);
    if (shrunk < 1) return false;
    options.horizon = shrunk;
    options.offset = shrunk;
    return true;
}

namespace {

// A series as it was at cut: its values before cut, its known-future features through the
// window's horizon, its past-only features up to cut.
TimeSeries truncatedBefore(const TimeSeries& full, int64_t cut, int horizon)
{
    TimeSeries truncated;
    truncated.itemId = full.itemId;
    truncated.dimensions = full.dimensions;
    truncated.attributes = full.attributes;
    truncated.firstPeriod = full.firstPeriod;
    const size_t keep = size_t(cut - full.firstPeriod);
    truncated.values.assign(full.values.begin(), full.values.begin() + long(keep));
    for (const auto& f : full.features)
        truncated.features.emplace_back(f.begin(), f.begin() + long(std::min(f.size(), keep + size_t(horizon))));
    for (const auto& f : full.pastFeatures) truncated.pastFeatures.emplace_back(f.begin(), f.begin() + long(std::min(f.size(), keep)));
    return truncated;
}

// The series of data with some history before cut.
std::vector<size_t> seriesWithHistoryBefore(const SeriesSet& data, int64_t cut)
{
    std::vector<size_t> source;
    for (size_t s = 0; s < data.series.size(); ++s)
        if (data.series[s].firstPeriod < cut) source.push_back(s);
    return source;
}

// The history before cut of every series that has one (source: seriesWithHistoryBefore), for
// the global recipes, which learn from all of it at once.
SeriesSet historyBefore(const SeriesSet& data, int64_t cut, int horizon, const std::vector<size_t>& source)
{
    SeriesSet history = data.withoutSeries();
    history.endPeriod = cut;
    history.series.reserve(source.size());
    for (size_t s : source) history.series.push_back(truncatedBefore(data.series[s], cut, horizon));
    return history;
}

// A structure (ETS form, ARIMA orders) chosen on an older history is kept for a newer one while
// the older is at least three quarters of it; on shorter histories, where a few more periods can
// change the choice, it is searched again. (Measured: searching once on two-year monthly series
// lost accuracy, OWA 0.780 -> 0.790, which this rule recovers; on M4 hourly it always refits.)
bool olderHistoryCovers(int64_t olderLength, int64_t gap)
{
    return olderLength > 0 && 3 * gap <= olderLength;
}

Status itemError(const TimeSeries& series, const Status& status)
{
    return status.isCancelled() ? status : Status::internal("item " + series.itemId + ": " + status.message());
}

} // namespace

Result<std::unique_ptr<SeriesModel>> fitOrRefit(const ForecastRecipe& recipe, const KeptModel& older,
                                                const TimeSeries& series, const ForecastSpec& spec)
{
    if (!older) return recipe.fitSeries(series, spec);
    ByteReader in(*older);
    auto model = recipe.readSeriesModel(in);
    if (!model.isOk()) return model.status();
    return recipe.refitSeries(**model, series, spec);
}

namespace {

// One window's forecasts by a recipe that forecasts each series on its own. Each series' history
// is cut out as its turn comes rather than all at once: a copy of every series with its related
// series is as large as the data (gigabytes at 100,000 series). With models (refits), each is
// refitted from the item's model of the older window where it has one and becomes this window's.
// scales: each history's seasonal naive scale, for MASE.
Status forecastWindowLocally(const ForecastRecipe& recipe, const SeriesSet& data, const std::vector<size_t>& source,
                             int64_t cut, const ForecastSpec& spec, int64_t gap, std::vector<KeptModel>* models,
                             std::vector<SeriesForecast>& out, std::vector<double>& scales, const JobContext& job)
{
    out.assign(source.size(), {});
    scales.assign(source.size(), 0.0);
    const int season = spec.effectiveSeason();
    return parallelFor(
        source.size(), spec.threads,
        [&](size_t i) -> Status {
            const TimeSeries series = truncatedBefore(data.series[source[i]], cut, spec.horizon);
            scales[i] = seasonalNaiveScale(series.values, season);
            if (!models) {
                auto forecast = recipe.forecastSeries(series, spec);
                if (!forecast.isOk()) return itemError(series, forecast.status());
                out[i] = std::move(*forecast);
                return Status::ok();
            }
            KeptModel& kept = (*models)[source[i]];
            if (kept && !olderHistoryCovers(int64_t(series.values.size()) - gap, gap)) kept.reset();
            auto model = fitOrRefit(recipe, kept, series, spec);
            if (!model.isOk()) return itemError(series, model.status());
            auto forecast = recipe.forecastFromModel(**model, series, spec);
            if (!forecast.isOk()) return itemError(series, forecast.status());
            ByteWriter bytes;
            (*model)->write(bytes);
            kept = bytes.take();
            out[i] = std::move(*forecast);
            return Status::ok();
        },
        job, "forecasting with " + recipe.name());
}

} // namespace

Result<BacktestResult> runBacktest(const ForecastRecipe& recipe, const SeriesSet& data, const ForecastSpec& forecastSpec,
                                   const BacktestOptions& options, const JobContext& job)
{
    if (options.windows < 1) return Status::invalidInput("--backtest-windows must be at least 1");
    const auto started = std::chrono::steady_clock::now();
    ForecastSpec spec = forecastSpec;
    if (options.horizon > 0) spec.horizon = options.horizon;
    const int offset = options.offset > 0 ? options.offset : spec.horizon;
    const std::vector<std::string> velocity = velocityBuckets(data);
    const int season = spec.effectiveSeason();
    const bool refit = options.refitNewerWindows && !recipe.traits().global && recipe.traits().refitsFromOlderModel;

    BacktestResult result;
    result.recipe = recipe.name();
    result.windows.resize(size_t(options.windows));
    if (options.keepForecasts) result.kept.resize(size_t(options.windows));
    std::vector<KeptModel> models(refit ? data.series.size() : 0);
    std::vector<AccuracyAccumulator> perItem(data.series.size(), AccuracyAccumulator(spec.quantiles));
    // Normalised deviations of the actuals: distance from the centre over the interval's half-width
    // on the actual's side. Their quantile at the promised coverage is the spread correction.
    std::vector<double> deviations;
    const bool hasInterval = spec.quantiles.size() >= 2;
    const auto medianIt = std::find_if(spec.quantiles.begin(), spec.quantiles.end(), [](double q) { return std::fabs(q - 0.5) < 1e-12; });
    const long medianIndex = medianIt == spec.quantiles.end() ? -1 : long(medianIt - spec.quantiles.begin());

    for (int step = 0; step < options.windows; ++step) {
        if (job.isCancelled()) return Status::cancelled();
        // Window w holds out [cut, cut + horizon); refits go from the oldest window to the newest.
        const int w = refit ? options.windows - 1 - step : step;
        const int64_t cut = data.endPeriod - spec.horizon - int64_t(w) * offset;
        std::vector<size_t> source = seriesWithHistoryBefore(data, cut);
        if (source.empty())
            return Status::invalidInput("backtest window " + std::to_string(w + 1) + " leaves no history; use fewer windows");
        std::vector<SeriesForecast> forecasts;
        std::vector<double> scales;
        const JobContext sub = job.subRange(double(step) / options.windows, double(step + 1) / options.windows);
        if (recipe.traits().global) {
            const SeriesSet history = historyBefore(data, cut, spec.horizon, source);
            ALMANAC_RETURN_IF_ERROR(recipe.forecastAll(history, spec, forecasts, sub));
            for (const TimeSeries& s : history.series) scales.push_back(seasonalNaiveScale(s.values, season));
        } else {
            ALMANAC_RETURN_IF_ERROR(forecastWindowLocally(recipe, data, source, cut, spec, offset, refit ? &models : nullptr,
                                                          forecasts, scales, sub));
        }
        AccuracyAccumulator window(spec.quantiles);
        std::vector<double> q(spec.quantiles.size());
        for (size_t i = 0; i < source.size(); ++i) {
            const size_t s = source[i];
            const TimeSeries& full = data.series[s];
            const double scale = scales[i];
            AccuracyAccumulator item(spec.quantiles);
            for (int h = 0; h < spec.horizon; ++h) {
                const size_t index = size_t(cut - full.firstPeriod) + size_t(h);
                if (index >= full.values.size()) break;
                for (size_t k = 0; k < q.size(); ++k) q[k] = forecasts[i].quantiles[k][size_t(h)];
                item.add(full.values[index], q, forecasts[i].mean[size_t(h)], scale);
                const double actual = full.values[index];
                if (hasInterval && !std::isnan(actual)) {
                    const double centre = medianIndex >= 0 ? q[size_t(medianIndex)] : forecasts[i].mean[size_t(h)];
                    const double halfWidth = actual >= centre ? q.back() - centre : centre - q.front();
                    const double distance = std::fabs(actual - centre);
                    if (halfWidth > 1e-12) deviations.push_back(distance / halfWidth);
                    else if (distance <= 1e-12) deviations.push_back(0.0);
                }
            }
            item.endItem();
            window.merge(item);
            perItem[s].merge(item);
        }
        result.windows[size_t(w)] = window.finish();
        if (options.keepForecasts) result.kept[size_t(w)] = {cut, std::move(source), std::move(forecasts)};
    }

    AccuracyAccumulator overall(spec.quantiles);
    std::vector<std::pair<std::string, AccuracyAccumulator>> buckets = {
        {"high", AccuracyAccumulator(spec.quantiles)},
        {"medium", AccuracyAccumulator(spec.quantiles)},
        {"low", AccuracyAccumulator(spec.quantiles)}};
    for (size_t s = 0; s < data.series.size(); ++s) {
        if (perItem[s].points() == 0) continue;
        overall.merge(perItem[s]);
        for (auto& [name, acc] : buckets)
            if (name == velocity[s]) acc.merge(perItem[s]);
        result.items.push_back({s, velocity[s], perItem[s].finish()});
    }
    result.overall = overall.finish();
    if (deviations.size() >= 20) {
        // A factor of 1 means the intervals held what they promised; bounded so that one odd
        // backtest cannot blow intervals up or collapse them.
        const double promised = spec.quantiles.back() - spec.quantiles.front();
        result.spreadFactor = std::clamp(sampleQuantile(deviations, promised), 0.5, 3.0);
    }
    for (auto& [name, acc] : buckets)
        if (acc.points()) result.byVelocity.emplace_back(name, acc.finish());
    // The final fit refits the newest window's models to all the data, where they cover it.
    for (size_t s = 0; s < models.size(); ++s)
        if (models[s] && !olderHistoryCovers(data.endPeriod - spec.horizon - data.series[s].firstPeriod, spec.horizon))
            models[s].reset();
    result.newestModels = std::move(models);
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return result;
}

} // namespace almanac
