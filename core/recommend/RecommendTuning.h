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
    double secondsPerSplit = 0; // its fit and scoring on one split: what a fit on all the data will take, roughly
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

// The search's progress, 0..1: the share of its planned settings done or, under a time budget
// (budgetSeconds > 0), the share of the budget spent where that is more. A budget that binds
// cuts the plan short, and the settings' share alone then promised many times the time left
// (a 5M-event log: 37 min said at 20% where 40 s were left).
double searchProgress(double settingsShare, double elapsedSeconds, double budgetSeconds);

// Where the final fit's progress starts, after a search that took searchSeconds, when the fit is
// expected to take fitSeconds (the winner's seconds on a split): the search's share of the
// whole, so that the time left said then is the fit's; never below searchShare (the range the
// search was given) nor above 0.99.
double finalFitStart(double searchSeconds, double fitSeconds, double searchShare);

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
