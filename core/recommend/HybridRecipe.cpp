#include "recommend/HybridRecipe.h"

#include "data/DatasetLoader.h"
#include "recommend/ItemTokens.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>

namespace almanac {


std::vector<std::map<std::string, std::string>> HybridRecipe::searchSpace() const
{
    return {{}, {{"content", "0.1"}}, {{"content", "0.6"}}};
}

Status HybridRecipe::fit(const InteractionData& data, const RecommendSpec& spec, const JobContext& job)
{
    if (!spec.items) return Status::invalidInput("hybrid: needs item metadata (--items)");
    m_contentShare = spec.number("content", 0.3);
    if (!(m_contentShare >= 0 && m_contentShare <= 1)) return Status::invalidInput("hybrid: content must be between 0 and 1");
    ALMANAC_RETURN_IF_ERROR(m_collaborative.fit(data, spec, job.subRange(0, 0.8)));
    m_data = &data;

    const DataTable& table = spec.items->table;
    const DataColumn* id = table.columnWithRole(FieldRole::Item);
    std::unordered_map<std::string, uint32_t> tokenIndex;
    std::vector<std::vector<uint32_t>> itemTokens(data.itemCount());
    for (size_t r = 0; r < table.rowCount; ++r) {
        const int64_t item = data.findItem(id->text(r));
        if (item < 0) continue;
        for (const DataColumn& column : table.columns) {
            if (column.role != FieldRole::Attribute || column.type != FieldType::String) continue;
            for (const std::string& token : tokensOf(column.name, column.text(r))) {
                auto [it, inserted] = tokenIndex.emplace(token, uint32_t(tokenIndex.size()));
                itemTokens[size_t(item)].push_back(it->second);
            }
        }
    }
    std::vector<float> documentFrequency(tokenIndex.size(), 0.0f);
    for (auto& tokens : itemTokens) {
        std::sort(tokens.begin(), tokens.end());
        tokens.erase(std::unique(tokens.begin(), tokens.end()), tokens.end());
        for (uint32_t t : tokens) documentFrequency[t] += 1.0f;
    }
    const float itemsWithMetadata = float(std::count_if(itemTokens.begin(), itemTokens.end(), [](const auto& t) { return !t.empty(); }));
    m_profiles.assign(data.itemCount(), {});
    m_postings.assign(tokenIndex.size(), {});
    for (size_t i = 0; i < itemTokens.size(); ++i) {
        float norm = 0;
        for (uint32_t t : itemTokens[i]) {
            const float w = std::log(1.0f + itemsWithMetadata / documentFrequency[t]);
            m_profiles[i].emplace_back(t, w);
            norm += w * w;
        }
        norm = std::sqrt(norm);
        for (auto& [t, w] : m_profiles[i]) {
            w /= norm;
            m_postings[t].emplace_back(uint32_t(i), w);
        }
    }
    job.report(1.0, "hybrid");
    return Status::ok();
}

void HybridRecipe::scoreItems(int64_t user, std::vector<float>& scores) const
{
    m_collaborative.scoreItems(user, scores);
    if (!m_data || user < 0 || m_data->itemsOf(uint32_t(user)).size == 0) return; // cold user: popularity
    float top = 0;
    for (float s : scores) top = std::max(top, std::fabs(s));
    if (top > 0)
        for (float& s : scores) s /= top;
    // The user's profile: the sum of their items' profiles, then the cosine with every item.
    std::unordered_map<uint32_t, float> profile;
    const auto row = m_data->itemsOf(uint32_t(user));
    for (size_t k = 0; k < row.size; ++k)
        for (const auto& [t, w] : m_profiles[row.items[k]]) profile[t] += w;
    float norm = 0;
    for (const auto& [t, w] : profile) norm += w * w;
    if (norm <= 0) return;
    norm = std::sqrt(norm);
    std::vector<float> content(scores.size(), 0.0f);
    for (const auto& [t, w] : profile)
        for (const auto& [item, weight] : m_postings[t]) content[item] += w * weight / norm;
    const float share = float(m_contentShare);
    for (size_t i = 0; i < scores.size(); ++i) scores[i] = (1 - share) * scores[i] + share * content[i];
}

void HybridRecipe::writeState(ByteWriter& out) const
{
    m_collaborative.writeState(out);
    out.f64(m_contentShare);
    out.sparseRows(m_profiles);
    out.sparseRows(m_postings);
}

Status HybridRecipe::readState(ByteReader& in, const InteractionData& data)
{
    ALMANAC_RETURN_IF_ERROR(m_collaborative.readState(in, data));
    m_contentShare = in.f64();
    m_profiles = in.sparseRows();
    m_postings = in.sparseRows();
    ALMANAC_RETURN_IF_ERROR(in.status("hybrid"));
    for (const auto& row : m_postings)
        for (const auto& [item, w] : row)
            if (item >= data.itemCount() || item >= m_profiles.size()) return Status::invalidInput("hybrid: the stored model is damaged");
    m_data = &data;
    return Status::ok();
}

} // namespace almanac
