// The models half of the project file: trained predictors and recommenders with their state,
// the forecasts made from them and their monitoring history.
#include "store/ProjectFile.h"
#include "store/ProjectFileInternal.h"

#include <nlohmann/json.hpp>
#include <sqlite3.h>

namespace almanac {

namespace {

constexpr const char* kModelColumns = "name, kind, recipe, settings, datasets, fingerprint, training_start, training_end, "
                                      "metrics, created_at, training_seconds, format_version";

StoredModel modelFromRow(const SqliteStatement& stmt, bool withState)
{
    StoredModel m;
    m.name = stmt.columnText(0);
    m.kind = stmt.columnText(1);
    m.recipe = stmt.columnText(2);
    m.settingsJson = stmt.columnText(3);
    const auto datasets = nlohmann::json::parse(stmt.columnText(4), nullptr, false);
    if (datasets.is_object())
        for (const auto& [k, v] : datasets.items())
            if (v.is_string()) m.datasets[k] = v.get<std::string>();
    m.fingerprint = stmt.columnText(5);
    if (!stmt.columnIsNull(6)) m.trainingStart = stmt.columnInt(6);
    if (!stmt.columnIsNull(7)) m.trainingEnd = stmt.columnInt(7);
    m.metricsJson = stmt.columnText(8);
    m.createdAt = stmt.columnText(9);
    m.trainingSeconds = stmt.columnDouble(10);
    m.formatVersion = uint32_t(stmt.columnInt(11));
    if (withState) m.state = stmt.columnBlob(12);
    return m;
}

} // namespace

Status ProjectFile::addModel(const StoredModel& m)
{
    if (m.name.empty() || m.name.size() > kMaxIdentifierLength)
        return Status::invalidInput("a model name must have 1 to 256 characters");
    SqliteStatement insert(m_db.handle(), std::string("INSERT INTO models (") + kModelColumns
                                              + ", state) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
    ALMANAC_RETURN_IF_ERROR(insert.prepareStatus());
    const std::string datasets = nlohmann::json(m.datasets).dump();
    insert.bind(1, std::string_view(m.name));
    insert.bind(2, std::string_view(m.kind));
    insert.bind(3, std::string_view(m.recipe));
    insert.bind(4, std::string_view(m.settingsJson));
    insert.bind(5, std::string_view(datasets));
    insert.bind(6, std::string_view(m.fingerprint));
    if (m.trainingStart) insert.bind(7, *m.trainingStart);
    else insert.bindNull(7);
    if (m.trainingEnd) insert.bind(8, *m.trainingEnd);
    else insert.bindNull(8);
    insert.bind(9, std::string_view(m.metricsJson));
    const std::string created = m.createdAt.empty() ? projectTimestampNow() : m.createdAt;
    insert.bind(10, std::string_view(created));
    insert.bind(11, m.trainingSeconds);
    insert.bind(12, int64_t(m.formatVersion));
    insert.bindBlob(13, m.state);
    const Status status = insert.run();
    if (!status.isOk() && sqlite3_errcode(m_db.handle()) == SQLITE_CONSTRAINT)
        return Status::invalidInput(m_path + ": a model named '" + m.name + "' already exists");
    return status;
}

Status ProjectFile::replaceModel(const StoredModel& m)
{
    SqliteStatement update(m_db.handle(), "UPDATE models SET kind = ?, recipe = ?, settings = ?, datasets = ?, fingerprint = ?, "
                                          "training_start = ?, training_end = ?, metrics = ?, created_at = ?, training_seconds = ?, "
                                          "format_version = ?, state = ? WHERE name = ?");
    ALMANAC_RETURN_IF_ERROR(update.prepareStatus());
    const std::string datasets = nlohmann::json(m.datasets).dump();
    update.bind(1, std::string_view(m.kind));
    update.bind(2, std::string_view(m.recipe));
    update.bind(3, std::string_view(m.settingsJson));
    update.bind(4, std::string_view(datasets));
    update.bind(5, std::string_view(m.fingerprint));
    if (m.trainingStart) update.bind(6, *m.trainingStart);
    else update.bindNull(6);
    if (m.trainingEnd) update.bind(7, *m.trainingEnd);
    else update.bindNull(7);
    update.bind(8, std::string_view(m.metricsJson));
    const std::string created = m.createdAt.empty() ? projectTimestampNow() : m.createdAt;
    update.bind(9, std::string_view(created));
    update.bind(10, m.trainingSeconds);
    update.bind(11, int64_t(m.formatVersion));
    update.bindBlob(12, m.state);
    update.bind(13, std::string_view(m.name));
    ALMANAC_RETURN_IF_ERROR(update.run());
    if (sqlite3_changes(m_db.handle()) == 0) return Status::notFound(m_path + ": no model named '" + m.name + "'");
    return Status::ok();
}

Result<std::vector<StoredModel>> ProjectFile::models(bool withState)
{
    SqliteStatement stmt(m_db.handle(), std::string("SELECT ") + kModelColumns + (withState ? ", state" : "")
                                            + " FROM models ORDER BY id");
    ALMANAC_RETURN_IF_ERROR(stmt.prepareStatus());
    std::vector<StoredModel> out;
    Status status;
    while (stmt.step(status)) out.push_back(modelFromRow(stmt, withState));
    if (!status.isOk()) return status;
    return out;
}

Result<StoredModel> ProjectFile::model(const std::string& name)
{
    SqliteStatement stmt(m_db.handle(), std::string("SELECT ") + kModelColumns + ", state FROM models WHERE name = ?");
    ALMANAC_RETURN_IF_ERROR(stmt.prepareStatus());
    stmt.bind(1, std::string_view(name));
    Status status;
    if (stmt.step(status)) return modelFromRow(stmt, true);
    if (!status.isOk()) return status;
    std::string known;
    if (auto all = models(); all.isOk())
        for (const StoredModel& m : *all) known += (known.empty() ? "" : ", ") + m.name;
    return Status::notFound(m_path + ": no model named '" + name + "'" + (known.empty() ? std::string(" (the project has none)") : " (models: " + known + ")"));
}

Status ProjectFile::removeModel(const std::string& name)
{
    SqliteStatement stmt(m_db.handle(), "DELETE FROM models WHERE name = ?");
    ALMANAC_RETURN_IF_ERROR(stmt.prepareStatus());
    stmt.bind(1, std::string_view(name));
    ALMANAC_RETURN_IF_ERROR(stmt.run());
    if (sqlite3_changes(m_db.handle()) == 0) return Status::notFound(m_path + ": no model named '" + name + "'");
    return Status::ok();
}

Status ProjectFile::linkForecastToModel(const std::string& model, const std::string& forecast, int64_t origin)
{
    SqliteStatement stmt(m_db.handle(), "INSERT INTO model_forecasts (model_id, forecast_id, origin) "
                                        "SELECT m.id, f.id, ? FROM models m, forecasts f WHERE m.name = ? AND f.name = ?");
    ALMANAC_RETURN_IF_ERROR(stmt.prepareStatus());
    stmt.bind(1, origin);
    stmt.bind(2, std::string_view(model));
    stmt.bind(3, std::string_view(forecast));
    ALMANAC_RETURN_IF_ERROR(stmt.run());
    if (sqlite3_changes(m_db.handle()) == 0)
        return Status::notFound(m_path + ": no model '" + model + "' or forecast '" + forecast + "'");
    return Status::ok();
}

Result<std::vector<std::pair<std::string, int64_t>>> ProjectFile::modelForecasts(const std::string& model)
{
    SqliteStatement stmt(m_db.handle(), "SELECT f.name, l.origin FROM model_forecasts l JOIN models m ON m.id = l.model_id "
                                        "JOIN forecasts f ON f.id = l.forecast_id WHERE m.name = ? ORDER BY f.id");
    ALMANAC_RETURN_IF_ERROR(stmt.prepareStatus());
    stmt.bind(1, std::string_view(model));
    std::vector<std::pair<std::string, int64_t>> out;
    Status status;
    while (stmt.step(status)) out.emplace_back(stmt.columnText(0), stmt.columnInt(1));
    if (!status.isOk()) return status;
    return out;
}

Status ProjectFile::addModelEvaluation(const std::string& model, const ModelEvaluation& e)
{
    SqliteStatement stmt(m_db.handle(), "INSERT INTO model_evaluations (model_id, forecast_id, evaluated_at, metrics) "
                                        "SELECT m.id, f.id, ?, ? FROM models m, forecasts f WHERE m.name = ? AND f.name = ?");
    ALMANAC_RETURN_IF_ERROR(stmt.prepareStatus());
    const std::string at = e.evaluatedAt.empty() ? projectTimestampNow() : e.evaluatedAt;
    stmt.bind(1, std::string_view(at));
    stmt.bind(2, std::string_view(e.metricsJson));
    stmt.bind(3, std::string_view(model));
    stmt.bind(4, std::string_view(e.forecastName));
    ALMANAC_RETURN_IF_ERROR(stmt.run());
    if (sqlite3_changes(m_db.handle()) == 0)
        return Status::notFound(m_path + ": no model '" + model + "' or forecast '" + e.forecastName + "'");
    return Status::ok();
}

Result<std::vector<ModelEvaluation>> ProjectFile::modelEvaluations(const std::string& model)
{
    SqliteStatement stmt(m_db.handle(), "SELECT f.name, l.origin, e.evaluated_at, e.metrics FROM model_evaluations e "
                                        "JOIN models m ON m.id = e.model_id JOIN forecasts f ON f.id = e.forecast_id "
                                        "LEFT JOIN model_forecasts l ON l.model_id = e.model_id AND l.forecast_id = e.forecast_id "
                                        "WHERE m.name = ? ORDER BY e.id");
    ALMANAC_RETURN_IF_ERROR(stmt.prepareStatus());
    stmt.bind(1, std::string_view(model));
    std::vector<ModelEvaluation> out;
    Status status;
    while (stmt.step(status)) {
        ModelEvaluation e;
        e.forecastName = stmt.columnText(0);
        e.origin = stmt.columnIsNull(1) ? 0 : stmt.columnInt(1);
        e.evaluatedAt = stmt.columnText(2);
        e.metricsJson = stmt.columnText(3);
        out.push_back(std::move(e));
    }
    if (!status.isOk()) return status;
    return out;
}

Result<std::string> ProjectFile::unusedName(const std::string& base)
{
    SqliteStatement stmt(m_db.handle(), "SELECT 1 FROM datasets WHERE name = ?1 UNION ALL SELECT 1 FROM forecasts WHERE name = ?1 "
                                        "UNION ALL SELECT 1 FROM models WHERE name = ?1 UNION ALL SELECT 1 FROM recommenders WHERE name = ?1");
    ALMANAC_RETURN_IF_ERROR(stmt.prepareStatus());
    for (int n = 1; n < 1000000; ++n) {
        const std::string candidate = n == 1 ? base : base + "-" + std::to_string(n);
        stmt.reset();
        stmt.bind(1, std::string_view(candidate));
        Status status;
        const bool taken = stmt.step(status);
        if (!status.isOk()) return status;
        if (!taken) return candidate;
    }
    return Status::internal("no unused name for " + base);
}

} // namespace almanac
