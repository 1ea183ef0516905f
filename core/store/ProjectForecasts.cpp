// The forecasts half of the project file: storing forecasts with their backtest metrics, listing,
// reading back for the workbench, renaming and removing them.
#include "store/ProjectFile.h"
#include "store/ProjectFileInternal.h"

#include "forecast/Quantiles.h"

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <map>

namespace almanac {

namespace {

// Dimension values are stored joined by the ASCII unit separator, which no CSV field holds.
constexpr char kDimensionSeparator = '\x1f';

std::vector<std::string> splitDimensions(const std::string& joined)
{
    std::vector<std::string> out;
    if (joined.empty()) return out;
    size_t start = 0;
    for (size_t i = 0; i <= joined.size(); ++i)
        if (i == joined.size() || joined[i] == kDimensionSeparator) {
            out.push_back(joined.substr(start, i - start));
            start = i + 1;
        }
    return out;
}

ForecastInfo forecastInfoFromRow(const SqliteStatement& row)
{
    ForecastInfo info;
    info.name = row.columnText(0);
    info.datasetName = row.columnText(1);
    info.recipe = row.columnText(2);
    info.frequency = row.columnText(3);
    info.horizon = int(row.columnInt(4));
    info.quantiles = nlohmann::json::parse(row.columnText(5), nullptr, false).get<std::vector<double>>();
    const auto parameters = nlohmann::json::parse(row.columnText(6), nullptr, false);
    if (parameters.is_object())
        for (const auto& [k, v] : parameters.items()) info.parameters[k] = v.is_string() ? v.get<std::string>() : v.dump();
    info.createdAt = row.columnText(7);
    info.seriesCount = row.columnInt(8);
    return info;
}

constexpr const char* kForecastInfoSelect =
    "SELECT f.name, f.dataset, f.recipe, f.frequency, f.horizon, f.quantiles, f.parameters, f.created_at, "
    "f.series_count FROM forecasts f";

} // namespace

Status ProjectFile::addForecast(const StoredForecast& meta, const SeriesSet& series,
                                const std::vector<SeriesForecast>& forecasts)
{
    SqliteTransaction tx(m_db);
    ALMANAC_RETURN_IF_ERROR(tx.beginStatus());
    {
        SqliteStatement exists(m_db.handle(), "SELECT 1 FROM forecasts WHERE name = ?");
        exists.bind(1, std::string_view(meta.name));
        Status status;
        if (exists.step(status)) return Status::invalidInput(m_path + ": a forecast named '" + meta.name + "' already exists");
    }
    SqliteStatement insert(m_db.handle(), "INSERT INTO forecasts (name, dataset, recipe, frequency, horizon, quantiles, "
                                          "parameters, created_at, series_count) VALUES (?,?,?,?,?,?,?,?,?)");
    ALMANAC_RETURN_IF_ERROR(insert.prepareStatus());
    insert.bind(1, std::string_view(meta.name));
    insert.bind(2, std::string_view(meta.datasetName));
    insert.bind(3, std::string_view(meta.recipe));
    insert.bind(4, std::string_view(meta.spec.frequency.name()));
    insert.bind(5, int64_t(meta.spec.horizon));
    const std::string quantiles = nlohmann::json(meta.spec.quantiles).dump();
    const std::string parameters = nlohmann::json(meta.spec.parameters).dump();
    insert.bind(6, std::string_view(quantiles));
    insert.bind(7, std::string_view(parameters));
    const std::string created = projectTimestampNow();
    insert.bind(8, std::string_view(created));
    insert.bind(9, int64_t(std::min(series.series.size(), forecasts.size())));
    ALMANAC_RETURN_IF_ERROR(insert.run());
    const int64_t forecastId = sqlite3_last_insert_rowid(m_db.handle());

    if (!meta.evaluationJson.empty()) {
        SqliteStatement evaluation(m_db.handle(), "INSERT INTO forecast_evaluations VALUES (?, ?)");
        ALMANAC_RETURN_IF_ERROR(evaluation.prepareStatus());
        evaluation.bind(1, forecastId);
        evaluation.bind(2, std::string_view(meta.evaluationJson));
        ALMANAC_RETURN_IF_ERROR(evaluation.run());
    }
    SqliteStatement value(m_db.handle(), "INSERT INTO forecast_values VALUES (?,?,?,?,?,?,?)");
    ALMANAC_RETURN_IF_ERROR(value.prepareStatus());
    std::vector<std::string> statNames;
    for (double q : meta.spec.quantiles) statNames.push_back(quantileColumnName(q));
    for (size_t s = 0; s < series.series.size() && s < forecasts.size(); ++s) {
        const TimeSeries& ts = series.series[s];
        std::string dims;
        for (size_t d = 0; d < ts.dimensions.size(); ++d) {
            if (d) dims.push_back(kDimensionSeparator);
            dims += ts.dimensions[d];
        }
        const SeriesForecast& f = forecasts[s];
        for (size_t h = 0; h < f.mean.size(); ++h) {
            const int64_t time = series.frequency.periodStart(series.endPeriod + int64_t(h));
            auto put = [&](const std::string& stat, double v) {
                value.bind(1, forecastId);
                value.bind(2, int64_t(s));
                value.bind(3, std::string_view(ts.itemId));
                value.bind(4, std::string_view(dims));
                value.bind(5, time);
                value.bind(6, std::string_view(stat));
                value.bind(7, v);
                return value.run();
            };
            ALMANAC_RETURN_IF_ERROR(put("mean", f.mean[h]));
            for (size_t k = 0; k < statNames.size(); ++k) ALMANAC_RETURN_IF_ERROR(put(statNames[k], f.quantiles[k][h]));
        }
    }
    return tx.commit();
}

Result<std::string> ProjectFile::forecastEvaluation(const std::string& forecastName)
{
    SqliteStatement stmt(m_db.handle(), "SELECT e.metrics FROM forecast_evaluations e JOIN forecasts f ON f.id = e.forecast_id "
                                        "WHERE f.name = ?");
    ALMANAC_RETURN_IF_ERROR(stmt.prepareStatus());
    stmt.bind(1, std::string_view(forecastName));
    Status status;
    if (stmt.step(status)) return stmt.columnText(0);
    if (!status.isOk()) return status;
    return Status::notFound(m_path + ": no evaluation stored for forecast '" + forecastName + "'");
}

Result<std::vector<std::string>> ProjectFile::forecastNames()
{
    SqliteStatement stmt(m_db.handle(), "SELECT name FROM forecasts ORDER BY id");
    ALMANAC_RETURN_IF_ERROR(stmt.prepareStatus());
    std::vector<std::string> out;
    Status status;
    while (stmt.step(status)) out.push_back(stmt.columnText(0));
    if (!status.isOk()) return status;
    return out;
}


Result<std::vector<ForecastInfo>> ProjectFile::forecasts()
{
    SqliteStatement stmt(m_db.handle(), std::string(kForecastInfoSelect) + " ORDER BY f.id");
    ALMANAC_RETURN_IF_ERROR(stmt.prepareStatus());
    std::vector<ForecastInfo> out;
    Status status;
    while (stmt.step(status)) out.push_back(forecastInfoFromRow(stmt));
    if (!status.isOk()) return status;
    return out;
}

Result<LoadedForecast> ProjectFile::loadForecast(const std::string& name)
{
    LoadedForecast out;
    {
        SqliteStatement stmt(m_db.handle(), std::string(kForecastInfoSelect) + " WHERE f.name = ?");
        ALMANAC_RETURN_IF_ERROR(stmt.prepareStatus());
        stmt.bind(1, std::string_view(name));
        Status status;
        if (!stmt.step(status)) {
            if (!status.isOk()) return status;
            return Status::notFound(m_path + ": no forecast named '" + name + "'");
        }
        out.info = forecastInfoFromRow(stmt);
    }
    std::map<std::string, size_t> quantileIndex;
    for (size_t q = 0; q < out.info.quantiles.size(); ++q) quantileIndex[quantileColumnName(out.info.quantiles[q])] = q;
    SqliteStatement values(m_db.handle(), "SELECT v.series, v.item_id, v.dimensions, v.timestamp, v.statistic, v.value "
                                          "FROM forecast_values v JOIN forecasts f ON f.id = v.forecast_id "
                                          "WHERE f.name = ? ORDER BY v.series, v.timestamp");
    ALMANAC_RETURN_IF_ERROR(values.prepareStatus());
    values.bind(1, std::string_view(name));
    Status status;
    int64_t currentSeries = -1;
    while (values.step(status)) {
        const int64_t s = values.columnInt(0);
        if (s != currentSeries) {
            currentSeries = s;
            StoredSeriesForecast series;
            series.itemId = values.columnText(1);
            series.dimensions = splitDimensions(values.columnText(2));
            series.quantiles.resize(out.info.quantiles.size());
            out.series.push_back(std::move(series));
        }
        StoredSeriesForecast& series = out.series.back();
        const int64_t time = values.columnInt(3);
        if (series.timestamps.empty() || series.timestamps.back() != time) {
            series.timestamps.push_back(time);
            series.mean.push_back(NAN);
            for (auto& q : series.quantiles) q.push_back(NAN);
        }
        const std::string statistic = values.columnText(4);
        const double value = values.columnDouble(5);
        if (statistic == "mean") {
            series.mean.back() = value;
        } else if (auto it = quantileIndex.find(statistic); it != quantileIndex.end()) {
            series.quantiles[it->second].back() = value;
        }
    }
    if (!status.isOk()) return status;
    return out;
}

Status ProjectFile::removeForecast(const std::string& name)
{
    SqliteTransaction tx(m_db);
    ALMANAC_RETURN_IF_ERROR(tx.beginStatus());
    for (const char* sql : {"DELETE FROM forecast_values WHERE forecast_id IN (SELECT id FROM forecasts WHERE name = ?)",
                            "DELETE FROM forecast_evaluations WHERE forecast_id IN (SELECT id FROM forecasts WHERE name = ?)",
                            "DELETE FROM forecasts WHERE name = ?"}) {
        SqliteStatement stmt(m_db.handle(), sql);
        ALMANAC_RETURN_IF_ERROR(stmt.prepareStatus());
        stmt.bind(1, std::string_view(name));
        ALMANAC_RETURN_IF_ERROR(stmt.run());
    }
    if (sqlite3_changes(m_db.handle()) == 0) return Status::notFound(m_path + ": no forecast named '" + name + "'");
    return tx.commit();
}

Status ProjectFile::renameForecast(const std::string& name, const std::string& newName)
{
    if (newName.empty() || newName.size() > kMaxIdentifierLength)
        return Status::invalidInput("a forecast name must have 1 to 256 characters");
    auto names = forecastNames();
    if (!names.isOk()) return names.status();
    if (std::find(names->begin(), names->end(), newName) != names->end())
        return Status::invalidInput(m_path + ": a forecast named '" + newName + "' already exists");
    SqliteStatement stmt(m_db.handle(), "UPDATE forecasts SET name = ? WHERE name = ?");
    ALMANAC_RETURN_IF_ERROR(stmt.prepareStatus());
    stmt.bind(1, std::string_view(newName));
    stmt.bind(2, std::string_view(name));
    ALMANAC_RETURN_IF_ERROR(stmt.run());
    if (sqlite3_changes(m_db.handle()) == 0) return Status::notFound(m_path + ": no forecast named '" + name + "'");
    return Status::ok();
}

} // namespace almanac
