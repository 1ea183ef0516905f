#pragma once
#include "recommend/RecommendRecipe.h"

#include <vector>

namespace almanac {

// Bayesian Personalized Ranking (Rendle et al. 2009): matrix factorisation trained by SGD on
// (user, item the user chose, item the user did not) triples to rank chosen items higher, with an
// item bias. Parameters: factors=64, epochs=30, lr=0.05, reg=0.002 (one epoch = as many sampled
// triples as there are user-item pairs).
class BprRecipe : public RecommendRecipe {
public:
    std::string name() const override { return "bpr"; }
    std::string description() const override { return "Bayesian Personalized Ranking matrix factorisation."; }
    Status fit(const InteractionData& data, const RecommendSpec& spec, const JobContext& job) override;
    std::vector<ParameterSpec> parameters() const override { return {ParameterSpec::integer("factors", 1, 4096, "64"), ParameterSpec::integer("epochs", 1, 100000, "30"), ParameterSpec::number("lr", 1e-9, 10, "0.05"), ParameterSpec::number("reg", 0, 100, "0.002")}; }
    RecipeTraits traits() const override { RecipeTraits t; t.cost = RecipeCost::Moderate; return t; }
    void writeState(ByteWriter& out) const override;
    Status readState(ByteReader& in, const InteractionData& data) override;
    void scoreItems(int64_t user, std::vector<float>& scores) const override;
    std::vector<std::map<std::string, std::string>> searchSpace() const override;

private:
    size_t m_k = 0;
    std::vector<float> m_users, m_items, m_itemBias, m_popularity;
    const InteractionData* m_data = nullptr;
};

} // namespace almanac
