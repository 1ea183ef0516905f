#pragma once
// A linear blend of SVD++, the kNN-baseline model and Bayesian matrix factorisation, three
// families whose errors differ (SGD factors capture broad tastes, neighbours specific item
// affinities, the Bayesian model averages over its own uncertainty). The weights are least
// squares on a random tenth of the ratings held out from every model, which are then refitted
// on everything.
#include "recommend/ratings/BayesianFactorization.h"
#include "recommend/ratings/KnnBaseline.h"
#include "recommend/ratings/MatrixFactorization.h"

namespace almanac {

class RatingBlend {
public:
    Status fit(const RatingData& data, const FactorizationOptions& factorization, const KnnBaselineOptions& knn,
               const BayesianFactorizationOptions& bayesian, const JobContext& job = {});
    double predict(int64_t user, int64_t item) const;
    void writeState(ByteWriter& out) const;
    Status readState(ByteReader& in);
    const std::vector<double>& weights() const { return m_weights; } // intercept, SVD++, kNN, BPMF

private:
    RatingFactorization m_factors;
    KnnBaseline m_knn;
    BayesianFactorization m_bayesian;
    bool m_useKnn = true;
    std::vector<double> m_weights{0.0, 1.0, 0.0, 0.0};
    float m_min = 1, m_max = 5;
};

} // namespace almanac
