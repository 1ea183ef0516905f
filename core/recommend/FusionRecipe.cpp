#include "recommend/FusionRecipe.h"

#include "recommend/InteractionData.h"
#include "recommend/RecommendRecipes.h"

#include <algorithm>
#include <numeric>

namespace almanac {

namespace {

// A member's own parameters: "first.lambda" -> "lambda" for prefix "first.".
std::map<std::string, std::string> memberParameters(const std::map<std::string, std::string>& all, const std::string& prefix)
{
    std::map<std::string, std::string> out;
    for (const auto& [k, v] : all)
        if (k.rfind(prefix, 0) == 0) out[k.substr(prefix.size())] = v;
    return out;
}

// Adds weight / (offset + rank) for the best-ranked items of scores; the user's own items are not
// ranked (they are not recommended unless asked, and would push the real candidates down).
void addReciprocalRanks(const std::vector<float>& scores, const InteractionData::Row& seen, double weight, std::vector<float>& fused)
{
    std::vector<uint32_t> order;
    order.reserve(scores.size());
    size_t next = 0; // seen.items is sorted
    for (uint32_t i = 0; i < scores.size(); ++i) {
        while (next < seen.size && seen.items[next] < i) ++next;
        if (next < seen.size && seen.items[next] == i) continue;
        order.push_back(i);
    }
    const size_t top = std::min(FusionRecipe::kRanked, order.size());
    auto better = [&](uint32_t a, uint32_t b) { return scores[a] > scores[b] || (scores[a] == scores[b] && a < b); };
    std::partial_sort(order.begin(), order.begin() + long(top), order.end(), better);
    for (size_t r = 0; r < top; ++r) fused[order[r]] += float(weight / (FusionRecipe::kOffset + double(r + 1)));
}

} // namespace

std::map<std::string, std::string> FusionRecipe::parametersFor(const std::string& first,
                                                               const std::map<std::string, std::string>& firstParameters,
                                                               const std::string& second,
                                                               const std::map<std::string, std::string>& secondParameters,
                                                               double weight)
{
    std::map<std::string, std::string> out{{"first", first}, {"second", second}, {"weight", std::to_string(weight)}};
    for (const auto& [k, v] : firstParameters) out["first." + k] = v;
    for (const auto& [k, v] : secondParameters) out["second." + k] = v;
    return out;
}

Status FusionRecipe::fit(const InteractionData& data, const RecommendSpec& spec, const JobContext& job)
{
    const auto first = spec.parameters.find("first"), second = spec.parameters.find("second");
    if (first == spec.parameters.end() || second == spec.parameters.end())
        return Status::invalidInput("fusion: give the two recipes as first=NAME and second=NAME");
    if (first->second == name() || second->second == name()) return Status::invalidInput("fusion: members cannot be fusions");
    std::shared_ptr<RecommendRecipe> firstMember = recommendRecipes().create(first->second);
    std::shared_ptr<RecommendRecipe> secondMember = recommendRecipes().create(second->second);
    if (!firstMember || !secondMember) return Status::invalidInput("fusion: unknown member recipe");
    m_weight = std::clamp(spec.number("weight", 0.5), 0.0, 1.0);
    m_items = data.itemCount();
    m_data = &data;
    RecommendSpec a = spec, b = spec;
    a.parameters = memberParameters(spec.parameters, "first.");
    b.parameters = memberParameters(spec.parameters, "second.");
    ALMANAC_RETURN_IF_ERROR(firstMember->fit(data, a, job.subRange(0.0, 0.5)));
    ALMANAC_RETURN_IF_ERROR(secondMember->fit(data, b, job.subRange(0.5, 1.0)));
    m_first = std::move(firstMember);
    m_second = std::move(secondMember);
    return Status::ok();
}

void FusionRecipe::adoptFitted(std::shared_ptr<const RecommendRecipe> first, std::shared_ptr<const RecommendRecipe> second,
                               const InteractionData& data, double weight)
{
    m_first = std::move(first);
    m_second = std::move(second);
    m_items = data.itemCount();
    m_data = &data;
    setWeight(weight);
}

void FusionRecipe::setWeight(double weight)
{
    m_weight = std::clamp(weight, 0.0, 1.0);
}

void FusionRecipe::scoreItems(int64_t user, std::vector<float>& scores) const
{
    std::vector<float> member;
    scores.assign(m_items, 0.0f);
    m_first->scoreItems(user, member);
    // The first member's own order, far below any fused rank, settles items neither ranked.
    float lo = 0, hi = 0;
    if (!member.empty()) {
        const auto [mn, mx] = std::minmax_element(member.begin(), member.end());
        lo = *mn;
        hi = *mx;
    }
    const float spread = hi > lo ? hi - lo : 1.0f;
    for (size_t i = 0; i < m_items && i < member.size(); ++i) scores[i] = 1e-6f * (member[i] - lo) / spread;
    const InteractionData::Row seen = user >= 0 && size_t(user) < m_data->userCount() ? m_data->itemsOf(uint32_t(user))
                                                                                       : InteractionData::Row{nullptr, nullptr, 0};
    addReciprocalRanks(member, seen, m_weight, scores);
    m_second->scoreItems(user, member);
    addReciprocalRanks(member, seen, 1.0 - m_weight, scores);
}

void FusionRecipe::writeState(ByteWriter& out) const
{
    out.f64(m_weight);
    out.u64(m_items);
    for (const RecommendRecipe* member : {m_first.get(), m_second.get()}) {
        out.text(member->name());
        member->writeState(out);
    }
}

Status FusionRecipe::readState(ByteReader& in, const InteractionData& data)
{
    m_weight = in.f64();
    m_items = size_t(in.u64());
    for (std::shared_ptr<const RecommendRecipe>* member : {&m_first, &m_second}) {
        const std::string name = in.text();
        ALMANAC_RETURN_IF_ERROR(in.status("fusion"));
        std::shared_ptr<RecommendRecipe> read = recommendRecipes().create(name);
        if (!read || read->name() == "fusion") return Status::invalidInput("fusion: the stored model is damaged");
        ALMANAC_RETURN_IF_ERROR(read->readState(in, data));
        *member = std::move(read);
    }
    if (m_items != data.itemCount()) return Status::invalidInput("fusion: the stored model is for another catalogue");
    m_data = &data;
    return in.status("fusion");
}

} // namespace almanac
