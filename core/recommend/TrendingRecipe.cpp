#include "recommend/TrendingRecipe.h"

#include <cmath>
#include <cstdlib>

namespace almanac {

int64_t parseDuration(const std::string& text)
{
    if (text.empty()) return 0;
    char* end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    const std::string unit(end);
    const int64_t scale = unit == "s" ? 1 : unit == "m" ? 60 : unit == "h" ? 3600 : unit == "d" ? 86400 : unit == "w" ? 604800 : 0;
    return value > 0 ? int64_t(value * double(scale)) : 0;
}

std::vector<std::map<std::string, std::string>> TrendingRecipe::searchSpace() const
{
    return {{{"interval", "1d"}}, {{"interval", "7d"}}, {{"interval", "30d"}}};
}

Status TrendingRecipe::fit(const InteractionData& data, const RecommendSpec& spec, const JobContext& job)
{
    auto it = spec.parameters.find("interval");
    const int64_t interval = parseDuration(it == spec.parameters.end() ? "7d" : it->second);
    if (interval <= 0) return Status::invalidInput("trending: interval must look like 12h, 7d or 2w");
    const int64_t end = data.lastTimestamp();
    std::vector<float> recent(data.itemCount(), 0.0f), previous(data.itemCount(), 0.0f);
    const auto& lastSeen = data.lastSeen();
    for (uint32_t u = 0; u < data.userCount(); ++u) {
        const auto row = data.itemsOf(u);
        const size_t begin = data.rowBegin(u);
        for (size_t k = 0; k < row.size; ++k) {
            const int64_t age = end - lastSeen[begin + k];
            if (age < interval) recent[row.items[k]] += 1.0f;
            else if (age < 2 * interval) previous[row.items[k]] += 1.0f;
        }
    }
    m_scores.resize(data.itemCount());
    for (size_t i = 0; i < m_scores.size(); ++i) m_scores[i] = (recent[i] - previous[i]) / std::sqrt(previous[i] + 1.0f);
    job.report(1.0, "trending");
    return Status::ok();
}

void TrendingRecipe::writeState(ByteWriter& out) const { out.floats(m_scores); }

Status TrendingRecipe::readState(ByteReader& in, const InteractionData& data)
{
    m_scores = in.floats();
    if (in.ok() && m_scores.size() != data.itemCount()) return Status::invalidInput("trending: the stored model is for another catalogue");
    return in.status("trending");
}

} // namespace almanac
