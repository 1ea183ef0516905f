#pragma once
// Offline evaluation of a recommender: each user's most recent items are held out, the recipe is
// trained on the rest, and its top-N lists are scored against what was held out.
#include "recommend/RankingMetrics.h"
#include "recommend/RecommendRecipe.h"

namespace almanac {

struct HoldoutOptions {
    double fraction = 0.2;   // of each test user's distinct items, the most recent ones
    size_t minimumItems = 5; // users with fewer items are not tested (they stay in training)
    size_t lastItems = 0;    // when set: hold out exactly this many most recent items, not a fraction
};

struct HoldoutSplit {
    InteractionData train;
    std::vector<std::pair<uint32_t, std::unordered_set<uint32_t>>> test; // user, held-out items
};

HoldoutSplit splitMostRecent(const InteractionData& data, const HoldoutOptions& options = {});


// Scores a recipe already fitted on the split's training part: its top 25 for every test user,
// on `threads` threads (0: every core).
Result<RankingMetrics> scoreOnHoldout(const RecommendRecipe& fitted, const HoldoutSplit& split, const JobContext& job = {},
                                      int threads = 0);

// Fits the recipe on the split's training part and scores its top 25 for every test user.
Result<RankingMetrics> evaluateOnHoldout(RecommendRecipe& recipe, const HoldoutSplit& split, const RecommendSpec& spec,
                                         const JobContext& job = {});

} // namespace almanac
