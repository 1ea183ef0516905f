#pragma once
// A stored forecast ready to explore: its values, each series' history (prepared from the dataset
// as at training) and its backtest metrics. Loaded on a worker thread, then shared read-only.
#include "store/ProjectFile.h"

#include <QJsonObject>
#include <QString>

#include <memory>
#include <vector>

namespace almanac::ui {

struct ForecastItemMetrics {
    QString velocity;
    QString recipe;     // the recipe that made this item's forecast (auto per item), else the forecast's
    double meanDemand = 0;
    double meanWql = qQNaN();
    double wape = qQNaN();
    double rmse = qQNaN();
    double mape = qQNaN();
    double mase = qQNaN();
    double coverage = qQNaN();
};

struct ForecastData {
    LoadedForecast forecast;
    SeriesSet history;                        // prepared as the forecast's dataset was
    std::vector<int> historyOf;               // forecast series -> history series, or -1
    std::vector<ForecastItemMetrics> items;   // per forecast series
    QJsonObject evaluation;                   // the stored metrics JSON (leaderboard, by_velocity…)
    std::vector<std::string> lowerItemIds;    // for searching, computed off the GUI thread

    QString name() const { return QString::fromStdString(forecast.info.name); }
    // The share of actuals the band between the outer quantiles promises to hold (0.8 for
    // p10-p90); NaN with fewer than two quantiles.
    double nominalCoverage() const
    {
        const std::vector<double>& q = forecast.info.quantiles;
        return q.size() >= 2 ? q.back() - q.front() : qQNaN();
    }
    // The forecast series of an item (and dimensions), or -1.
    int find(const std::string& itemId, const std::vector<std::string>& dimensions) const;
};

// Reads a forecast and its history through a connection of its own (call it on a worker thread).
Result<std::shared_ptr<const ForecastData>> loadForecastData(const std::string& projectPath,
                                                             const std::string& forecastName, const JobContext& job);

} // namespace almanac::ui
