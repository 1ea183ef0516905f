#pragma once
#include "recommend/RecommendRecipe.h"

namespace almanac {

// Popularity-Count: items ranked by how many distinct users interacted with them. The same list
// for everyone (minus what each user has seen); the baseline every other recipe must beat.
class PopularityRecipe : public RecommendRecipe {
public:
    std::string name() const override { return "popularity"; }
    std::string description() const override { return "Most popular items by number of distinct users."; }
    Status fit(const InteractionData& data, const RecommendSpec& spec, const JobContext& job) override;
    std::vector<ParameterSpec> parameters() const override { return {}; }
    RecipeTraits traits() const override { RecipeTraits t; t.personalized = false; return t; }
    void writeState(ByteWriter& out) const override;
    Status readState(ByteReader& in, const InteractionData& data) override;
    void scoreItems(int64_t user, std::vector<float>& scores) const override { scores = m_userCounts; }

private:
    std::vector<float> m_userCounts;
};

} // namespace almanac
