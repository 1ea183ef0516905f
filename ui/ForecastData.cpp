#include "ui/ForecastData.h"

#include "data/SeriesPreparation.h"
#include "forecast/Backtest.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>

namespace almanac::ui {

namespace {

double jsonNumber(const QJsonObject& metrics, const char* key)
{
    const QJsonValue v = metrics.value(QLatin1String(key));
    return v.isDouble() ? v.toDouble() : qQNaN();
}

std::string seriesKey(const std::string& item, const std::vector<std::string>& dimensions)
{
    std::string key = item;
    for (const std::string& d : dimensions) key += '\x1f' + d;
    return key;
}

} // namespace

int ForecastData::find(const std::string& itemId, const std::vector<std::string>& dimensions) const
{
    for (size_t s = 0; s < forecast.series.size(); ++s)
        if (forecast.series[s].itemId == itemId && forecast.series[s].dimensions == dimensions) return int(s);
    return -1;
}

Result<std::shared_ptr<const ForecastData>> loadForecastData(const std::string& projectPath,
                                                             const std::string& forecastName, const JobContext& job)
{
    auto project = ProjectFile::open(projectPath);
    if (!project.isOk()) return project.status();
    auto data = std::make_shared<ForecastData>();
    job.report(0.0, "reading forecast");
    auto forecast = (*project)->loadForecast(forecastName);
    if (!forecast.isOk()) return forecast.status();
    data->forecast = std::move(*forecast);
    if (job.isCancelled()) return Status::cancelled();

    const std::string datasetName = data->forecast.info.datasetName;
    auto info = (*project)->dataset(datasetName);
    data->historyOf.assign(data->forecast.series.size(), -1);
    if (info.isOk()) {
        auto dataset = (*project)->loadDataset(datasetName, job.subRange(0.2, 0.7));
        if (!dataset.isOk()) return dataset.status();
        PreparationOptions preparation = preparationFromSettings(info->preparation);
        preparation.frequency = Frequency::parse(data->forecast.info.frequency);
        auto prepared = prepareTargetSeries(*dataset, preparation, job.subRange(0.7, 0.9));
        if (!prepared.isOk()) return prepared.status();
        data->history = std::move(*prepared);
        std::map<std::string, int> index;
        for (size_t s = 0; s < data->history.series.size(); ++s)
            index.emplace(seriesKey(data->history.series[s].itemId, data->history.series[s].dimensions), int(s));
        for (size_t s = 0; s < data->forecast.series.size(); ++s) {
            const auto& f = data->forecast.series[s];
            if (auto it = index.find(seriesKey(f.itemId, f.dimensions)); it != index.end()) data->historyOf[s] = it->second;
        }
    }

    if (auto evaluation = (*project)->forecastEvaluation(forecastName); evaluation.isOk())
        data->evaluation = QJsonDocument::fromJson(QByteArray::fromStdString(*evaluation)).object();
    std::map<std::string, QJsonObject> byItem;
    for (const QJsonValue& v : data->evaluation.value(QLatin1String("items")).toArray()) {
        const QJsonObject o = v.toObject();
        byItem.emplace(o.value(QLatin1String("item_id")).toString().toStdString(), o);
    }
    const std::vector<std::string> velocity = velocityBuckets(data->history);
    data->items.resize(data->forecast.series.size());
    for (size_t s = 0; s < data->forecast.series.size(); ++s) {
        ForecastItemMetrics& m = data->items[s];
        m.recipe = QString::fromStdString(data->forecast.info.recipe);
        if (const int h = data->historyOf[s]; h >= 0) {
            double sum = 0;
            size_t n = 0;
            for (double v : data->history.series[size_t(h)].values)
                if (!std::isnan(v)) {
                    sum += v;
                    ++n;
                }
            m.meanDemand = n ? sum / double(n) : 0.0;
            m.velocity = QString::fromStdString(velocity[size_t(h)]);
        }
        auto it = byItem.find(data->forecast.series[s].itemId);
        if (it == byItem.end()) continue;
        const QJsonObject metrics = it->second.value(QLatin1String("metrics")).toObject();
        if (it->second.contains(QLatin1String("recipe"))) m.recipe = it->second.value(QLatin1String("recipe")).toString();
        if (it->second.contains(QLatin1String("velocity"))) m.velocity = it->second.value(QLatin1String("velocity")).toString();
        m.meanWql = jsonNumber(metrics, "mean_wQL");
        m.wape = jsonNumber(metrics, "WAPE");
        m.rmse = jsonNumber(metrics, "RMSE");
        m.mape = jsonNumber(metrics, "MAPE");
        m.mase = jsonNumber(metrics, "MASE");
        m.coverage = jsonNumber(metrics, "coverage");
    }
    data->lowerItemIds.reserve(data->forecast.series.size());
    for (const StoredSeriesForecast& s : data->forecast.series) {
        std::string lower = s.itemId;
        std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return char(std::tolower(c)); });
        data->lowerItemIds.push_back(std::move(lower));
    }
    job.report(1.0, "ready");
    return std::shared_ptr<const ForecastData>(std::move(data));
}

} // namespace almanac::ui
