#include "recommend/PersonalizedRanking.h"

#include "recommend/InteractionData.h"

#include <algorithm>
#include <cmath>

namespace almanac {

std::vector<RankedCandidate> rankCandidates(const RecommendRecipe& recipe, const InteractionData& data,
                                            const std::string& userId, const std::vector<std::string>& candidates)
{
    std::vector<float> scores;
    recipe.scoreItems(data.findUser(userId), scores);
    std::vector<std::pair<RankedCandidate, float>> ranked;
    ranked.reserve(candidates.size());
    for (const std::string& candidate : candidates) {
        const int64_t code = data.findItem(candidate);
        const float score = code >= 0 ? scores[size_t(code)] : -INFINITY;
        ranked.push_back({{candidate, code >= 0 ? double(score) : 0.0, code >= 0}, score});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    std::vector<RankedCandidate> out;
    out.reserve(ranked.size());
    for (auto& r : ranked) out.push_back(std::move(r.first));
    return out;
}

} // namespace almanac
