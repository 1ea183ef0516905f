#include "forecast/MetricsReport.h"

#include "forecast/Quantiles.h"
#include "util/AtomicFile.h"
#include "util/NumberFormat.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace almanac {

namespace {

// The shortest decimal that reads back as the same double (nlohmann's dump), never rounded: a
// metric of 3e-9 is not 0. Non-finite values have no JSON number: null.
nlohmann::json number(double v)
{
    if (!std::isfinite(v)) return nullptr;
    return v;
}

nlohmann::json toJson(const AccuracyMetrics& m)
{
    nlohmann::json j;
    for (size_t k = 0; k < m.quantiles.size(); ++k) j["wQL[" + quantileColumnName(m.quantiles[k]).substr(1) + "]"] = number(m.wql[k]);
    j["mean_wQL"] = number(m.meanWql);
    j["WAPE"] = number(m.wape);
    j["RMSE"] = number(m.rmse);
    j["MAPE"] = number(m.mape);
    j["MASE"] = number(m.mase);
    j["sMAPE"] = number(m.smape);
    j["coverage"] = number(m.coverage);
    j["points"] = m.points;
    return j;
}

} // namespace

std::string metricsJson(const ForecastRun& run, const BacktestOptions& options)
{
    nlohmann::json out;
    out["recipe"] = run.recipe;
    out["frequency"] = run.spec.frequency.name();
    out["horizon"] = run.spec.horizon;
    out["quantiles"] = run.spec.quantiles;
    out["backtest_windows"] = options.windows;
    out["backtest_horizon"] = options.horizon > 0 ? options.horizon : run.spec.horizon;
    out["backtest_offset"] = options.offset > 0 ? options.offset : run.spec.horizon;
    if (!run.autoModeTrials.empty()) {
        // auto's mode choice: each mode chose on the older windows and was scored on the newest.
        out["auto_mode_trials"] = nlohmann::json::array();
        for (const AutoModeTrial& t : run.autoModeTrials)
            out["auto_mode_trials"].push_back({{"mode", autoModeName(t.mode)}, {"newest_window_mean_wQL", t.meanWql}});
    }
    out["leaderboard"] = nlohmann::json::array();
    for (const BacktestResult& b : run.leaderboard) {
        nlohmann::json windows = nlohmann::json::array();
        for (const AccuracyMetrics& w : b.windows) windows.push_back(toJson(w));
        out["leaderboard"].push_back({{"recipe", b.recipe}, {"parameters", b.parameters}, {"metrics", toJson(b.overall)},
                                      {"windows", std::move(windows)}, {"seconds", b.seconds}});
    }
    const BacktestResult* chosen = nullptr;
    for (const BacktestResult& b : run.leaderboard)
        if (b.label() == run.recipe) chosen = &b;
    if (!chosen && !run.recipeOfSeries.empty()) {
        // Per-item choice: each item's backtest under the recipe that now forecasts it.
        out["items"] = nlohmann::json::array();
        for (const BacktestResult& b : run.leaderboard)
            for (const ItemAccuracy& item : b.items) {
                if (run.recipeOfSeries[item.series] != b.label()) continue;
                const TimeSeries& s = run.series.series[item.series];
                nlohmann::json j = {{"item_id", s.itemId}, {"recipe", b.label()}, {"velocity", item.velocity},
                                    {"metrics", toJson(item.metrics)}};
                for (size_t d = 0; d < s.dimensions.size(); ++d) j[run.series.dimensionNames[d]] = s.dimensions[d];
                out["items"].push_back(std::move(j));
            }
    }
    if (chosen) {
        out["overall"] = toJson(chosen->overall);
        out["windows"] = nlohmann::json::array();
        for (const AccuracyMetrics& w : chosen->windows) out["windows"].push_back(toJson(w));
        out["by_velocity"] = nlohmann::json::object();
        for (const auto& [name, m] : chosen->byVelocity) out["by_velocity"][name] = toJson(m);
        out["items"] = nlohmann::json::array();
        for (const ItemAccuracy& item : chosen->items) {
            const TimeSeries& s = run.series.series[item.series];
            nlohmann::json j = {{"item_id", s.itemId}, {"velocity", item.velocity}, {"metrics", toJson(item.metrics)}};
            if (!run.recipeOfSeries.empty()) j["recipe"] = run.recipeOfSeries[item.series];
            for (size_t d = 0; d < s.dimensions.size(); ++d) j[run.series.dimensionNames[d]] = s.dimensions[d];
            out["items"].push_back(std::move(j));
        }
    }
    return out.dump(2) + "\n";
}

Status writeMetricsJson(const std::string& path, const ForecastRun& run, const BacktestOptions& options)
{
    return writeFileAtomically(path, metricsJson(run, options));
}

std::string accuracyJson(const AccuracyMetrics& metrics)
{
    return toJson(metrics).dump();
}

std::string backtestSummary(const BacktestResult& b)
{
    return "backtest " + b.label() + ": mean wQL " + formatNumber(b.overall.meanWql) + ", WAPE " + formatNumber(b.overall.wape)
           + ", MASE " + formatNumber(b.overall.mase) + ", p10-p90 coverage " + formatNumber(b.overall.coverage) + ", "
           + formatNumber(std::round(b.seconds * 10) / 10) + " s";
}

} // namespace almanac
