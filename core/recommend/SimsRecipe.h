#pragma once
#include "recommend/RecommendRecipe.h"

#include <utility>
#include <vector>

namespace almanac {

// SIMS: item-to-item similarity from co-occurrence in users' histories. Two items are related
// when many users interacted with both, discounted by their popularity so that best-sellers do not
// relate to everything: score(i, j) = co(i, j) / (pop(i) pop(j))^discount, pairs seen together by
// fewer than min_cointeractions users left out. Related items fall back to the most popular ones.
// As a recommender a user's score for j sums j's similarity to the user's items.
// Parameters: discount=0.5 (cosine), min_cointeractions=2, neighbours=100, history=200 (most
// recent items per user that count).
class SimsRecipe : public RecommendRecipe {
public:
    std::string name() const override { return "sims"; }
    std::string description() const override { return "Item-to-item co-occurrence with a popularity discount (SIMS)."; }
    Status fit(const InteractionData& data, const RecommendSpec& spec, const JobContext& job) override;
    std::vector<ParameterSpec> parameters() const override { return {ParameterSpec::number("discount", 0, 10, "0.5"), ParameterSpec::number("min_cointeractions", 0, 1e9, "2"), ParameterSpec::integer("neighbours", 1, 1e6, "100"), ParameterSpec::integer("history", 1, 1e7, "200")}; }
    RecipeTraits traits() const override
    {
        RecipeTraits t;
        t.updatesFromEvents = true; // an item-to-item model: a new event brings its neighbours
        return t;
    }
    void writeState(ByteWriter& out) const override;
    Status readState(ByteReader& in, const InteractionData& data) override;
    void scoreItems(int64_t user, std::vector<float>& scores) const override;
    void scoreHistory(int64_t user, const std::vector<uint32_t>& recent, std::vector<float>& scores) const override;
    std::vector<std::map<std::string, std::string>> searchSpace() const override;

    // The n items most related to item, best first, padded with popular items (their score 0).
    std::vector<ScoredItem> relatedItems(uint32_t item, size_t n) const;

private:
    const InteractionData* m_data = nullptr;
    std::vector<std::vector<std::pair<uint32_t, float>>> m_neighbours;
    std::vector<float> m_popularity;
    std::vector<uint32_t> m_byPopularity;
};

} // namespace almanac
