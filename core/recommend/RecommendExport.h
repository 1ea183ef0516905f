#pragma once
#include "recommend/Exploration.h"
#include "recommend/RecommendRecipe.h"
#include "recommend/RecommendationFilter.h"

#include <string>
#include <vector>

namespace almanac {

// Writes user_id,rank,item_id,score (ranks 1..n) for each user id, to CSV or XLSX. Users absent
// from the interactions get the recipe's cold-start list. With exploration active, a share of
// each list's slots goes to its pool (Exploration.h); with a promotion, another share to the
// items its filter allows (Promotion.h).
Status writeRecommendations(const std::string& path, const RecommendRecipe& recipe, const InteractionData& data,
                            const std::vector<std::string>& users, size_t n, bool keepSeen,
                            const FilterEvaluator* filter = nullptr, const Exploration& exploration = {},
                            const PromotionRule* promotion = nullptr, const JobContext& job = {});

} // namespace almanac
