#pragma once
#include "recommend/EaseRecipe.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace almanac {

// Collaborative and content signals together, so that items with few or no interactions (cold
// items) can be recommended: EASE scores, scaled to [0, 1] per user, mixed with the cosine
// similarity between the item's metadata profile and the user's (the sum of their items'
// profiles). Profiles are TF-IDF weights of attribute values (multi-valued "a|b" split) and of
// the words of free-text attributes. Needs item metadata (--items). Parameters: content=0.3
// (the content share), lambda for EASE.
class HybridRecipe : public RecommendRecipe {
public:
    std::string name() const override { return "hybrid"; }
    std::string description() const override { return "EASE plus item-metadata similarity, for cold items."; }
    Status fit(const InteractionData& data, const RecommendSpec& spec, const JobContext& job) override;
    std::vector<ParameterSpec> parameters() const override { return {ParameterSpec::number("content", 0, 1, "0.3"), ParameterSpec::number("lambda", 1e-6, 1e9, "500")}; }
    RecipeTraits traits() const override { RecipeTraits t; t.cost = RecipeCost::Moderate; t.usesItemMetadata = true; t.coldStartItems = true; return t; }
    void writeState(ByteWriter& out) const override;
    Status readState(ByteReader& in, const InteractionData& data) override;
    void scoreItems(int64_t user, std::vector<float>& scores) const override;
    std::vector<std::map<std::string, std::string>> searchSpace() const override;

private:
    EaseRecipe m_collaborative;
    const InteractionData* m_data = nullptr;
    double m_contentShare = 0.3;
    std::vector<std::vector<std::pair<uint32_t, float>>> m_profiles; // item -> (token, weight), unit norm
    std::vector<std::vector<std::pair<uint32_t, float>>> m_postings; // token -> (item, weight)
};

} // namespace almanac
