// The recommenders half of the project file: definitions of trained recommenders.
#include "store/ProjectFile.h"
#include "store/ProjectFileInternal.h"

#include <nlohmann/json.hpp>
#include <sqlite3.h>

namespace almanac {

Status ProjectFile::addRecommender(const StoredRecommender& r)
{
    if (r.name.empty() || r.name.size() > kMaxIdentifierLength)
        return Status::invalidInput("a recommender name must have 1 to 256 characters");
    SqliteStatement insert(m_db.handle(), "INSERT INTO recommenders (name, interactions, items, recipe, parameters, event_types, "
                                          "seed, metrics, created_at) VALUES (?,?,?,?,?,?,?,?,?)");
    ALMANAC_RETURN_IF_ERROR(insert.prepareStatus());
    const std::string parameters = nlohmann::json(r.parameters).dump(), events = nlohmann::json(r.eventTypes).dump();
    const std::string created = projectTimestampNow();
    insert.bind(1, std::string_view(r.name));
    insert.bind(2, std::string_view(r.interactionsDataset));
    insert.bind(3, std::string_view(r.itemsDataset));
    insert.bind(4, std::string_view(r.recipe));
    insert.bind(5, std::string_view(parameters));
    insert.bind(6, std::string_view(events));
    insert.bind(7, int64_t(r.seed));
    insert.bind(8, std::string_view(r.metricsJson));
    insert.bind(9, std::string_view(created));
    const Status status = insert.run();
    if (!status.isOk() && sqlite3_errcode(m_db.handle()) == SQLITE_CONSTRAINT)
        return Status::invalidInput(m_path + ": a recommender named '" + r.name + "' already exists");
    return status;
}

Result<std::vector<StoredRecommender>> ProjectFile::recommenders()
{
    SqliteStatement stmt(m_db.handle(), "SELECT name, interactions, items, recipe, parameters, event_types, seed, metrics, "
                                        "created_at FROM recommenders ORDER BY id");
    ALMANAC_RETURN_IF_ERROR(stmt.prepareStatus());
    std::vector<StoredRecommender> out;
    Status status;
    while (stmt.step(status)) {
        StoredRecommender r;
        r.name = stmt.columnText(0);
        r.interactionsDataset = stmt.columnText(1);
        r.itemsDataset = stmt.columnText(2);
        r.recipe = stmt.columnText(3);
        const auto parameters = nlohmann::json::parse(stmt.columnText(4), nullptr, false);
        if (parameters.is_object())
            for (const auto& [k, v] : parameters.items())
                if (v.is_string()) r.parameters[k] = v.get<std::string>();
        const auto events = nlohmann::json::parse(stmt.columnText(5), nullptr, false);
        if (events.is_array())
            for (const auto& e : events)
                if (e.is_string()) r.eventTypes.push_back(e.get<std::string>());
        r.seed = uint64_t(stmt.columnInt(6));
        r.metricsJson = stmt.columnText(7);
        r.createdAt = stmt.columnText(8);
        out.push_back(std::move(r));
    }
    if (!status.isOk()) return status;
    return out;
}

Status ProjectFile::removeRecommender(const std::string& name)
{
    // The definition and the trained model it names go together.
    SqliteTransaction tx(m_db);
    ALMANAC_RETURN_IF_ERROR(tx.beginStatus());
    SqliteStatement stmt(m_db.handle(), "DELETE FROM recommenders WHERE name = ?");
    ALMANAC_RETURN_IF_ERROR(stmt.prepareStatus());
    stmt.bind(1, std::string_view(name));
    ALMANAC_RETURN_IF_ERROR(stmt.run());
    const int definitions = sqlite3_changes(m_db.handle());
    // One trained by almanac-cli train has a model and no definition.
    SqliteStatement model(m_db.handle(), "DELETE FROM models WHERE name = ? AND kind = 'recommender'");
    ALMANAC_RETURN_IF_ERROR(model.prepareStatus());
    model.bind(1, std::string_view(name));
    ALMANAC_RETURN_IF_ERROR(model.run());
    if (definitions + sqlite3_changes(m_db.handle()) == 0) return Status::notFound(m_path + ": no recommender named '" + name + "'");
    return tx.commit();
}

} // namespace almanac
