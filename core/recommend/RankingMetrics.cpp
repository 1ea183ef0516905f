#include "recommend/RankingMetrics.h"

#include <algorithm>
#include <cmath>

namespace almanac {

RankingAccumulator::RankingAccumulator(std::vector<int> ks) : m_ks(std::move(ks)) {}

void RankingAccumulator::add(const std::vector<uint32_t>& recommended, const std::unordered_set<uint32_t>& relevant)
{
    if (relevant.empty()) return;
    ++m_users;
    const int maxK = std::max(25, *std::max_element(m_ks.begin(), m_ks.end()));
    double dcg = 0;
    int hits = 0;
    bool firstHit = false;
    std::vector<double> dcgAt(size_t(maxK) + 1, 0.0);
    std::vector<int> hitsAt(size_t(maxK) + 1, 0);
    for (int r = 1; r <= maxK; ++r) {
        if (size_t(r) <= recommended.size()) {
            const uint32_t item = recommended[size_t(r - 1)];
            m_recommended.insert(item);
            if (relevant.count(item)) {
                ++hits;
                dcg += 1.0 / std::log2(double(r) + 1);
                if (!firstHit && r <= 25) {
                    m_mrr += 1.0 / r;
                    firstHit = true;
                }
            }
        }
        dcgAt[size_t(r)] = dcg;
        hitsAt[size_t(r)] = hits;
    }
    for (int k : m_ks) {
        double ideal = 0;
        for (int r = 1; r <= std::min<int>(k, int(relevant.size())); ++r) ideal += 1.0 / std::log2(double(r) + 1);
        m_precision[k] += double(hitsAt[size_t(k)]) / k;
        m_recall[k] += double(hitsAt[size_t(k)]) / double(relevant.size());
        m_ndcg[k] += dcgAt[size_t(k)] / ideal;
    }
}

RankingMetrics RankingAccumulator::finish(size_t catalogueSize) const
{
    RankingMetrics m;
    m.users = m_users;
    const double n = double(std::max<size_t>(m_users, 1));
    for (int k : m_ks) {
        m.precision[k] = m_precision.count(k) ? m_precision.at(k) / n : 0.0;
        m.recall[k] = m_recall.count(k) ? m_recall.at(k) / n : 0.0;
        m.ndcg[k] = m_ndcg.count(k) ? m_ndcg.at(k) / n : 0.0;
    }
    m.mrr25 = m_mrr / n;
    m.coverage = catalogueSize ? double(m_recommended.size()) / double(catalogueSize) : 0.0;
    return m;
}

} // namespace almanac
