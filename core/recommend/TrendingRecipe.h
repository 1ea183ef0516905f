#pragma once
#include "recommend/RecommendRecipe.h"

namespace almanac {

// Trending-Now: the items whose audience grows fastest. With the data's last timestamp T and an
// interval I, recent(i) counts users whose latest interaction with i falls in (T - I, T] and
// previous(i) those in (T - 2I, T - I]; the score (recent - previous) / sqrt(previous + 1) is the
// growth in standard deviations of a Poisson count, so a jump from 100 to 150 users outranks
// one from 1 to 3. Parameter: interval=7d (s, m, h, d or w units).
class TrendingRecipe : public RecommendRecipe {
public:
    std::string name() const override { return "trending"; }
    std::string description() const override { return "Items whose number of users grows fastest (Trending-Now)."; }
    Status fit(const InteractionData& data, const RecommendSpec& spec, const JobContext& job) override;
    std::vector<ParameterSpec> parameters() const override { return {ParameterSpec::text("interval", "7d", "a duration such as 12h, 7d or 2w")}; }
    RecipeTraits traits() const override { RecipeTraits t; t.personalized = false; return t; }
    void writeState(ByteWriter& out) const override;
    Status readState(ByteReader& in, const InteractionData& data) override;
    void scoreItems(int64_t user, std::vector<float>& scores) const override { scores = m_scores; }
    std::vector<std::map<std::string, std::string>> searchSpace() const override;

private:
    std::vector<float> m_scores;
};

// "7d" -> 604800; 0 when the text is not a duration.
int64_t parseDuration(const std::string& text);

} // namespace almanac
