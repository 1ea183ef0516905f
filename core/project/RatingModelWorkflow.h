#pragma once
// Rating prediction's lifecycle, like the recommenders': train a rating recipe on a stored
// interactions dataset's values (EVENT_VALUE), keep the fitted model with its holdout RMSE and
// MAE in the project, predict pairs from it later without refitting, retrain with the same
// settings.
#include "recommend/ratings/RatingModel.h"
#include "store/ProjectFile.h"

#include <string>

namespace almanac {

constexpr const char* kRatingModelKind = "rating-model";

struct TrainRatingModelRequest {
    std::string name;          // empty: "<dataset>-<recipe>"
    std::string dataset;       // an interactions dataset with EVENT_VALUE
    std::string recipe = kDefaultRatingRecipe;
    RatingSpec spec;
    bool evaluate = true;      // keep the holdout RMSE and MAE with the model
    bool replace = false;      // store over the model of the same name (retrain)
};

Result<StoredModel> trainStoredRatingModel(ProjectFile& project, const TrainRatingModelRequest& request,
                                           const JobContext& job = {});

struct LoadedRatingModel {
    StoredModel stored;
    TrainRatingModelRequest request; // as trained
    TrainedRatingModel model;
};
Result<LoadedRatingModel> loadStoredRatingModel(ProjectFile& project, const std::string& name);

// With the same settings on the dataset as it is now; replaces the model unless newName.
Result<std::string> retrainRatingModel(ProjectFile& project, const std::string& name, const std::string& newName, int threads,
                                       const JobContext& job = {});

} // namespace almanac
