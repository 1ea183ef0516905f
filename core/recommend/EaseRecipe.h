#pragma once
#include "recommend/EaseDualForm.h"
#include "recommend/RecommendRecipe.h"


namespace almanac {

// EASE (Steck 2019): a shallow item-to-item autoencoder with a closed-form solution,
// B = I - P diag(1 / diag P) with P = (X'X + lambda I)^-1 and a zero diagonal. Exact, no
// iterations. Solved on the items' side (items^3) or, when the log has fewer users than items,
// on the users' side (users^3, EaseDualForm): the same model either way.
// Parameter: lambda=500 (L2 regularisation).
class EaseRecipe : public RecommendRecipe {
public:
    enum class Side { Automatic, Items, Users }; // which side to solve on; tests compare the two
    explicit EaseRecipe(Side side = Side::Automatic) : m_side(side) {}
    std::string name() const override { return "ease"; }
    std::string description() const override { return "Closed-form item-to-item model (EASE)."; }
    Status fit(const InteractionData& data, const RecommendSpec& spec, const JobContext& job) override;
    std::vector<ParameterSpec> parameters() const override { return {ParameterSpec::number("lambda", 1e-6, 1e9, "500")}; }
    RecipeTraits traits() const override
    {
        RecipeTraits t;
        t.cost = RecipeCost::Moderate;
        t.updatesFromEvents = true; // an item-to-item model: new events are new rows of X
        t.searchAlongOneParameter = true; // lambda: too little over-fits, too much flattens to popularity
        return t;
    }
    void writeState(ByteWriter& out) const override;
    Status readState(ByteReader& in, const InteractionData& data) override;
    void scoreItems(int64_t user, std::vector<float>& scores) const override;
    void scoreHistory(int64_t user, const std::vector<uint32_t>& recent, std::vector<float>& scores) const override;
    std::vector<std::map<std::string, std::string>> searchSpace() const override;

    size_t modelBytes() const override { return m_weights.size() * sizeof(float) + m_usersSide.bytes(); }
    bool solvedOnUsersSide() const { return m_weights.empty() && m_items > 0; }

private:
    Side m_side = Side::Automatic;
    const InteractionData* m_data = nullptr;
    size_t m_items = 0;
    std::vector<float> m_weights; // item x item, row-major: row i holds B(i, .); empty on the users' side
    EaseDualForm m_usersSide;
    std::vector<float> m_popularity; // for users without history
};

} // namespace almanac
