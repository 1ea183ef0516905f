#pragma once
// Choosing and tuning recommenders on a holdout of each user's most recent items: every
// candidate recipe, and each setting of its search space, is trained on the rest and scored.
#include "recommend/HoldoutEvaluation.h"

#include <map>
#include <string>
#include <vector>

namespace almanac {

struct RecommendTrial {
    std::string recipe;
    std::map<std::string, std::string> parameters;
    RankingMetrics metrics;   // on the first (most recent) split
    double score = 0;         // NDCG@10 averaged over every split: what trials are ranked by
    std::string label() const; // "ease(lambda=200)"
};

// Trials best first by NDCG@10 averaged over the splits (several origins or user samples
// smooth the choice; auto uses the latest origin alone, see RecommenderTraining). Recipes that do not apply to the data (an
// invalid-input fit, e.g. EASE on a huge catalogue) are left out. search: try each recipe's
// search space; fixed parameters given in base are never searched over.
Result<std::vector<RecommendTrial>> evaluateRecommenders(const std::vector<HoldoutSplit>& splits,
                                                         const std::vector<std::string>& recipes, const RecommendSpec& base,
                                                         bool search, const JobContext& job = {});

} // namespace almanac
