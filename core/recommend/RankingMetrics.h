#pragma once
// Offline ranking metrics as the cloud service reports them, averaged over test users:
//   precision@K = hits in the top K / K          recall@K = hits in the top K / |relevant|
//   NDCG@K = sum over hits at rank r of 1/log2(r + 1), divided by the same for an ideal list
//   MRR@25 = 1 / rank of the first hit within 25 (0 without one)
//   coverage = distinct items recommended to the test users / items in the catalogue
#include <cstdint>
#include <map>
#include <unordered_set>
#include <vector>

namespace almanac {

struct RankingMetrics {
    std::map<int, double> precision, recall, ndcg; // by K
    double mrr25 = 0;
    double coverage = 0;
    size_t users = 0;
};

class RankingAccumulator {
public:
    explicit RankingAccumulator(std::vector<int> ks = {5, 10, 25});
    // recommended: ranked item ids (at least max K long when possible); relevant: held-out items.
    void add(const std::vector<uint32_t>& recommended, const std::unordered_set<uint32_t>& relevant);
    RankingMetrics finish(size_t catalogueSize) const;

private:
    std::vector<int> m_ks;
    std::map<int, double> m_precision, m_recall, m_ndcg;
    double m_mrr = 0;
    size_t m_users = 0;
    std::unordered_set<uint32_t> m_recommended;
};

} // namespace almanac
