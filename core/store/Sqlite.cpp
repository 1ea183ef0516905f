#include "store/Sqlite.h"

#include <cmath>
#include <cstdio>
#include <limits>
#include <sqlite3.h>

namespace almanac {

std::string describeSqliteError(sqlite3* db)
{
    const char* file = db ? sqlite3_db_filename(db, "main") : nullptr;
    const std::string where = file && *file ? std::string(file) + ": " : std::string();
    if (!db) return where + "out of memory";
    const std::string message = sqlite3_errmsg(db);
    const int code = sqlite3_extended_errcode(db);
    // SQLite's own words name tables and constraints; the user knows datasets, models, files.
    switch (code & 0xff) {
    case SQLITE_READONLY: return where + "the project is read-only; open a writable copy to change it";
    case SQLITE_FULL: return where + "the disk is full";
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return where + "the project is busy in another program; try again when it is done";
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: return where + "the project file is damaged";
    case SQLITE_IOERR: return where + "cannot read or write the project file (" + message + ")";
    case SQLITE_NOMEM: return where + "out of memory";
    default: break;
    }
    const std::string unique = "UNIQUE constraint failed: ";
    if (message.compare(0, unique.size(), unique) == 0) {
        std::string table = message.substr(unique.size());
        table = table.substr(0, table.find('.'));
        if (!table.empty() && table.back() == 's') table.pop_back();
        for (char& c : table)
            if (c == '_') c = ' ';
        return where + "a " + table + " of that name already exists (another program may have just added it)";
    }
    const std::string noTable = "no such table: ";
    if (message.compare(0, noTable.size(), noTable) == 0)
        return where + "the project file is incomplete or damaged (it has no " + message.substr(noTable.size()) + " table)";
    return where + "project database error: " + message;
}

SqliteStatement::SqliteStatement(sqlite3* db, const std::string& sql) : m_db(db)
{
    if (sqlite3_prepare_v2(db, sql.c_str(), int(sql.size()), &m_stmt, nullptr) != SQLITE_OK)
        m_status = Status::ioError(describeSqliteError(db));
}

SqliteStatement::~SqliteStatement() { sqlite3_finalize(m_stmt); }

void SqliteStatement::bind(int index, int64_t value) { sqlite3_bind_int64(m_stmt, index, value); }

void SqliteStatement::bind(int index, double value)
{
    if (std::isnan(value)) sqlite3_bind_null(m_stmt, index);
    else sqlite3_bind_double(m_stmt, index, value);
}

void SqliteStatement::bind(int index, std::string_view value)
{
    sqlite3_bind_text(m_stmt, index, value.data(), int(value.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindNull(int index) { sqlite3_bind_null(m_stmt, index); }

void SqliteStatement::bindBlob(int index, const std::vector<uint8_t>& bytes)
{
    // A zero-length BLOB, not NULL, for an empty model.
    static const uint8_t none = 0;
    sqlite3_bind_blob64(m_stmt, index, bytes.empty() ? &none : bytes.data(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
}

std::vector<uint8_t> SqliteStatement::columnBlob(int index) const
{
    const auto* data = static_cast<const uint8_t*>(sqlite3_column_blob(m_stmt, index));
    const int size = sqlite3_column_bytes(m_stmt, index);
    return data && size > 0 ? std::vector<uint8_t>(data, data + size) : std::vector<uint8_t>{};
}

bool SqliteStatement::step(Status& status)
{
    if (!m_stmt) {
        status = m_status;
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) return true;
    if (rc != SQLITE_DONE) status = Status::ioError(describeSqliteError(m_db));
    return false;
}

Status SqliteStatement::run()
{
    Status status;
    while (step(status)) {}
    reset();
    return status;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int64_t SqliteStatement::columnInt(int index) const { return sqlite3_column_int64(m_stmt, index); }

double SqliteStatement::columnDouble(int index) const
{
    if (sqlite3_column_type(m_stmt, index) == SQLITE_NULL) return std::numeric_limits<double>::quiet_NaN();
    return sqlite3_column_double(m_stmt, index);
}

std::string SqliteStatement::columnText(int index) const
{
    const unsigned char* text = sqlite3_column_text(m_stmt, index);
    return text ? std::string(reinterpret_cast<const char*>(text), size_t(sqlite3_column_bytes(m_stmt, index)))
                : std::string();
}

bool SqliteStatement::columnIsNull(int index) const { return sqlite3_column_type(m_stmt, index) == SQLITE_NULL; }

SqliteDatabase::~SqliteDatabase()
{
    if (m_db) sqlite3_close_v2(m_db);
}

Status SqliteDatabase::open(const std::string& path, bool create)
{
    m_path = path;
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);
    return openWith(path, flags);
}

Status SqliteDatabase::openReadOnly(const std::string& path)
{
    // immutable=1: a file on a read-only medium (or without write permission) is read as it is,
    // with no -wal or -shm file to create and no journal mode to switch.
    m_path = path;
    std::string uri = "file:";
    for (unsigned char c : path) {
        if (c == '%' || c == '?' || c == '#' || c < 0x20) {
            char escaped[4];
            std::snprintf(escaped, sizeof escaped, "%%%02X", c);
            uri += escaped;
        } else {
            uri += char(c);
        }
    }
    uri += "?immutable=1";
    return openWith(uri, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
}

Status SqliteDatabase::openWith(const std::string& name, int flags)
{
    const std::string& path = m_path;
    if (sqlite3_open_v2(name.c_str(), &m_db, flags, nullptr) != SQLITE_OK) {
        std::string message = m_db ? sqlite3_errmsg(m_db) : "out of memory";
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        return Status::ioError(path + ": cannot open: " + message);
    }
    sqlite3_busy_timeout(m_db, 5000);
    return Status::ok();
}

Status SqliteDatabase::exec(const std::string& sql)
{
    char* error = nullptr;
    if (sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        sqlite3_free(error);
        return Status::ioError(describeSqliteError(m_db));
    }
    return Status::ok();
}

std::string SqliteDatabase::lastError() const { return m_db ? sqlite3_errmsg(m_db) : "not open"; }

SqliteTransaction::SqliteTransaction(SqliteDatabase& db) : m_db(db)
{
    // Inside an enclosing transaction a savepoint, so that several stores (a model, the forecast
    // it made and their link) can commit as one.
    m_nested = sqlite3_get_autocommit(db.handle()) == 0;
    m_begin = db.exec(m_nested ? "SAVEPOINT almanac_nested" : "BEGIN IMMEDIATE");
    m_open = m_begin.isOk();
}

SqliteTransaction::~SqliteTransaction()
{
    if (!m_open) return;
    if (m_nested) {
        m_db.exec("ROLLBACK TO almanac_nested");
        m_db.exec("RELEASE almanac_nested");
    } else {
        m_db.exec("ROLLBACK");
    }
}

Status SqliteTransaction::commit()
{
    if (!m_open) return m_begin.isOk() ? Status::internal("transaction already finished") : m_begin;
    Status s = m_db.exec(m_nested ? "RELEASE almanac_nested" : "COMMIT");
    m_open = !s.isOk();
    return s;
}

std::string quoteIdentifier(std::string_view name)
{
    std::string out = "\"";
    for (char c : name) {
        if (c == '"') out.push_back('"');
        out.push_back(c);
    }
    return out + "\"";
}

} // namespace almanac
