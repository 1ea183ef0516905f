#pragma once
// Personalized-Ranking: a caller's candidate items re-ordered for one user by a fitted recipe.
#include "recommend/RecommendRecipe.h"

#include <string>
#include <vector>

namespace almanac {

struct RankedCandidate {
    std::string itemId;
    double score = 0; // 0 for items the model has never seen
    bool known = true;
};

// Best first; candidates the model has never seen rank last, in the order given.
std::vector<RankedCandidate> rankCandidates(const RecommendRecipe& recipe, const InteractionData& data,
                                            const std::string& userId, const std::vector<std::string>& candidates);

} // namespace almanac
