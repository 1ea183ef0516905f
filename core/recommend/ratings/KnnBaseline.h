#pragma once
// Item-based neighbourhood model on top of baseline estimates (Koren 2010, "KNNBaseline"):
//   r(u,i) = b(u,i) + sum_{j in N_k(i;u)} s(i,j) (r(u,j) - b(u,j)) / sum |s(i,j)|,
// b(u,i) = mu + b_u + b_i fitted by alternating least squares, s the shrunk Pearson correlation
// of baseline residuals over the users who rated both items.
#include "jobs/JobContext.h"
#include "recommend/ratings/RatingData.h"
#include "util/ModelBytes.h"

#include <map>
#include <string>
#include <vector>

namespace almanac {

struct KnnBaselineOptions {
    int neighbours = 40;
    double shrinkage = 100;
    double userRegularization = 15, itemRegularization = 10;
    int baselineIterations = 10;
};

class KnnBaseline {
public:
    Status fit(const RatingData& data, const KnnBaselineOptions& options, const JobContext& job = {});
    double predict(int64_t user, int64_t item) const;
    void writeState(ByteWriter& out) const;
    Status readState(ByteReader& in);

private:
    double baseline(int64_t user, int64_t item) const;

    KnnBaselineOptions m_options;
    double m_mean = 0;
    float m_min = 1, m_max = 5;
    std::vector<double> m_userBias, m_itemBias;
    size_t m_items = 0;
    std::vector<float> m_similarity;                               // items x items
    std::vector<std::vector<std::pair<uint32_t, float>>> m_ratedBy; // user -> (item, rating)
};

} // namespace almanac
