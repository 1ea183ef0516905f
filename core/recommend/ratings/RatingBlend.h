#pragma once
// A linear blend of SVD++ and the kNN-baseline model, the two families whose errors differ most
// (factors capture broad tastes, neighbours specific item affinities). The weights are least
// squares on a random tenth of the ratings held out from both models, which are then refitted
// on everything.
#include "recommend/ratings/KnnBaseline.h"
#include "recommend/ratings/MatrixFactorization.h"

namespace almanac {

class RatingBlend {
public:
    Status fit(const RatingData& data, const FactorizationOptions& factorization, const KnnBaselineOptions& knn,
               const JobContext& job = {});
    double predict(int64_t user, int64_t item) const;
    const std::vector<double>& weights() const { return m_weights; } // intercept, SVD++, kNN

private:
    RatingFactorization m_factors;
    KnnBaseline m_knn;
    bool m_useKnn = true;
    std::vector<double> m_weights{0.0, 1.0, 0.0};
    float m_min = 1, m_max = 5;
};

} // namespace almanac
