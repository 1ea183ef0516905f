#pragma once
// Rating prediction (explicit feedback) behind the same recipe interface as the rest: a recipe
// declares its hyper-parameters and traits, fits on ratings, predicts a (user, item) pair, and
// writes its fitted state as bytes that read back into a model predicting bit-identically.
#include "jobs/JobContext.h"
#include "recommend/ratings/RatingData.h"
#include "util/ModelBytes.h"
#include "util/RecipeParameters.h"
#include "util/RecipeRegistry.h"

#include <map>
#include <string>
#include <vector>

namespace almanac {

struct RatingSpec {
    uint64_t seed = 42;
    int threads = 0;
    std::map<std::string, std::string> parameters; // validated against the recipe's declaration
};

class RatingRecipe {
public:
    virtual ~RatingRecipe() = default;
    virtual std::string name() const = 0;
    virtual std::string description() const = 0;
    virtual std::vector<ParameterSpec> parameters() const = 0;
    virtual RecipeTraits traits() const;
    // spec.parameters must have passed validateParameters against parameters().
    virtual Status fit(const RatingData& data, const RatingSpec& spec, const JobContext& job) = 0;
    // Codes as in the data fitted on; -1 (or out of range) for a user or item it never saw.
    virtual double predict(int64_t user, int64_t item) const = 0;
    virtual void writeState(ByteWriter& out) const = 0;
    virtual Status readState(ByteReader& in) = 0;
};

const RecipeRegistry<RatingRecipe>& ratingRecipes();
constexpr const char* kDefaultRatingRecipe = "blend";

} // namespace almanac
