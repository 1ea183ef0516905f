#pragma once
#include "cli/InputOptions.h"
#include "project/RecommenderWorkflow.h"
#include "recommend/InteractionData.h"
#include "recommend/RecommendationFilter.h"

#include <optional>

namespace almanac::cli {

// Reads an interactions CSV (with the terminal's progress) into the sparse user x item form.
Result<InteractionData> loadInteractionData(const std::string& path, const InputOptions& input,
                                            const InteractionFilter& filter = {});

// --project P --recommender NAME, for the commands that serve from a stored recommender: the
// project (kept open for the datasets the command may read beside it) and the recommender.
struct StoredRecommenderInput {
    std::unique_ptr<ProjectFile> project;
    LoadedRecommender recommender;
};
Result<StoredRecommenderInput> openStoredRecommender(const std::string& project, const std::string& recommender,
                                                     const std::string& interactions);

// --filter EXPR with --filter-values NAME=VALUE...: none when no filter is given.
Result<std::optional<RecommendationFilter>> parseFilterOptions(const std::string& filter, const std::vector<std::string>& values);

// --event-weights purchase=3,view=1: how much each event type counts in a pair's count.
Result<std::map<std::string, double>> parseEventWeights(const std::string& text);

} // namespace almanac::cli
