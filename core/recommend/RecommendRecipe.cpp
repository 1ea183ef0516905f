#include "recommend/RecommendRecipe.h"

#include <algorithm>
#include <limits>

namespace almanac {

std::vector<float> showableScores(const RecommendRecipe& recipe, const InteractionData& data, int64_t user, bool keepSeen,
                                  const std::vector<bool>* allowed)
{
    std::vector<float> scores;
    recipe.scoreItems(user, scores);
    if (allowed)
        for (size_t i = 0; i < scores.size() && i < allowed->size(); ++i)
            if (!(*allowed)[i]) scores[i] = -std::numeric_limits<float>::infinity();
    if (user >= 0 && !keepSeen) {
        const auto row = data.itemsOf(uint32_t(user));
        for (size_t k = 0; k < row.size; ++k) scores[row.items[k]] = -std::numeric_limits<float>::infinity();
    }
    return scores;
}

std::vector<ScoredItem> bestOf(const std::vector<float>& scores, size_t n)
{
    std::vector<ScoredItem> all;
    all.reserve(scores.size());
    for (uint32_t i = 0; i < scores.size(); ++i)
        if (scores[i] != -std::numeric_limits<float>::infinity()) all.push_back({i, scores[i]});
    n = std::min(n, all.size());
    // Ties go to the item seen first in the data, so results are stable run to run.
    auto better = [](const ScoredItem& a, const ScoredItem& b) { return a.score != b.score ? a.score > b.score : a.item < b.item; };
    std::partial_sort(all.begin(), all.begin() + long(n), all.end(), better);
    all.resize(n);
    return all;
}

std::vector<ScoredItem> recommendTopN(const RecommendRecipe& recipe, const InteractionData& data, int64_t user,
                                      size_t n, bool keepSeen, const std::vector<bool>* allowed)
{
    return bestOf(showableScores(recipe, data, user, keepSeen, allowed), n);
}

std::vector<uint32_t> distinctHistory(const InteractionData* data, int64_t user, const std::vector<uint32_t>& recent)
{
    std::vector<uint32_t> items(recent);
    if (user >= 0 && data) {
        const auto row = data->itemsOf(uint32_t(user));
        items.insert(items.end(), row.items, row.items + row.size);
    }
    std::sort(items.begin(), items.end());
    items.erase(std::unique(items.begin(), items.end()), items.end());
    const size_t catalogue = data ? data->itemCount() : 0;
    items.erase(std::remove_if(items.begin(), items.end(), [&](uint32_t i) { return i >= catalogue; }), items.end());
    return items;
}

} // namespace almanac
