#pragma once
#include "recommend/RecommendRecipe.h"

#include <vector>

namespace almanac {

// Implicit-feedback matrix factorisation (Hu, Koren & Volinsky 2008): every user-item cell counts,
// observed ones as preference 1 with confidence 1 + alpha * count, the rest as 0 with confidence 1.
// Alternating least squares, each least-squares solve done by a few conjugate-gradient steps from
// the previous solution (Takacs, Pilaszy & Tikk 2011), so a sweep costs O(nnz k) rather than
// O(nnz k^2 + n k^3). Parameters: factors=64, iterations=15, alpha=10, reg=0.1, cg_steps=3.
class AlsRecipe : public RecommendRecipe {
public:
    std::string name() const override { return "als"; }
    std::string description() const override { return "Implicit-feedback matrix factorisation by ALS with conjugate gradients."; }
    Status fit(const InteractionData& data, const RecommendSpec& spec, const JobContext& job) override;
    std::vector<ParameterSpec> parameters() const override { return {ParameterSpec::integer("factors", 1, 4096, "64"), ParameterSpec::integer("iterations", 1, 10000, "15"), ParameterSpec::number("alpha", 0, 1e9, "10"), ParameterSpec::number("reg", 0, 1e9, "0.1"), ParameterSpec::integer("cg_steps", 1, 1000, "3")}; }
    RecipeTraits traits() const override { RecipeTraits t; t.cost = RecipeCost::Moderate; return t; }
    void writeState(ByteWriter& out) const override;
    Status readState(ByteReader& in, const InteractionData& data) override;
    void scoreItems(int64_t user, std::vector<float>& scores) const override;
    std::vector<std::map<std::string, std::string>> searchSpace() const override;

    size_t factors() const { return m_k; }
    const std::vector<float>& userFactors() const { return m_users; }
    const std::vector<float>& itemFactors() const { return m_items; }

private:
    size_t m_k = 0;
    std::vector<float> m_users, m_items; // row-major: users x k, items x k
    std::vector<float> m_popularity;
    const InteractionData* m_data = nullptr;
};

} // namespace almanac
