// Re-training schedules kept in the project file.
#include "store/ProjectFile.h"
#include "store/ProjectFileInternal.h"

#include <sqlite3.h>

namespace almanac {

Status ProjectFile::addSchedule(const StoredSchedule& s)
{
    if (s.name.empty() || s.name.size() > kMaxIdentifierLength)
        return Status::invalidInput("a schedule name must have 1 to 256 characters");
    SqliteStatement insert(m_db.handle(), "INSERT INTO schedules (name, every, steps, created_at) VALUES (?,?,?,?)");
    ALMANAC_RETURN_IF_ERROR(insert.prepareStatus());
    const std::string created = projectTimestampNow();
    insert.bind(1, std::string_view(s.name));
    insert.bind(2, std::string_view(s.every));
    insert.bind(3, std::string_view(s.steps));
    insert.bind(4, std::string_view(created));
    const Status status = insert.run();
    if (!status.isOk() && sqlite3_errcode(m_db.handle()) == SQLITE_CONSTRAINT)
        return Status::invalidInput(m_path + ": a schedule named '" + s.name + "' already exists");
    return status;
}

Result<std::vector<StoredSchedule>> ProjectFile::schedules()
{
    SqliteStatement stmt(m_db.handle(), "SELECT name, every, steps, created_at FROM schedules ORDER BY id");
    ALMANAC_RETURN_IF_ERROR(stmt.prepareStatus());
    std::vector<StoredSchedule> out;
    Status status;
    while (stmt.step(status)) out.push_back({stmt.columnText(0), stmt.columnText(1), stmt.columnText(2), stmt.columnText(3)});
    if (!status.isOk()) return status;
    return out;
}

Status ProjectFile::removeSchedule(const std::string& name)
{
    SqliteStatement stmt(m_db.handle(), "DELETE FROM schedules WHERE name = ?");
    ALMANAC_RETURN_IF_ERROR(stmt.prepareStatus());
    stmt.bind(1, std::string_view(name));
    ALMANAC_RETURN_IF_ERROR(stmt.run());
    if (sqlite3_changes(m_db.handle()) == 0) return Status::notFound(m_path + ": no schedule named '" + name + "'");
    return Status::ok();
}

} // namespace almanac
