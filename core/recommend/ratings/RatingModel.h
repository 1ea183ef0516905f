#pragma once
// A trained rating model as a self-contained object: the fitted recipe, the settings it was
// fitted with, and the user and item ids in the codes it learnt, so that it predicts from ids
// without the data it was trained on, and its bytes read back into a model that predicts
// bit-identically.
#include "recommend/ratings/RatingRecipe.h"

#include <memory>
#include <string>
#include <vector>

namespace almanac {

struct TrainedRatingModel {
    std::unique_ptr<RatingRecipe> recipe;
    RatingSpec spec;
    std::shared_ptr<StringPool> users, items; // codes as fitted

    // A user or item it never saw falls back to what the recipe knows (biases, the mean).
    double predict(const std::string& user, const std::string& item) const
    {
        return recipe->predict(users->find(user), items->find(item));
    }
    std::string label() const; // "svdpp(factors=20)"
};

// Validates spec.parameters against the recipe's declaration, then fits.
Result<TrainedRatingModel> trainRatingModel(const RatingData& data, const std::string& recipe, const RatingSpec& spec,
                                            const JobContext& job = {});

struct RatingHoldout {
    size_t ratings = 0;
    double rmse = 0, mae = 0;
};
// RMSE and MAE on a random tenth of the ratings (drawn from spec.seed), the recipe fitted on
// the rest. A fit that diverged (non-finite predictions) is an error.
Result<RatingHoldout> evaluateRatingHoldout(const RatingData& data, const std::string& recipe, const RatingSpec& spec,
                                            const JobContext& job = {});
std::string ratingHoldoutJson(const std::string& recipe, const RatingHoldout& holdout);

std::vector<uint8_t> ratingModelBytes(const TrainedRatingModel& model);
Result<TrainedRatingModel> ratingModelFromBytes(const std::vector<uint8_t>& bytes);

} // namespace almanac
