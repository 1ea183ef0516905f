#include "store/ProjectFile.h"

#include <unistd.h>
#include "store/ProjectFileInternal.h"

#include "data/Timestamp.h"
#include "forecast/Quantiles.h"

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <unistd.h>

namespace almanac {

namespace {

// "ALMN": marks the SQLite file as ours, so a stray database is never mistaken for a project.
constexpr int kApplicationId = 0x414C4D4E;

// Index i holds the SQL that takes the schema from version i to i + 1. Never edit a released
// step; append a new one.
const std::vector<std::string>& migrations()
{
    static const std::vector<std::string> kSteps = {
        R"sql(
        CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);
        CREATE TABLE datasets (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            type TEXT NOT NULL,
            domain TEXT NOT NULL,
            frequency TEXT NOT NULL DEFAULT '',
            row_count INTEGER NOT NULL,
            item_count INTEGER NOT NULL,
            time_min INTEGER,
            time_max INTEGER,
            source_file TEXT NOT NULL DEFAULT '',
            columns TEXT NOT NULL,
            created_at TEXT NOT NULL);
        CREATE TABLE forecasts (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            dataset TEXT NOT NULL,
            recipe TEXT NOT NULL,
            frequency TEXT NOT NULL,
            horizon INTEGER NOT NULL,
            quantiles TEXT NOT NULL,
            parameters TEXT NOT NULL,
            created_at TEXT NOT NULL);
        CREATE TABLE forecast_values (
            forecast_id INTEGER NOT NULL REFERENCES forecasts(id) ON DELETE CASCADE,
            series INTEGER NOT NULL,
            item_id TEXT NOT NULL,
            dimensions TEXT NOT NULL,
            timestamp INTEGER NOT NULL,
            statistic TEXT NOT NULL,
            value REAL);
        CREATE INDEX forecast_values_by_item ON forecast_values(forecast_id, item_id);
        CREATE TABLE jobs (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            detail TEXT NOT NULL,
            outcome TEXT NOT NULL,
            finished_at TEXT NOT NULL);
        )sql",
        // 2: backtest metrics (the --metrics JSON) kept with each forecast.
        R"sql(
        CREATE TABLE forecast_evaluations (
            forecast_id INTEGER PRIMARY KEY REFERENCES forecasts(id) ON DELETE CASCADE,
            metrics TEXT NOT NULL);
        )sql",
        // 3: how a dataset's rows become series (aggregation, fills), chosen at import.
        R"sql(
        ALTER TABLE datasets ADD COLUMN preparation TEXT NOT NULL DEFAULT '{}';
        )sql",
        // 4: recommenders, by definition: refitted from their datasets when opened.
        R"sql(
        CREATE TABLE recommenders (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            interactions TEXT NOT NULL,
            items TEXT NOT NULL DEFAULT '',
            recipe TEXT NOT NULL,
            parameters TEXT NOT NULL,
            event_types TEXT NOT NULL DEFAULT '',
            seed INTEGER NOT NULL,
            metrics TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL);
        )sql",
        // 5: how many series a forecast holds, kept rather than counted over its values.
        R"sql(
        ALTER TABLE forecasts ADD COLUMN series_count INTEGER NOT NULL DEFAULT 0;
        UPDATE forecasts SET series_count = (SELECT COUNT(DISTINCT series) FROM forecast_values v WHERE v.forecast_id = forecasts.id);
        )sql",
        // 6: trained models (predictors and recommenders) with their state, and the forecasts
        // made from predictors, kept for monitoring their accuracy on later actuals.
        R"sql(
        CREATE TABLE models (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            recipe TEXT NOT NULL,
            settings TEXT NOT NULL,
            datasets TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            training_start INTEGER,
            training_end INTEGER,
            metrics TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            training_seconds REAL NOT NULL,
            format_version INTEGER NOT NULL,
            state BLOB NOT NULL);
        CREATE TABLE model_forecasts (
            model_id INTEGER NOT NULL REFERENCES models(id) ON DELETE CASCADE,
            forecast_id INTEGER NOT NULL REFERENCES forecasts(id) ON DELETE CASCADE,
            origin INTEGER NOT NULL,
            PRIMARY KEY (model_id, forecast_id));
        CREATE TABLE model_evaluations (
            id INTEGER PRIMARY KEY,
            model_id INTEGER NOT NULL REFERENCES models(id) ON DELETE CASCADE,
            forecast_id INTEGER NOT NULL,
            evaluated_at TEXT NOT NULL,
            metrics TEXT NOT NULL);
        CREATE TABLE schedules (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            every TEXT NOT NULL,
            steps TEXT NOT NULL,
            created_at TEXT NOT NULL);
        )sql",
    };
    return kSteps;
}

} // namespace

std::string projectTimestampNow()
{
    const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

namespace {

Result<int64_t> pragmaInt(SqliteDatabase& db, const std::string& pragma, const std::string& path)
{
    SqliteStatement stmt(db.handle(), "PRAGMA " + pragma);
    Status status;
    if (!stmt.prepareStatus().isOk() || !stmt.step(status))
        return Status::invalidInput(path + ": not an Almanac project file (" + db.lastError() + ")");
    return stmt.columnInt(0);
}

std::string tableOf(int64_t datasetId) { return "dataset_" + std::to_string(datasetId); }

const char* sqlType(FieldType type)
{
    switch (type) {
    case FieldType::Number: return "REAL";
    case FieldType::Timestamp: return "INTEGER";
    case FieldType::String: return "TEXT";
    }
    return "TEXT";
}

std::optional<FieldType> fieldTypeFromName(const std::string& name)
{
    for (FieldType t : {FieldType::String, FieldType::Number, FieldType::Timestamp})
        if (name == fieldTypeName(t)) return t;
    return std::nullopt;
}

} // namespace

const char* fieldRoleName(FieldRole role)
{
    switch (role) {
    case FieldRole::Item: return "item";
    case FieldRole::Timestamp: return "timestamp";
    case FieldRole::Target: return "target";
    case FieldRole::Dimension: return "dimension";
    case FieldRole::Feature: return "feature";
    case FieldRole::User: return "user";
    case FieldRole::EventType: return "event_type";
    case FieldRole::EventValue: return "event_value";
    case FieldRole::Attribute: return "attribute";
    }
    return "attribute";
}

std::optional<FieldRole> fieldRoleFromName(std::string_view name)
{
    for (FieldRole r : {FieldRole::Item, FieldRole::Timestamp, FieldRole::Target, FieldRole::Dimension,
                        FieldRole::Feature, FieldRole::User, FieldRole::EventType, FieldRole::EventValue,
                        FieldRole::Attribute})
        if (name == fieldRoleName(r)) return r;
    return std::nullopt;
}

Result<std::unique_ptr<ProjectFile>> ProjectFile::create(const std::string& path)
{
    std::error_code ec;
    if (std::filesystem::exists(path, ec))
        return Status::invalidInput(path + ": already exists; choose another name or open it");
    std::unique_ptr<ProjectFile> project(new ProjectFile);
    project->m_path = path;
    ALMANAC_RETURN_IF_ERROR(project->m_db.open(path, true));
    Status s = project->configure();
    if (s.isOk()) s = project->m_db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
    if (s.isOk()) s = project->migrate();
    if (!s.isOk()) {
        project.reset();
        std::filesystem::remove(path, ec);
        return s;
    }
    return project;
}

Result<std::unique_ptr<ProjectFile>> ProjectFile::open(const std::string& path, ProjectAccess access)
{
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        return Status::notFound(path + ": no such project file (create one with `almanac-cli project create`)");
    std::unique_ptr<ProjectFile> project(new ProjectFile);
    project->m_path = path;
    // A project on a read-only medium (or without write permission, for the file or for the
    // folder its journal lives in) opens read-only: it can be read, and a change says why not.
    const std::string folder = std::filesystem::path(path).parent_path().string();
    project->m_readOnly = access == ProjectAccess::ReadOnly || ::access(path.c_str(), W_OK) != 0
                          || ::access(folder.empty() ? "." : folder.c_str(), W_OK) != 0;
    if (project->m_readOnly) ALMANAC_RETURN_IF_ERROR(project->m_db.openReadOnly(path));
    else ALMANAC_RETURN_IF_ERROR(project->m_db.open(path, false));
    auto appId = pragmaInt(project->m_db, "application_id", path);
    if (!appId.isOk()) return appId.status();
    if (*appId != kApplicationId)
        return Status::invalidInput(path + ": not an Almanac project file");
    auto version = pragmaInt(project->m_db, "user_version", path);
    if (!version.isOk()) return version.status();
    // Only versions this program wrote can be trusted: a damaged or foreign number would index
    // the migrations out of range or re-run them over existing tables.
    if (*version < 1)
        return Status::invalidInput(path + ": the project's schema version (" + std::to_string(*version)
                                    + ") is not one Almanac writes; the file is damaged");
    if (*version > kSchemaVersion)
        return Status::unsupported(path + ": written by a newer Almanac (project schema " + std::to_string(*version)
                                   + ", this program knows up to " + std::to_string(kSchemaVersion)
                                   + "); upgrade Almanac to open it");
    if (project->m_readOnly) {
        if (*version < kSchemaVersion)
            return Status::ioError(path + ": the project is read-only and was written by an older Almanac, whose "
                                   "format this one must update first; open a writable copy");
        project->m_schemaVersion = int(*version);
        return project;
    }
    ALMANAC_RETURN_IF_ERROR(project->configure());
    ALMANAC_RETURN_IF_ERROR(project->migrate());
    return project;
}

Status ProjectFile::configure()
{
    ALMANAC_RETURN_IF_ERROR(m_db.exec("PRAGMA journal_mode = WAL"));
    ALMANAC_RETURN_IF_ERROR(m_db.exec("PRAGMA synchronous = NORMAL"));
    return m_db.exec("PRAGMA foreign_keys = ON");
}

Status ProjectFile::migrate()
{
    auto version = pragmaInt(m_db, "user_version", m_path);
    if (!version.isOk()) return version.status();
    m_schemaVersion = int(*version);
    const auto& steps = migrations();
    if (int(steps.size()) != kSchemaVersion) return Status::internal("schema version and migrations disagree");
    while (m_schemaVersion < int(steps.size())) {
        SqliteTransaction tx(m_db);
        ALMANAC_RETURN_IF_ERROR(tx.beginStatus());
        ALMANAC_RETURN_IF_ERROR(m_db.exec(steps[size_t(m_schemaVersion)]));
        const int next = m_schemaVersion + 1;
        ALMANAC_RETURN_IF_ERROR(m_db.exec("INSERT INTO schema_migrations VALUES (" + std::to_string(next) + ", '"
                                          + projectTimestampNow() + "')"));
        ALMANAC_RETURN_IF_ERROR(m_db.exec("PRAGMA user_version = " + std::to_string(next)));
        ALMANAC_RETURN_IF_ERROR(tx.commit());
        m_schemaVersion = next;
    }
    return Status::ok();
}

namespace {

const char* kDatasetColumns =
    "id, name, type, domain, frequency, row_count, item_count, time_min, time_max, source_file, columns, created_at, preparation";

DatasetInfo readDatasetRow(const SqliteStatement& stmt)
{
    DatasetInfo info;
    info.id = stmt.columnInt(0);
    info.name = stmt.columnText(1);
    info.type = datasetTypeFromName(stmt.columnText(2)).value_or(DatasetType::Target);
    info.domain = stmt.columnText(3);
    info.frequency = stmt.columnText(4);
    info.rows = stmt.columnInt(5);
    info.items = stmt.columnInt(6);
    if (!stmt.columnIsNull(7)) info.timeMin = stmt.columnInt(7);
    if (!stmt.columnIsNull(8)) info.timeMax = stmt.columnInt(8);
    info.sourceFile = stmt.columnText(9);
    const nlohmann::json columns = nlohmann::json::parse(stmt.columnText(10), nullptr, false);
    if (columns.is_array()) {
        for (const auto& c : columns) {
            DatasetColumnInfo ci;
            ci.name = c.value("name", "");
            ci.sourceHeader = c.value("header", "");
            ci.role = fieldRoleFromName(c.value("role", "attribute")).value_or(FieldRole::Attribute);
            ci.type = fieldTypeFromName(c.value("type", "string")).value_or(FieldType::String);
            info.columns.push_back(ci);
        }
    }
    info.createdAt = stmt.columnText(11);
    const nlohmann::json preparation = nlohmann::json::parse(stmt.columnText(12), nullptr, false);
    if (preparation.is_object())
        for (const auto& [k, v] : preparation.items())
            if (v.is_string()) info.preparation[k] = v.get<std::string>();
    return info;
}

} // namespace

Result<std::vector<DatasetInfo>> ProjectFile::datasets()
{
    SqliteStatement stmt(m_db.handle(), std::string("SELECT ") + kDatasetColumns + " FROM datasets ORDER BY id");
    ALMANAC_RETURN_IF_ERROR(stmt.prepareStatus());
    std::vector<DatasetInfo> out;
    Status status;
    while (stmt.step(status)) out.push_back(readDatasetRow(stmt));
    if (!status.isOk()) return status;
    return out;
}

Result<DatasetInfo> ProjectFile::dataset(const std::string& name)
{
    SqliteStatement stmt(m_db.handle(), std::string("SELECT ") + kDatasetColumns + " FROM datasets WHERE name = ?");
    ALMANAC_RETURN_IF_ERROR(stmt.prepareStatus());
    stmt.bind(1, std::string_view(name));
    Status status;
    if (stmt.step(status)) return readDatasetRow(stmt);
    if (!status.isOk()) return status;
    return Status::notFound(m_path + ": no dataset named '" + name + "'");
}

Status ProjectFile::refuseTakenDatasetName(const std::string& name, const std::string& except)
{
    // Names differing only in case ("sales", "SALES") would be told apart by nobody reading a list.
    SqliteStatement stmt(m_db.handle(), "SELECT name FROM datasets WHERE name = ? COLLATE NOCASE");
    ALMANAC_RETURN_IF_ERROR(stmt.prepareStatus());
    stmt.bind(1, std::string_view(name));
    Status status;
    while (stmt.step(status)) {
        const std::string taken = stmt.columnText(0);
        if (taken == except) continue;
        if (taken == name) return Status::invalidInput(m_path + ": a dataset named '" + name + "' already exists");
        return Status::invalidInput(m_path + ": a dataset named '" + taken + "' already exists; '" + name
                                    + "' differs only in case");
    }
    return status;
}

Result<DatasetInfo> ProjectFile::addDataset(const std::string& name, const LoadedDataset& data,
                                            const DatasetSettings& settings, const JobContext& job)
{
    if (name.empty() || name.size() > kMaxIdentifierLength)
        return Status::invalidInput("a dataset name must have 1 to 256 characters");
    ALMANAC_RETURN_IF_ERROR(refuseTakenDatasetName(name));

    const DataTable& table = data.table;
    DatasetInfo info;
    info.name = name;
    info.type = data.schema.type;
    info.domain = data.schema.domain;
    info.frequency = settings.frequency;
    info.preparation = settings.preparation;
    info.rows = int64_t(table.rowCount);
    info.sourceFile = data.fileName;
    info.createdAt = projectTimestampNow();
    const FieldRole keyRole = info.type == DatasetType::Users ? FieldRole::User : FieldRole::Item;
    if (const DataColumn* key = table.columnWithRole(keyRole)) info.items = int64_t(key->strings->size());
    if (const DataColumn* time = table.columnWithRole(FieldRole::Timestamp)) {
        for (int64_t t : time->times) {
            if (t == INT64_MIN) continue;
            info.timeMin = std::min(info.timeMin.value_or(t), t);
            info.timeMax = std::max(info.timeMax.value_or(t), t);
        }
    }
    nlohmann::json columns = nlohmann::json::array();
    for (const DataColumn& c : table.columns) {
        info.columns.push_back({c.name, c.sourceHeader, c.role, c.type});
        columns.push_back({{"name", c.name}, {"header", c.sourceHeader}, {"role", fieldRoleName(c.role)},
                           {"type", fieldTypeName(c.type)}});
    }

    SqliteTransaction tx(m_db);
    ALMANAC_RETURN_IF_ERROR(tx.beginStatus());
    {
        SqliteStatement insert(m_db.handle(),
                               "INSERT INTO datasets (name, type, domain, frequency, row_count, item_count, time_min, "
                               "time_max, source_file, columns, created_at, preparation) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
        ALMANAC_RETURN_IF_ERROR(insert.prepareStatus());
        insert.bind(1, std::string_view(name));
        insert.bind(2, std::string_view(datasetTypeName(info.type)));
        insert.bind(3, std::string_view(info.domain));
        insert.bind(4, std::string_view(settings.frequency));
        insert.bind(5, info.rows);
        insert.bind(6, info.items);
        if (info.timeMin) insert.bind(7, *info.timeMin); else insert.bindNull(7);
        if (info.timeMax) insert.bind(8, *info.timeMax); else insert.bindNull(8);
        insert.bind(9, std::string_view(info.sourceFile));
        const std::string columnsJson = columns.dump();
        insert.bind(10, std::string_view(columnsJson));
        insert.bind(11, std::string_view(info.createdAt));
        const std::string preparationJson = nlohmann::json(settings.preparation).dump();
        insert.bind(12, std::string_view(preparationJson));
        ALMANAC_RETURN_IF_ERROR(insert.run());
    }
    info.id = sqlite3_last_insert_rowid(m_db.handle());

    std::string create = "CREATE TABLE " + tableOf(info.id) + " (";
    std::string insertSql = "INSERT INTO " + tableOf(info.id) + " VALUES (";
    for (size_t c = 0; c < table.columns.size(); ++c) {
        create += (c ? ", " : "") + quoteIdentifier(table.columns[c].name) + " " + sqlType(table.columns[c].type);
        insertSql += c ? ",?" : "?";
    }
    ALMANAC_RETURN_IF_ERROR(m_db.exec(create + ")"));
    SqliteStatement insertRow(m_db.handle(), insertSql + ")");
    ALMANAC_RETURN_IF_ERROR(insertRow.prepareStatus());
    for (size_t r = 0; r < table.rowCount; ++r) {
        for (size_t c = 0; c < table.columns.size(); ++c) {
            const DataColumn& col = table.columns[c];
            const int index = int(c) + 1;
            switch (col.type) {
            case FieldType::Number: insertRow.bind(index, col.numbers[r]); break;
            case FieldType::Timestamp:
                if (col.times[r] == INT64_MIN) insertRow.bindNull(index);
                else insertRow.bind(index, col.times[r]);
                break;
            case FieldType::String: insertRow.bind(index, std::string_view(col.text(r))); break;
            }
        }
        ALMANAC_RETURN_IF_ERROR(insertRow.run());
        if (r % 65536 == 0) {
            if (job.isCancelled()) return Status::cancelled();
            job.report(double(r) / double(table.rowCount), "storing " + name);
        }
    }
    ALMANAC_RETURN_IF_ERROR(tx.commit());
    job.report(1.0, "storing " + name);
    return info;
}

Result<LoadedDataset> ProjectFile::loadDataset(const std::string& name, const JobContext& job)
{
    auto info = dataset(name);
    if (!info.isOk()) return info.status();
    auto schema = schemaFor(info->domain, info->type);
    if (!schema) return Status::internal(m_path + ": dataset '" + name + "' has an unknown schema");
    LoadedDataset out;
    out.schema = *schema;
    out.fileName = info->sourceFile;
    for (const DatasetColumnInfo& ci : info->columns)
        out.table.columns.push_back(DataColumn::describe(ci.name, ci.sourceHeader, ci.role, ci.type));
    SqliteStatement select(m_db.handle(), "SELECT * FROM " + tableOf(info->id) + " ORDER BY rowid");
    ALMANAC_RETURN_IF_ERROR(select.prepareStatus());
    Status status;
    while (select.step(status)) {
        for (size_t c = 0; c < out.table.columns.size(); ++c) {
            DataColumn& col = out.table.columns[c];
            switch (col.type) {
            case FieldType::Number: col.numbers.push_back(select.columnDouble(int(c))); break;
            case FieldType::Timestamp:
                col.times.push_back(select.columnIsNull(int(c)) ? INT64_MIN : select.columnInt(int(c)));
                break;
            case FieldType::String: col.codes.push_back(col.strings->intern(select.columnText(int(c)))); break;
            }
        }
        if (++out.table.rowCount % 65536 == 0 && job.isCancelled()) return Status::cancelled();
    }
    if (!status.isOk()) return status;
    return out;
}

Status ProjectFile::appendDatasetRows(const std::string& name, const std::vector<std::vector<Cell>>& rows)
{
    auto info = dataset(name);
    if (!info.isOk()) return info.status();
    if (rows.empty()) return Status::ok();
    std::string insertSql = "INSERT INTO " + tableOf(info->id) + " VALUES (";
    for (size_t c = 0; c < info->columns.size(); ++c) insertSql += c ? ",?" : "?";
    SqliteTransaction tx(m_db);
    ALMANAC_RETURN_IF_ERROR(tx.beginStatus());
    SqliteStatement insert(m_db.handle(), insertSql + ")");
    ALMANAC_RETURN_IF_ERROR(insert.prepareStatus());
    // The item count is the distinct values of the item column, as an import counts them: from
    // the items known since the last append, read again only when the file changed otherwise.
    const DatasetColumnInfo* itemColumn = nullptr;
    for (const DatasetColumnInfo& c : info->columns)
        if (c.role == FieldRole::Item) itemColumn = &c;
    auto dataVersion = pragmaInt(m_db, "data_version", m_path);
    if (!dataVersion.isOk()) return dataVersion.status();
    if (itemColumn) {
        AppendItemCache& cache = m_appendItems;
        if (cache.datasetId != info->id || cache.dataVersion != *dataVersion
            || cache.changes != int64_t(sqlite3_total_changes64(m_db.handle()))) {
            cache = AppendItemCache{};
            SqliteStatement distinct(m_db.handle(), "SELECT DISTINCT " + quoteIdentifier(itemColumn->name) + " FROM "
                                                        + tableOf(info->id));
            ALMANAC_RETURN_IF_ERROR(distinct.prepareStatus());
            Status read;
            while (distinct.step(read))
                if (!distinct.columnIsNull(0)) cache.items.insert(distinct.columnText(0));
            ALMANAC_RETURN_IF_ERROR(read);
        }
    }
    std::optional<int64_t> timeMin = info->timeMin, timeMax = info->timeMax;
    for (const std::vector<Cell>& row : rows) {
        for (size_t c = 0; c < info->columns.size(); ++c) insert.bindNull(int(c) + 1);
        for (const Cell& cell : row) {
            size_t c = 0;
            while (c < info->columns.size() && info->columns[c].name != cell.column) ++c;
            if (c == info->columns.size()) return Status::invalidInput(name + ": no column " + cell.column);
            const int index = int(c) + 1;
            const FieldType type = info->columns[c].type;
            if (const auto* number = std::get_if<double>(&cell.value); number && type == FieldType::Number) insert.bind(index, *number);
            else if (const auto* time = std::get_if<int64_t>(&cell.value); time && type == FieldType::Timestamp) {
                insert.bind(index, *time);
                timeMin = timeMin ? std::min(*timeMin, *time) : *time;
                timeMax = timeMax ? std::max(*timeMax, *time) : *time;
            } else if (const auto* text = std::get_if<std::string>(&cell.value); text && type == FieldType::String)
                insert.bind(index, std::string_view(*text));
            else return Status::invalidInput(name + ": column " + cell.column + " holds another type of value");
        }
        ALMANAC_RETURN_IF_ERROR(insert.run());
    }
    int64_t itemCount = info->items;
    if (itemColumn) {
        AppendItemCache& cache = m_appendItems;
        for (const std::vector<Cell>& row : rows)
            for (const Cell& cell : row)
                if (cell.column == itemColumn->name)
                    if (const auto* text = std::get_if<std::string>(&cell.value)) cache.items.insert(*text);
        itemCount = int64_t(cache.items.size());
    }
    SqliteStatement update(m_db.handle(), "UPDATE datasets SET row_count = row_count + ?, item_count = ?, time_min = ?, "
                                          "time_max = ? WHERE id = ?");
    ALMANAC_RETURN_IF_ERROR(update.prepareStatus());
    update.bind(1, int64_t(rows.size()));
    update.bind(2, itemCount);
    if (timeMin) update.bind(3, *timeMin); else update.bindNull(3);
    if (timeMax) update.bind(4, *timeMax); else update.bindNull(4);
    update.bind(5, info->id);
    ALMANAC_RETURN_IF_ERROR(update.run());
    const Status committed = tx.commit();
    if (!committed.isOk()) {
        m_appendItems = AppendItemCache{};
        return committed;
    }
    m_appendItems.datasetId = itemColumn ? info->id : -1;
    m_appendItems.dataVersion = *dataVersion;
    m_appendItems.changes = int64_t(sqlite3_total_changes64(m_db.handle()));
    return committed;
}

Status ProjectFile::setAutomaticCheckpoints(bool on)
{
    return m_db.exec(on ? "PRAGMA wal_autocheckpoint = 1000" : "PRAGMA wal_autocheckpoint = 0");
}

Status ProjectFile::checkpoint()
{
    if (m_readOnly) return Status::ok();
    if (sqlite3_wal_checkpoint_v2(m_db.handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr) != SQLITE_OK)
        return Status::ioError(m_path + ": checkpoint: " + sqlite3_errmsg(m_db.handle()));
    return Status::ok();
}

Status ProjectFile::removeDataset(const std::string& name)
{
    auto info = dataset(name);
    if (!info.isOk()) return info.status();
    SqliteTransaction tx(m_db);
    ALMANAC_RETURN_IF_ERROR(tx.beginStatus());
    ALMANAC_RETURN_IF_ERROR(m_db.exec("DROP TABLE " + tableOf(info->id)));
    ALMANAC_RETURN_IF_ERROR(m_db.exec("DELETE FROM datasets WHERE id = " + std::to_string(info->id)));
    return tx.commit();
}

Status ProjectFile::renameDataset(const std::string& name, const std::string& newName)
{
    if (newName.empty() || newName.size() > kMaxIdentifierLength)
        return Status::invalidInput("a dataset name must have 1 to 256 characters");
    auto info = dataset(name);
    if (!info.isOk()) return info.status();
    ALMANAC_RETURN_IF_ERROR(refuseTakenDatasetName(newName, name));
    SqliteTransaction tx(m_db);
    ALMANAC_RETURN_IF_ERROR(tx.beginStatus());
    for (const char* sql : {"UPDATE datasets SET name = ? WHERE name = ?", "UPDATE forecasts SET dataset = ? WHERE dataset = ?"}) {
        SqliteStatement update(m_db.handle(), sql);
        ALMANAC_RETURN_IF_ERROR(update.prepareStatus());
        update.bind(1, std::string_view(newName));
        update.bind(2, std::string_view(name));
        ALMANAC_RETURN_IF_ERROR(update.run());
    }
    return tx.commit();
}

Status ProjectFile::recordJob(const std::string& kind, const std::string& detail, const std::string& outcome)
{
    SqliteStatement stmt(m_db.handle(), "INSERT INTO jobs (kind, detail, outcome, finished_at) VALUES (?,?,?,?)");
    ALMANAC_RETURN_IF_ERROR(stmt.prepareStatus());
    stmt.bind(1, std::string_view(kind));
    stmt.bind(2, std::string_view(detail));
    stmt.bind(3, std::string_view(outcome));
    const std::string now = projectTimestampNow();
    stmt.bind(4, std::string_view(now));
    return stmt.run();
}

Result<std::vector<JobRecord>> ProjectFile::jobs(int limit)
{
    SqliteStatement stmt(m_db.handle(), "SELECT kind, detail, outcome, finished_at FROM jobs ORDER BY id DESC LIMIT ?");
    ALMANAC_RETURN_IF_ERROR(stmt.prepareStatus());
    stmt.bind(1, int64_t(limit));
    std::vector<JobRecord> out;
    Status status;
    while (stmt.step(status)) out.push_back({stmt.columnText(0), stmt.columnText(1), stmt.columnText(2), stmt.columnText(3)});
    if (!status.isOk()) return status;
    return out;
}

} // namespace almanac
