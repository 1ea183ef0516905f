#include "recommend/PopularityRecipe.h"

namespace almanac {

Status PopularityRecipe::fit(const InteractionData& data, const RecommendSpec&, const JobContext& job)
{
    m_userCounts.assign(data.itemCount(), 0.0f);
    for (uint32_t u = 0; u < data.userCount(); ++u) {
        const auto row = data.itemsOf(u);
        for (size_t k = 0; k < row.size; ++k) m_userCounts[row.items[k]] += 1.0f;
    }
    job.report(1.0, "counting item popularity");
    return Status::ok();
}

void PopularityRecipe::writeState(ByteWriter& out) const { out.floats(m_userCounts); }

Status PopularityRecipe::readState(ByteReader& in, const InteractionData& data)
{
    m_userCounts = in.floats();
    if (in.ok() && m_userCounts.size() != data.itemCount()) return Status::invalidInput("popularity: the stored model is for another catalogue");
    return in.status("popularity");
}

} // namespace almanac
