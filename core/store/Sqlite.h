#pragma once
// A thin RAII layer over the SQLite C API: statements, binding and transactions with Status.
#include "util/Status.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace almanac {

class SqliteStatement {
public:
    SqliteStatement(sqlite3* db, const std::string& sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    const Status& prepareStatus() const { return m_status; }
    void bind(int index, int64_t value);
    void bind(int index, double value); // NaN is stored as NULL
    void bind(int index, std::string_view value);
    void bindNull(int index);
    void bindBlob(int index, const std::vector<uint8_t>& bytes);
    // SQLITE_ROW -> true with a row; SQLITE_DONE -> false; errors in status.
    bool step(Status& status);
    Status run(); // step to completion
    void reset();

    int64_t columnInt(int index) const;
    double columnDouble(int index) const; // NULL -> NaN
    std::string columnText(int index) const;
    bool columnIsNull(int index) const;
    std::vector<uint8_t> columnBlob(int index) const;

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    Status m_status;
};

class SqliteDatabase {
public:
    SqliteDatabase() = default;
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase&) = delete;
    SqliteDatabase& operator=(const SqliteDatabase&) = delete;

    Status open(const std::string& path, bool create);
    Status openReadOnly(const std::string& path);
    Status exec(const std::string& sql);
    sqlite3* handle() const { return m_db; }
    std::string lastError() const;

private:
    Status openWith(const std::string& name, int flags);

    sqlite3* m_db = nullptr;
    std::string m_path;
};

// The last error of db in the user's words, naming the file: "a dataset of that name already
// exists", "the project is read-only", never raw SQL.
std::string describeSqliteError(sqlite3* db);

// Rolls back unless commit() succeeded: every change to a project is all or nothing.
class SqliteTransaction {
public:
    explicit SqliteTransaction(SqliteDatabase& db);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction&) = delete;
    SqliteTransaction& operator=(const SqliteTransaction&) = delete;

    const Status& beginStatus() const { return m_begin; }
    Status commit();

private:
    SqliteDatabase& m_db;
    Status m_begin;
    bool m_open = false;
    bool m_nested = false;
};

std::string quoteIdentifier(std::string_view name);

} // namespace almanac
