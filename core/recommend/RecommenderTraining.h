#pragma once
// From interactions to a fitted recommender, shared by the CLI and the workbench: cold catalogue
// items join the item codes, events are filtered, and "auto" (or --metrics) evaluates on a
// holdout of each user's most recent items before the final fit on everything.
#include "recommend/InteractionData.h"
#include "recommend/RecommendTuning.h"

#include <memory>
#include <string>
#include <vector>

namespace almanac {

struct RecommenderTrainingInput {
    // The interactions' item codes grow by the catalogue's items nobody has interacted with yet.
    LoadedDataset* interactions = nullptr;
    const LoadedDataset* items = nullptr; // optional item metadata
    InteractionFilter filter;
    RecommendSpec spec;                   // spec.items is set from items
    std::string recipe = "auto";          // a registered recipe, or "auto"
    bool evaluate = false;                // evaluate a named recipe on the holdout too
    TuningOptions tuning;                 // auto's objective and time budget
};

struct TrainedModel {
    std::shared_ptr<const InteractionData> data;
    std::unique_ptr<RecommendRecipe> recipe; // fitted on all of data
    RecommendSpec spec;                      // as fitted, with auto's chosen parameters
    std::vector<RecommendTrial> trials;      // holdout results, best first (empty without evaluation)
    std::string label() const;               // "ease(lambda=200)"
};

constexpr const char* kAutoRecommendRecipe = "auto";

Result<TrainedModel> trainRecommender(const RecommenderTrainingInput& input, const JobContext& job = {});

} // namespace almanac
