#include "recommend/BprRecipe.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <random>

namespace almanac {

std::vector<std::map<std::string, std::string>> BprRecipe::searchSpace() const
{
    return {{}, {{"reg", "0.01"}}, {{"epochs", "60"}}};
}

Status BprRecipe::fit(const InteractionData& data, const RecommendSpec& spec, const JobContext& job)
{
    m_k = size_t(std::max(1.0, spec.number("factors", 64)));
    const int epochs = int(std::max(1.0, spec.number("epochs", 30)));
    const float lr = float(spec.number("lr", 0.05)), reg = float(spec.number("reg", 0.002));
    const size_t users = data.userCount(), items = data.itemCount();
    m_data = &data;
    std::mt19937_64 rng(spec.seed);
    std::normal_distribution<float> init(0.0f, 0.1f);
    m_users.resize(users * m_k);
    m_items.resize(items * m_k);
    for (float& v : m_users) v = init(rng);
    for (float& v : m_items) v = init(rng);
    m_itemBias.assign(items, 0.0f);
    m_popularity.assign(items, 0.0f);
    std::vector<uint32_t> activeUsers;
    for (uint32_t u = 0; u < users; ++u) {
        const auto row = data.itemsOf(u);
        if (row.size > 0 && row.size < items) activeUsers.push_back(u);
        for (size_t k = 0; k < row.size; ++k) m_popularity[row.items[k]] += 1.0f;
    }
    if (activeUsers.empty()) return Status::ok();
    std::uniform_int_distribution<size_t> pickUser(0, activeUsers.size() - 1);
    std::uniform_int_distribution<uint32_t> pickItem(0, uint32_t(items - 1));
    const size_t stepsPerEpoch = data.interactionCount();
    std::vector<float> userCopy(m_k);
    for (int epoch = 0; epoch < epochs; ++epoch) {
        for (size_t step = 0; step < stepsPerEpoch; ++step) {
            const uint32_t u = activeUsers[pickUser(rng)];
            const auto row = data.itemsOf(u);
            const uint32_t positive = row.items[std::uniform_int_distribution<size_t>(0, row.size - 1)(rng)];
            uint32_t negative;
            do negative = pickItem(rng);
            while (std::binary_search(row.items, row.items + row.size, negative));
            float* pu = &m_users[u * m_k];
            float* qi = &m_items[positive * m_k];
            float* qj = &m_items[negative * m_k];
            float x = m_itemBias[positive] - m_itemBias[negative];
            for (size_t f = 0; f < m_k; ++f) x += pu[f] * (qi[f] - qj[f]);
            // d/dx of log sigmoid(x) is sigmoid(-x).
            const float g = 1.0f / (1.0f + std::exp(x));
            m_itemBias[positive] += lr * (g - reg * m_itemBias[positive]);
            m_itemBias[negative] += lr * (-g - reg * m_itemBias[negative]);
            std::copy(pu, pu + m_k, userCopy.begin());
            for (size_t f = 0; f < m_k; ++f) {
                pu[f] += lr * (g * (qi[f] - qj[f]) - reg * pu[f]);
                qi[f] += lr * (g * userCopy[f] - reg * qi[f]);
                qj[f] += lr * (-g * userCopy[f] - reg * qj[f]);
            }
        }
        if (job.isCancelled()) return Status::cancelled();
        job.report(double(epoch + 1) / epochs, "bpr");
    }
    return Status::ok();
}

void BprRecipe::scoreItems(int64_t user, std::vector<float>& scores) const
{
    const size_t items = m_itemBias.size();
    if (user < 0 || !m_data || m_data->itemsOf(uint32_t(user)).size == 0) {
        scores = m_popularity;
        return;
    }
    scores.resize(items);
    const float* pu = &m_users[size_t(user) * m_k];
    for (size_t i = 0; i < items; ++i) {
        const float* qi = &m_items[i * m_k];
        float s = m_itemBias[i];
        for (size_t f = 0; f < m_k; ++f) s += pu[f] * qi[f];
        scores[i] = s;
    }
}

void BprRecipe::writeState(ByteWriter& out) const
{
    out.u64(m_k);
    out.floats(m_users);
    out.floats(m_items);
    out.floats(m_itemBias);
    out.floats(m_popularity);
}

Status BprRecipe::readState(ByteReader& in, const InteractionData& data)
{
    m_k = size_t(in.u64());
    m_users = in.floats();
    m_items = in.floats();
    m_itemBias = in.floats();
    m_popularity = in.floats();
    ALMANAC_RETURN_IF_ERROR(in.status("bpr"));
    if (m_k == 0 || m_users.size() != data.userCount() * m_k || m_items.size() != data.itemCount() * m_k || m_itemBias.size() != data.itemCount())
        return Status::invalidInput("bpr: the stored model is for other users or items");
    m_data = &data;
    return Status::ok();
}

} // namespace almanac
