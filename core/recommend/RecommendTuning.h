#pragma once
// Choosing and tuning recommenders on a holdout of each user's most recent items: every
// candidate recipe, and each setting of its search space, is trained on the rest and scored.
#include "recommend/HoldoutEvaluation.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace almanac {

struct RecommendTrial {
    std::string recipe;
    std::map<std::string, std::string> parameters;
    RankingMetrics metrics;   // on the first (most recent) split
    double score = 0;         // the objective averaged over every split: what trials are ranked by
    std::string label() const; // "ease(lambda=200)"
};

// What auto may spend when the analyst says nothing: ten minutes, as for forecasting. Logs of
// up to a few hundred thousand events finish far within it (docs/benchmarks.md).
constexpr double kDefaultRecommendTimeBudgetSeconds = 600;

struct TuningOptions {
    // What trials are ranked by: ndcg@K, precision@K, recall@K (K = 5, 10, 25), mrr@25 or coverage.
    std::string objective = "ndcg@10";
    // With search: a hard limit in seconds (0: none). Cheapest recipes first; a setting still
    // running at the deadline is stopped and the best so far is used.
    double timeBudgetSeconds = kDefaultRecommendTimeBudgetSeconds;
    // Whether the analyst chose the budget. Only a chosen one is spent on the expensive recipes
    // (the trained sequence model: minutes of training where the rest take seconds); the
    // default only bounds the others, so that auto stays a matter of seconds on a usual log.
    bool budgetChosen = false;
    bool triesExpensiveRecipes() const { return budgetChosen && timeBudgetSeconds > 0; }
};

// The objective's value in a set of metrics; nullopt for an objective not listed above.
std::optional<double> objectiveValue(const RankingMetrics& metrics, const std::string& objective);

// Trials best first by the objective (NDCG@10 by default) averaged over the splits (several origins or user samples
// smooth the choice; auto uses the latest origin alone, see RecommenderTraining). Recipes that do not apply to the data (an
// invalid-input fit, e.g. EASE on a huge catalogue) are left out. search: try each recipe's
// search space; fixed parameters given in base are never searched over.
Result<std::vector<RecommendTrial>> evaluateRecommenders(const std::vector<HoldoutSplit>& splits,
                                                         const std::vector<std::string>& recipes, const RecommendSpec& base,
                                                         bool search, const JobContext& job = {},
                                                         const TuningOptions& tuning = {});

} // namespace almanac
