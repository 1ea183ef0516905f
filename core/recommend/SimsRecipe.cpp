#include "recommend/SimsRecipe.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <numeric>

namespace almanac {

Status SimsRecipe::fit(const InteractionData& data, const RecommendSpec& spec, const JobContext& job)
{
    const double discount = spec.number("discount", 0.5);
    const double minCo = spec.number("min_cointeractions", 2);
    const size_t keep = size_t(std::max(1.0, spec.number("neighbours", 100)));
    const size_t history = size_t(std::max(1.0, spec.number("history", 200)));
    const size_t items = data.itemCount();
    m_data = &data;

    // Each user's most recent `history` items: heavy users would otherwise dominate, and the
    // pair count grows with the square of a history.
    std::vector<std::vector<uint32_t>> itemUsers(items);
    std::vector<std::vector<uint32_t>> recentOfUser(data.userCount());
    const auto& lastSeen = data.lastSeen();
    for (uint32_t u = 0; u < data.userCount(); ++u) {
        const auto row = data.itemsOf(u);
        std::vector<size_t> order(row.size);
        std::iota(order.begin(), order.end(), 0);
        const size_t begin = data.rowBegin(u);
        std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return lastSeen[begin + a] > lastSeen[begin + b]; });
        if (order.size() > history) order.resize(history);
        for (size_t k : order) {
            recentOfUser[u].push_back(row.items[k]);
            itemUsers[row.items[k]].push_back(u);
        }
    }
    m_popularity.assign(items, 0.0f);
    for (size_t i = 0; i < items; ++i) m_popularity[i] = float(itemUsers[i].size());
    m_byPopularity.resize(items);
    std::iota(m_byPopularity.begin(), m_byPopularity.end(), 0u);
    std::stable_sort(m_byPopularity.begin(), m_byPopularity.end(),
                     [&](uint32_t a, uint32_t b) { return m_popularity[a] > m_popularity[b]; });

    m_neighbours.assign(items, {});
    std::vector<float> co(items, 0.0f);
    std::vector<uint32_t> touched;
    for (uint32_t i = 0; i < items; ++i) {
        touched.clear();
        for (uint32_t u : itemUsers[i])
            for (uint32_t j : recentOfUser[u]) {
                if (j == i) continue;
                if (co[j] == 0.0f) touched.push_back(j);
                co[j] += 1.0f;
            }
        auto& list = m_neighbours[i];
        for (uint32_t j : touched) {
            if (co[j] >= minCo)
                list.emplace_back(j, float(co[j] / std::pow(double(m_popularity[i]) * m_popularity[j], discount)));
            co[j] = 0.0f;
        }
        const size_t n = std::min(keep, list.size());
        std::partial_sort(list.begin(), list.begin() + long(n), list.end(), [](const auto& a, const auto& b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        list.resize(n);
        if (i % 1024 == 0) {
            if (job.isCancelled()) return Status::cancelled();
            job.report(double(i) / double(items), "sims: co-occurrences");
        }
    }
    job.report(1.0, "sims: done");
    return Status::ok();
}

std::vector<std::map<std::string, std::string>> SimsRecipe::searchSpace() const
{
    std::vector<std::map<std::string, std::string>> grid;
    for (const char* discount : {"0.3", "0.5", "0.7"})
        for (const char* minimum : {"1", "2"}) grid.push_back({{"discount", discount}, {"min_cointeractions", minimum}});
    return grid;
}

void SimsRecipe::scoreItems(int64_t user, std::vector<float>& scores) const
{
    scoreHistory(user, {}, scores);
}

void SimsRecipe::scoreHistory(int64_t user, const std::vector<uint32_t>& recent, std::vector<float>& scores) const
{
    scores.assign(m_popularity.size(), 0.0f);
    for (uint32_t i : distinctHistory(m_data, user, recent)) // an item seen again relates no more than once
        if (i < m_neighbours.size())
            for (const auto& [j, s] : m_neighbours[i]) scores[j] += s;
    // Popularity breaks ties and fills in for users without related items, far below any similarity.
    const float total = std::max(1.0f, float(m_data ? m_data->userCount() : 1));
    for (size_t j = 0; j < scores.size(); ++j) scores[j] += 1e-3f * m_popularity[j] / total;
}

std::vector<ScoredItem> SimsRecipe::relatedItems(uint32_t item, size_t n) const
{
    std::vector<ScoredItem> out;
    if (item < m_neighbours.size())
        for (const auto& [j, s] : m_neighbours[item]) {
            if (out.size() >= n) break;
            out.push_back({j, s});
        }
    for (uint32_t j : m_byPopularity) {
        if (out.size() >= n) break;
        if (j == item || std::any_of(out.begin(), out.end(), [&](const ScoredItem& s) { return s.item == j; })) continue;
        out.push_back({j, 0.0f});
    }
    return out;
}

void SimsRecipe::writeState(ByteWriter& out) const
{
    out.sparseRows(m_neighbours);
    out.floats(m_popularity);
    out.u32s(m_byPopularity);
}

Status SimsRecipe::readState(ByteReader& in, const InteractionData& data)
{
    m_neighbours = in.sparseRows();
    m_popularity = in.floats();
    m_byPopularity = in.u32s();
    ALMANAC_RETURN_IF_ERROR(in.status("sims"));
    if (m_neighbours.size() != data.itemCount()) return Status::invalidInput("sims: the stored model is for another catalogue");
    for (const auto& row : m_neighbours)
        for (const auto& [item, w] : row)
            if (item >= data.itemCount()) return Status::invalidInput("sims: the stored model is damaged");
    for (uint32_t item : m_byPopularity)
        if (item >= data.itemCount()) return Status::invalidInput("sims: the stored model is damaged");
    m_data = &data;
    return Status::ok();
}

} // namespace almanac
