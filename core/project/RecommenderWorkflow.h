#pragma once
// The recommender lifecycle (the cloud service's solution version): train on a stored
// interactions dataset and keep the fitted recommender — its matrix of users and items and the
// recipe's state — in the project, so that recommendations, related items and rankings come from
// it later without refitting.
#include "recommend/RecommenderTraining.h"
#include "store/ProjectFile.h"

#include <optional>
#include <string>

namespace almanac {

constexpr const char* kRecommenderKind = "recommender";

struct TrainRecommenderRequest {
    std::string name;                // empty: "<interactions>-<recipe>"
    std::string interactionsDataset;
    std::string itemsDataset;        // optional
    std::string recipe = "auto";
    RecommendSpec spec;              // parameters, seed, threads
    InteractionFilter filter;
    TuningOptions tuning;
    bool evaluate = true;            // keep holdout metrics with the model
    bool replace = false;            // store over the model of the same name (retrain)
};

Result<StoredModel> trainStoredRecommender(ProjectFile& project, const TrainRecommenderRequest& request,
                                           const JobContext& job = {});

struct LoadedRecommender {
    StoredModel stored;
    TrainRecommenderRequest request; // as trained
    TrainedModel model;              // data and fitted recipe, read back
};
Result<LoadedRecommender> loadStoredRecommender(ProjectFile& project, const std::string& name);

// With the same settings on the interactions as they are now; replaces the model unless newName.
Result<std::string> retrainRecommender(ProjectFile& project, const std::string& name, const std::string& newName,
                                       int threads, const JobContext& job = {});

// The byte form: format, recipe and settings, the interaction matrix, the recipe's state.
std::vector<uint8_t> recommenderBytes(const TrainedModel& model);
Result<TrainedModel> recommenderFromBytes(const std::vector<uint8_t>& bytes);

} // namespace almanac
