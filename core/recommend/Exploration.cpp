#include "recommend/Exploration.h"

#include "recommend/ItemTokens.h"
#include "recommend/ReservedSlots.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <unordered_map>

namespace almanac {

namespace {

constexpr float kExcluded = -std::numeric_limits<float>::infinity();

double declaredNumber(const RecommendRecipe& recipe, const std::map<std::string, std::string>& parameters,
                      const std::string& name, double otherwise)
{
    if (auto given = parameters.find(name); given != parameters.end()) return std::strtod(given->second.c_str(), nullptr);
    for (const ParameterSpec& p : recipe.parameters())
        if (p.name == name) return std::strtod(p.defaultValue.c_str(), nullptr);
    return otherwise;
}

bool declares(const RecommendRecipe& recipe, const std::string& name)
{
    const auto declared = recipe.parameters();
    return std::any_of(declared.begin(), declared.end(), [&](const ParameterSpec& p) { return p.name == name; });
}

} // namespace

ExplorationOptions explorationOptionsFor(const RecommendRecipe& recipe, const std::map<std::string, std::string>& parameters)
{
    ExplorationOptions out;
    if (!declares(recipe, "exploration_weight")) return out;
    out.weight = std::clamp(declaredNumber(recipe, parameters, "exploration_weight", 0.0), 0.0, 1.0);
    out.itemAgeCutOffDays = std::max(0.0, declaredNumber(recipe, parameters, "exploration_item_age_cut_off", out.itemAgeCutOffDays));
    return out;
}

bool isServingParameter(const std::string& name)
{
    return name == "exploration_weight" || name == "exploration_item_age_cut_off";
}

Result<std::map<std::string, std::string>> servingParameters(const RecommendRecipe& recipe,
                                                             const std::map<std::string, std::string>& trained,
                                                             const std::map<std::string, std::string>& given)
{
    std::map<std::string, std::string> out = trained;
    for (const auto& [name, value] : given) {
        if (!isServingParameter(name))
            return Status::invalidInput("--param " + name + ": a trained recommender keeps the settings it was trained with; "
                                        "retrain to change them (when serving only exploration_weight and "
                                        "exploration_item_age_cut_off may be given)");
        out[name] = value;
    }
    ALMANAC_RETURN_IF_ERROR(validateParameters(recipe.name(), recipe.parameters(), given));
    return out;
}

size_t explorationSlots(double weight, size_t n) { return reservedSlots(weight, n); }

ExplorationPool ExplorationPool::build(const InteractionData& data, const LoadedDataset* items, double itemAgeCutOffDays)
{
    ExplorationPool pool;
    const size_t catalogue = data.itemCount();
    pool.m_inPool.assign(catalogue, false);
    pool.m_tokens.assign(catalogue, {});
    // Items nobody has interacted with: the columns of the user x item matrix that are empty.
    std::vector<bool> interacted(catalogue, false);
    for (uint32_t u = 0; u < data.userCount(); ++u) {
        const auto row = data.itemsOf(u);
        for (size_t k = 0; k < row.size; ++k) interacted[row.items[k]] = true;
    }
    for (size_t i = 0; i < catalogue; ++i) pool.m_inPool[i] = !interacted[i];
    if (items) {
        const DataTable& table = items->table;
        const DataColumn* id = table.columnWithRole(FieldRole::Item);
        const DataColumn* created = nullptr;
        for (const DataColumn& column : table.columns)
            if (column.type == FieldType::Timestamp && toLower(column.name) == "creation_timestamp") created = &column;
        const int64_t newFrom = data.lastTimestamp() - int64_t(std::llround(itemAgeCutOffDays * 86400.0));
        std::unordered_map<std::string, uint32_t> tokenIndex;
        for (size_t r = 0; id && r < table.rowCount; ++r) {
            const int64_t item = data.findItem(id->text(r));
            if (item < 0) continue;
            if (created && r < created->times.size() && created->times[r] >= newFrom) pool.m_inPool[size_t(item)] = true;
            auto& tokens = pool.m_tokens[size_t(item)];
            for (const DataColumn& column : table.columns) {
                if (column.role != FieldRole::Attribute || column.type != FieldType::String) continue;
                for (const std::string& token : tokensOf(column.name, column.text(r)))
                    tokens.push_back(tokenIndex.emplace(token, uint32_t(tokenIndex.size())).first->second);
            }
            std::sort(tokens.begin(), tokens.end());
            tokens.erase(std::unique(tokens.begin(), tokens.end()), tokens.end());
        }
        pool.m_tokenCount = tokenIndex.size();
    }
    pool.m_size = size_t(std::count(pool.m_inPool.begin(), pool.m_inPool.end(), true));
    return pool;
}

std::vector<float> ExplorationPool::affinity(const std::vector<uint32_t>& history) const
{
    std::vector<float> out(m_inPool.size(), 0.0f);
    if (m_tokenCount == 0 || history.empty()) return out;
    std::vector<float> share(m_tokenCount, 0.0f);
    for (uint32_t item : history)
        if (item < m_tokens.size())
            for (uint32_t t : m_tokens[item]) share[t] += 1.0f / float(history.size());
    for (size_t i = 0; i < out.size(); ++i)
        if (m_inPool[i])
            for (uint32_t t : m_tokens[i]) out[i] += share[t];
    return out;
}

std::vector<ScoredItem> exploreTopN(const std::vector<float>& scores, size_t n, double weight, const ExplorationPool& pool,
                                    const std::vector<uint32_t>& history)
{
    // Ties go to the item seen first in the data, as recommendTopN's do.
    auto better = [](const ScoredItem& a, const ScoredItem& b) { return a.score != b.score ? a.score > b.score : a.item < b.item; };
    std::vector<ScoredItem> all;
    all.reserve(scores.size());
    for (uint32_t i = 0; i < scores.size(); ++i)
        if (scores[i] != kExcluded) all.push_back({i, scores[i]});
    n = std::min(n, all.size());
    const size_t wanted = explorationSlots(weight, n);
    const size_t relevant = n - wanted;
    std::partial_sort(all.begin(), all.begin() + long(relevant), all.end(), better);
    std::vector<ScoredItem> head(all.begin(), all.begin() + long(relevant));
    if (wanted == 0) return head;
    std::vector<ScoredItem> rest(all.begin() + long(relevant), all.end());
    // The pool's items the model did not place, by what the history says of them, then by score.
    const std::vector<float> affinity = pool.affinity(history);
    std::vector<ScoredItem> explored;
    for (const ScoredItem& s : rest)
        if (pool.contains(s.item)) explored.push_back(s);
    auto byAffinity = [&](const ScoredItem& a, const ScoredItem& b) {
        return affinity[a.item] != affinity[b.item] ? affinity[a.item] > affinity[b.item] : better(a, b);
    };
    const size_t k = std::min(wanted, explored.size());
    std::partial_sort(explored.begin(), explored.begin() + long(k), explored.end(), byAffinity);
    explored.resize(k);
    // Slots the pool cannot fill go back to the model's next best.
    if (head.size() + k < n) {
        std::vector<ScoredItem> next;
        for (const ScoredItem& s : rest)
            if (std::none_of(explored.begin(), explored.end(), [&](const ScoredItem& e) { return e.item == s.item; })) next.push_back(s);
        const size_t more = std::min(n - head.size() - k, next.size());
        std::partial_sort(next.begin(), next.begin() + long(more), next.end(), better);
        head.insert(head.end(), next.begin(), next.begin() + long(more));
    }
    return interleaveEvenly(head, explored, n);
}

std::vector<ScoredItem> servedList(const std::vector<float>& showable, size_t n, const Exploration& exploration,
                                   const std::vector<uint32_t>& history, const Promotion* promotion,
                                   std::vector<uint32_t>* promoted)
{
    std::vector<ScoredItem> list = exploration.active() ? exploreTopN(showable, n, exploration.weight, *exploration.pool, history)
                                                        : bestOf(showable, n);
    if (promotion && promotion->share > 0) list = promote(list, showable, n, *promotion, promoted);
    return list;
}

std::vector<ScoredItem> servedTopN(const RecommendRecipe& recipe, const InteractionData& data, int64_t user, size_t n,
                                   bool keepSeen, const std::vector<bool>* allowed, const Exploration& exploration,
                                   const Promotion* promotion)
{
    if (!exploration.active() && !(promotion && promotion->share > 0)) return recommendTopN(recipe, data, user, n, keepSeen, allowed);
    return servedList(showableScores(recipe, data, user, keepSeen, allowed), n, exploration,
                      exploration.active() ? distinctHistory(&data, user, {}) : std::vector<uint32_t>(), promotion);
}

} // namespace almanac
