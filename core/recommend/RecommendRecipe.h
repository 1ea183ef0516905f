#pragma once
// The recommender interface: a recipe fits on interactions and scores every item for a user.
// Top-N selection, seen-item exclusion and filters are shared (recommendTopN), not per recipe.
#include "jobs/JobContext.h"
#include "recommend/InteractionData.h"
#include "util/ModelBytes.h"
#include "util/RecipeParameters.h"
#include "util/Status.h"

#include <cstdint>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

namespace almanac {

struct LoadedDataset;

struct RecommendSpec {
    uint64_t seed = 42;
    int threads = 0;
    std::map<std::string, std::string> parameters;
    const LoadedDataset* items = nullptr; // item metadata, for recipes that use it

    // A numeric hyper-parameter, or fallback when it was not given.
    double number(const std::string& name, double fallback) const
    {
        auto it = parameters.find(name);
        return it == parameters.end() ? fallback : std::atof(it->second.c_str());
    }
};

class RecommendRecipe {
public:
    virtual ~RecommendRecipe() = default;
    virtual std::string name() const = 0;
    virtual std::string description() const = 0;
    // data must outlive the recipe's scoring: recipes may keep a reference to users' histories.
    virtual Status fit(const InteractionData& data, const RecommendSpec& spec, const JobContext& job) = 0;
    // scores.size() == itemCount(); higher is better. user may be -1 for an unknown user.
    virtual void scoreItems(int64_t user, std::vector<float>& scores) const = 0;
    // Scores once a history has grown since the fit (live events): a known user's (user >= 0) or
    // an anonymous session's (user -1); recent holds the item codes of the events since, oldest
    // first. Recipes that read sequences (traits().updatesFromEvents) use them; the rest score
    // the user as fitted.
    virtual void scoreHistory(int64_t user, const std::vector<uint32_t>& recent, std::vector<float>& scores) const
    {
        (void)recent;
        scoreItems(user, scores);
    }
    // Hyper-parameter settings worth trying when the recipe is tuned (auto); one empty setting
    // when there is nothing to tune.
    virtual std::vector<std::map<std::string, std::string>> searchSpace() const { return {{}}; }
    virtual RecipeTraits traits() const { return {}; }
    // The fitted state's size in memory where it is large (a dense item x item matrix); auto
    // keeps fitted models for reuse only within a budget. 0: small.
    virtual size_t modelBytes() const { return 0; }
    virtual std::vector<ParameterSpec> parameters() const { return {}; }

    // The fitted state as bytes, and back: a recommender read from them over the same data
    // (InteractionData::read of what was stored with it) scores exactly as the fitted one.
    virtual void writeState(ByteWriter& out) const = 0;
    virtual Status readState(ByteReader& in, const InteractionData& data) = 0;
};

struct ScoredItem {
    uint32_t item;
    float score;
};

// The recipe's scores for a user over the catalogue, -infinity for the user's own items unless
// keepSeen and for items a filter does not allow (allowed is indexed by item code) when given.
std::vector<float> showableScores(const RecommendRecipe& recipe, const InteractionData& data, int64_t user, bool keepSeen,
                                  const std::vector<bool>* allowed = nullptr);

// The n best of scores (by code; -infinity: not to be shown), best first, ties to the lower code.
std::vector<ScoredItem> bestOf(const std::vector<float>& scores, size_t n);

// The n best items for a user, excluding the user's own items unless keepSeen, and items a
// filter does not allow (allowed is indexed by item code) when given.
std::vector<ScoredItem> recommendTopN(const RecommendRecipe& recipe, const InteractionData& data, int64_t user,
                                      size_t n, bool keepSeen, const std::vector<bool>* allowed = nullptr);

// The items of a user's fitted row (none for user -1) and of their events since, each once and in
// code order: the history an item-to-item model (EASE, SIMS) scores, the user x item matrix being
// binary. Codes outside the catalogue are left out.
std::vector<uint32_t> distinctHistory(const InteractionData* data, int64_t user, const std::vector<uint32_t>& recent);

} // namespace almanac
