#pragma once
// Rank fusion of two recipes (reciprocal-rank fusion, Cormack et al. 2009): each item scores
// w / (k + rank in the first recipe's list) + (1 - w) / (k + rank in the second's). Two families
// that err differently (a closed-form item model and co-occurrence, say) often beat both. auto
// builds and evaluates it from its two best recipes of different kinds; by hand:
//   --recipe fusion --param first=ease --param first.lambda=200 --param second=sims --param weight=0.7
#include "recommend/RecommendRecipe.h"

#include <memory>

namespace almanac {

class FusionRecipe : public RecommendRecipe {
public:
    std::string name() const override { return "fusion"; }
    std::string description() const override { return "Reciprocal-rank fusion of two recipes (auto composes it)."; }
    Status fit(const InteractionData& data, const RecommendSpec& spec, const JobContext& job) override;
    std::vector<ParameterSpec> parameters() const override { return {ParameterSpec::text("first", "", "a recommendation recipe"), ParameterSpec::text("second", "", "a recommendation recipe"), ParameterSpec::number("weight", 0, 1, "0.5")}; }
    RecipeTraits traits() const override { RecipeTraits t; t.combinesRecipes = true; return t; }
    void writeState(ByteWriter& out) const override;
    Status readState(ByteReader& in, const InteractionData& data) override;
    void scoreItems(int64_t user, std::vector<float>& scores) const override;
    // The first member's share, changed after fitting: it only weighs the members' ranks, so
    // auto scores several weights from one fit of the members.
    void setWeight(double weight);
    // A fusion of two members already fitted on data (auto reuses the fits it scored them by).
    void adoptFitted(std::shared_ptr<const RecommendRecipe> first, std::shared_ptr<const RecommendRecipe> second,
                     const InteractionData& data, double weight);

    // The parameters of a fusion of two recipes' settings (members' parameters prefixed).
    static std::map<std::string, std::string> parametersFor(const std::string& first, const std::map<std::string, std::string>& firstParameters,
                                                           const std::string& second, const std::map<std::string, std::string>& secondParameters,
                                                           double weight);

    static constexpr size_t kRanked = 200; // ranks beyond this count as the same "far down"
    static constexpr double kOffset = 60;  // k of the fusion, the value the method's authors use

private:
    std::shared_ptr<const RecommendRecipe> m_first, m_second;
    double m_weight = 0.5;
    size_t m_items = 0;
    const InteractionData* m_data = nullptr;
};

} // namespace almanac
