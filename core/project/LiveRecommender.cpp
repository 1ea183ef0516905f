#include "project/LiveRecommender.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <mutex>

namespace almanac {

namespace {

std::vector<LiveScore> best(const std::vector<float>& scores, const InteractionData& data, size_t n,
                            const std::function<bool(uint32_t)>& excluded)
{
    std::vector<ScoredItem> all;
    all.reserve(scores.size());
    for (uint32_t i = 0; i < scores.size(); ++i)
        if (std::isfinite(scores[i]) && !excluded(i)) all.push_back({i, scores[i]});
    n = std::min(n, all.size());
    auto better = [](const ScoredItem& a, const ScoredItem& b) { return a.score != b.score ? a.score > b.score : a.item < b.item; };
    std::partial_sort(all.begin(), all.begin() + long(n), all.end(), better);
    std::vector<LiveScore> out;
    for (size_t k = 0; k < n; ++k) out.push_back({data.itemId(all[k].item), all[k].score});
    return out;
}

} // namespace

LiveRecommender::~LiveRecommender()
{
    if (m_checkpointing.joinable()) {
        {
            std::lock_guard<std::mutex> lock(m_stopMutex);
            m_stopping = true;
        }
        m_stop.notify_all();
        m_checkpointing.join();
        (void)m_checkpointer->checkpoint();
    }
}

Result<std::unique_ptr<LiveRecommender>> LiveRecommender::open(const std::string& projectPath, const std::string& recommender,
                                                               const std::map<std::string, std::string>& servingParameters)
{
    std::unique_ptr<LiveRecommender> live(new LiveRecommender());
    auto project = ProjectFile::open(projectPath);
    if (!project.isOk()) return project.status();
    live->m_project = std::move(*project);
    auto loaded = loadStoredRecommender(*live->m_project, recommender);
    if (!loaded.isOk()) return loaded.status();
    live->m_loaded = std::move(*loaded);
    live->m_recipe = live->m_loaded.model.recipe->name();
    live->m_interactions = live->m_loaded.request.interactionsDataset;
    auto info = live->m_project->dataset(live->m_interactions);
    if (!info.isOk()) return info.status();
    for (const DatasetColumnInfo& c : info->columns) live->m_datasetColumns.push_back(c.name);
    // Related items come from co-occurrence whatever the recommender's recipe: SIMS fits in
    // seconds on the stored matrix.
    ALMANAC_RETURN_IF_ERROR(live->m_related.fit(*live->m_loaded.model.data, {}, {}));
    // Exploration's pool, from the item metadata as the project holds it when serving begins.
    auto serving = almanac::servingParameters(*live->m_loaded.model.recipe, live->m_loaded.model.spec.parameters, servingParameters);
    if (!serving.isOk()) return serving.status();
    const ExplorationOptions exploration = explorationOptionsFor(*live->m_loaded.model.recipe, *serving);
    if (exploration.weight > 0) {
        std::optional<LoadedDataset> items;
        if (!live->m_loaded.request.itemsDataset.empty()) {
            auto read = live->m_project->loadDataset(live->m_loaded.request.itemsDataset);
            if (!read.isOk()) return read.status();
            items = std::move(*read);
        }
        live->m_explorationWeight = exploration.weight;
        live->m_explorationPool =
            ExplorationPool::build(*live->m_loaded.model.data, items ? &*items : nullptr, exploration.itemAgeCutOffDays);
    }
    if (!live->m_project->isReadOnly()) {
        auto checkpointer = ProjectFile::open(projectPath);
        if (!checkpointer.isOk()) return checkpointer.status();
        live->m_checkpointer = std::move(*checkpointer);
        ALMANAC_RETURN_IF_ERROR(live->m_project->setAutomaticCheckpoints(false));
        LiveRecommender* self = live.get();
        live->m_checkpointing = std::thread([self] {
            std::unique_lock<std::mutex> lock(self->m_stopMutex);
            // A failed checkpoint leaves the pages in the WAL, where readers still find them;
            // the next one tries again.
            while (!self->m_stop.wait_for(lock, std::chrono::milliseconds(500), [self] { return self->m_stopping; }))
                (void)self->m_checkpointer->checkpoint();
        });
    }
    return live;
}

size_t LiveRecommender::eventsStored() const
{
    std::lock_guard<std::mutex> lock(m_projectMutex);
    return m_eventsStored;
}

Status LiveRecommender::putEvents(const std::string& userId, const std::string& sessionId, const std::vector<LiveEvent>& events)
{
    if (userId.empty() && sessionId.empty()) return Status::invalidInput("events need a userId or a sessionId");
    if (events.empty()) return Status::invalidInput("eventList is empty");
    for (const LiveEvent& e : events)
        if (e.itemId.empty()) return Status::invalidInput("an event has no itemId");
    // Stored first: an event is acknowledged only once the project holds it.
    const bool hasType = std::find(m_datasetColumns.begin(), m_datasetColumns.end(), "EVENT_TYPE") != m_datasetColumns.end();
    const bool hasValue = std::find(m_datasetColumns.begin(), m_datasetColumns.end(), "EVENT_VALUE") != m_datasetColumns.end();
    std::vector<std::vector<ProjectFile::Cell>> rows;
    for (const LiveEvent& e : events) {
        std::vector<ProjectFile::Cell> row{{"USER_ID", userId.empty() ? "session:" + sessionId : userId},
                                           {"ITEM_ID", e.itemId},
                                           {"TIMESTAMP", e.sentAt}};
        if (hasType) row.push_back({"EVENT_TYPE", e.eventType});
        if (hasValue && e.value) row.push_back({"EVENT_VALUE", *e.value});
        rows.push_back(std::move(row));
    }
    {
        std::lock_guard<std::mutex> lock(m_projectMutex);
        // A read-only project cannot keep them: refused, not acknowledged and lost.
        if (m_project->isReadOnly())
            return Status::ioError(m_project->path() + " is read-only: events cannot be stored (serve a writable copy)");
        ALMANAC_RETURN_IF_ERROR(m_project->appendDatasetRows(m_interactions, rows));
        m_eventsStored += rows.size();
    }
    const InteractionData& data = *m_loaded.model.data;
    std::unique_lock<std::shared_mutex> lock(m_mutex);
    History* history = nullptr;
    if (!userId.empty()) {
        history = &m_users[userId];
        if (!sessionId.empty()) {
            // A session tied to a user keeps its history: what it saw joins the user's.
            if (auto it = m_sessions.find(sessionId); it != m_sessions.end()) {
                history->recent.insert(history->recent.begin(), it->second.recent.begin(), it->second.recent.end());
                history->seen.insert(it->second.seen.begin(), it->second.seen.end());
                m_sessions.erase(it);
            }
            m_sessionOwner[sessionId] = userId;
        }
    } else if (auto owner = m_sessionOwner.find(sessionId); owner != m_sessionOwner.end()) {
        history = &m_users[owner->second];
    } else {
        history = &m_sessions[sessionId];
    }
    for (const LiveEvent& e : events) {
        const int64_t code = data.findItem(e.itemId);
        if (code < 0) continue; // an item the model has never seen: stored for the next training
        history->recent.push_back(uint32_t(code));
        history->seen.insert(uint32_t(code));
    }
    return Status::ok();
}

const LiveRecommender::History* LiveRecommender::historyFor(const std::string& userId, const std::string& sessionId) const
{
    if (!userId.empty()) {
        auto it = m_users.find(userId);
        return it == m_users.end() ? nullptr : &it->second;
    }
    if (auto owner = m_sessionOwner.find(sessionId); owner != m_sessionOwner.end()) {
        auto it = m_users.find(owner->second);
        return it == m_users.end() ? nullptr : &it->second;
    }
    auto it = m_sessions.find(sessionId);
    return it == m_sessions.end() ? nullptr : &it->second;
}

Status LiveRecommender::loadFilterData() const
{
    if (m_interactionRows) return Status::ok();
    std::lock_guard<std::mutex> projectLock(m_projectMutex);
    if (!m_loaded.request.itemsDataset.empty()) {
        auto items = m_project->loadDataset(m_loaded.request.itemsDataset);
        if (!items.isOk()) return items.status();
        m_items = std::move(*items);
    }
    auto rows = m_project->loadDataset(m_interactions);
    if (!rows.isOk()) return rows.status();
    m_interactionRows = std::move(*rows);
    return Status::ok();
}

Status LiveRecommender::putItems(const std::vector<LiveItem>& items)
{
    const std::string& dataset = m_loaded.request.itemsDataset;
    if (dataset.empty())
        return Status::invalidInput("recommender '" + m_loaded.stored.name
                                    + "' was trained without an items dataset: there is no catalogue to add items to");
    if (items.empty()) return Status::invalidInput("items is empty");
    std::lock_guard<std::mutex> lock(m_filterMutex);
    ALMANAC_RETURN_IF_ERROR(loadFilterData());
    // The catalogue as stored: ids already there are refused (an update is a re-import).
    std::unordered_set<std::string> known;
    std::string itemColumn;
    if (m_items)
        if (const DataColumn* column = m_items->table.columnWithRole(FieldRole::Item)) {
            itemColumn = column->name;
            for (size_t r = 0; r < m_items->table.rowCount; ++r) known.insert(column->text(r));
        }
    std::lock_guard<std::mutex> projectLock(m_projectMutex);
    if (m_project->isReadOnly())
        return Status::ioError(m_project->path() + " is read-only: items cannot be stored (serve a writable copy)");
    auto info = m_project->dataset(dataset);
    if (!info.isOk()) return info.status();
    std::vector<std::vector<ProjectFile::Cell>> rows;
    for (size_t k = 0; k < items.size(); ++k) {
        const LiveItem& item = items[k];
        const std::string where = "items[" + std::to_string(k) + "]";
        if (item.itemId.empty()) return Status::invalidInput(where + ": itemId is required");
        if (!known.insert(item.itemId).second)
            return Status::invalidInput(where + ": item " + item.itemId + " is already in the catalogue");
        std::vector<ProjectFile::Cell> row{{itemColumn.empty() ? "ITEM_ID" : itemColumn, item.itemId}};
        for (const auto& property : item.properties) {
            // Not a structured binding: clang 14 (the checking build) cannot capture one.
            const std::string& name = property.first;
            const auto& value = property.second;
            auto column = std::find_if(info->columns.begin(), info->columns.end(), [&](const DatasetColumnInfo& c) {
                return c.name == name || c.sourceHeader == name;
            });
            if (column == info->columns.end() || column->role == FieldRole::Item)
                return Status::invalidInput(where + ".properties." + name + ": the items dataset '" + dataset + "' has no such column");
            const double* number = std::get_if<double>(&value);
            if (column->type == FieldType::String) {
                if (number) return Status::invalidInput(where + ".properties." + name + " must be text");
                row.push_back({column->name, std::get<std::string>(value)});
            } else if (!number || !std::isfinite(*number)) {
                return Status::invalidInput(where + ".properties." + name + " must be a number"
                                            + (column->type == FieldType::Timestamp ? " (Unix seconds)" : ""));
            } else if (column->type == FieldType::Timestamp) {
                if (*number < 0 || *number > 253402300799.0)
                    return Status::invalidInput(where + ".properties." + name + " must be Unix seconds");
                row.push_back({column->name, int64_t(*number)});
            } else {
                row.push_back({column->name, *number});
            }
        }
        rows.push_back(std::move(row));
    }
    ALMANAC_RETURN_IF_ERROR(m_project->appendDatasetRows(dataset, rows));
    // Filters compiled from now on read the catalogue with the new items.
    m_items.reset();
    m_interactionRows.reset();
    m_filters.clear();
    return Status::ok();
}

Result<std::shared_ptr<const FilterEvaluator>> LiveRecommender::evaluatorFor(const LiveFilter& filter) const
{
    std::lock_guard<std::mutex> lock(m_filterMutex);
    auto key = std::make_pair(filter.expression, filter.values);
    if (auto it = m_filters.find(key); it != m_filters.end()) return it->second;
    auto parsed = parseRecommendationFilter(filter.expression, filter.values);
    if (!parsed.isOk()) return Status::invalidInput("filterExpression: " + parsed.status().message());
    ALMANAC_RETURN_IF_ERROR(loadFilterData());
    auto created = FilterEvaluator::create(*parsed, *m_loaded.model.data, m_items ? &*m_items : nullptr, &*m_interactionRows);
    if (!created.isOk()) return Status::invalidInput("filterExpression: " + created.status().message());
    // Clients send a handful of distinct filters; a flood of one-off ones must not grow without end.
    if (m_filters.size() >= 64) m_filters.clear();
    auto evaluator = std::make_shared<const FilterEvaluator>(std::move(*created));
    m_filters.emplace(std::move(key), evaluator);
    return evaluator;
}

Result<std::vector<LiveScore>> LiveRecommender::recommend(const std::string& userId, const std::string& sessionId, size_t n,
                                                          const LiveFilter* filter, const LivePromotion* promotion) const
{
    if (userId.empty() && sessionId.empty()) return Status::invalidInput("give a userId or a sessionId");
    const InteractionData& data = *m_loaded.model.data;
    std::shared_ptr<const FilterEvaluator> evaluator;
    if (filter && !filter->expression.empty()) {
        auto found = evaluatorFor(*filter);
        if (!found.isOk()) return found.status();
        evaluator = *found;
    }
    std::shared_ptr<const FilterEvaluator> promotionFilter;
    if (promotion) {
        if (promotion->percent < 1 || promotion->percent > 100) return Status::invalidInput("percentPromotedItems must be from 1 to 100");
        auto found = evaluatorFor(promotion->filter);
        if (!found.isOk()) return Status::invalidInput("promotion " + promotion->name + ": " + found.status().message());
        promotionFilter = *found;
    }
    std::string user = userId;
    std::vector<uint32_t> recent;
    std::unordered_set<uint32_t> seen;
    {
        std::shared_lock<std::shared_mutex> lock(m_mutex);
        if (user.empty())
            if (auto owner = m_sessionOwner.find(sessionId); owner != m_sessionOwner.end()) user = owner->second;
        if (const History* h = historyFor(userId, sessionId)) {
            recent = h->recent;
            seen = h->seen;
        }
    }
    const int64_t code = user.empty() ? -1 : data.findUser(user);
    std::vector<float> scores;
    m_loaded.model.recipe->scoreHistory(code, recent, scores);
    InteractionData::Row fitted{nullptr, nullptr, 0};
    if (code >= 0) fitted = data.itemsOf(uint32_t(code));
    const std::vector<bool> allowed = evaluator ? evaluator->allowedItems(code) : std::vector<bool>();
    auto excluded = [&](uint32_t item) {
        return seen.count(item) > 0 || std::binary_search(fitted.items, fitted.items + fitted.size, item)
               || (!allowed.empty() && !allowed[item]);
    };
    const bool explores = m_explorationWeight > 0 && m_explorationPool.size() > 0;
    if (explores || promotionFilter) {
        for (uint32_t i = 0; i < scores.size(); ++i)
            if (!std::isfinite(scores[i]) || excluded(i)) scores[i] = -std::numeric_limits<float>::infinity();
        std::optional<Promotion> promoting;
        if (promotionFilter) promoting = Promotion{promotion->name, promotion->percent / 100.0, promotionFilter->allowedItems(code)};
        std::vector<uint32_t> promoted;
        const Exploration exploration{explores ? m_explorationWeight : 0.0, &m_explorationPool};
        const auto list = servedList(scores, n, exploration, explores ? distinctHistory(&data, code, recent) : std::vector<uint32_t>(),
                                     promoting ? &*promoting : nullptr, &promoted);
        std::vector<LiveScore> out;
        for (const ScoredItem& s : list) {
            const bool byPromotion = std::find(promoted.begin(), promoted.end(), s.item) != promoted.end();
            out.push_back({data.itemId(s.item), s.score, byPromotion ? promotion->name : std::string()});
        }
        return out;
    }
    return best(scores, data, n, excluded);
}

Result<std::vector<LiveScore>> LiveRecommender::rank(const std::string& userId, const std::vector<std::string>& items) const
{
    if (userId.empty()) return Status::invalidInput("give a userId");
    if (items.empty()) return Status::invalidInput("inputList is empty");
    const InteractionData& data = *m_loaded.model.data;
    std::vector<uint32_t> recent;
    {
        std::shared_lock<std::shared_mutex> lock(m_mutex);
        if (const History* h = historyFor(userId, {})) recent = h->recent;
    }
    std::vector<float> scores;
    m_loaded.model.recipe->scoreHistory(data.findUser(userId), recent, scores);
    std::vector<std::pair<LiveScore, float>> ranked;
    for (const std::string& id : items) {
        const int64_t code = data.findItem(id);
        const float score = code >= 0 ? scores[size_t(code)] : -std::numeric_limits<float>::infinity();
        ranked.push_back({{id, code >= 0 ? double(score) : 0.0}, score});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    std::vector<LiveScore> out;
    for (auto& r : ranked) out.push_back(std::move(r.first));
    return out;
}

Result<std::vector<LiveScore>> LiveRecommender::related(const std::string& itemId, size_t n) const
{
    const InteractionData& data = *m_loaded.model.data;
    const int64_t code = data.findItem(itemId);
    if (code < 0) return Status::notFound("item '" + itemId + "' is not in the recommender's catalogue");
    std::vector<LiveScore> out;
    for (const ScoredItem& s : m_related.relatedItems(uint32_t(code), n)) out.push_back({data.itemId(s.item), s.score});
    return out;
}

} // namespace almanac
