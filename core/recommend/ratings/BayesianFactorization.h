#pragma once
// Bayesian probabilistic matrix factorisation (Salakhutdinov & Mnih, ICML 2008), sampled by
// Gibbs: r = mean + u_i . v_j + noise of precision alpha; user and item vectors have Gaussian
// priors whose means and precisions have Gaussian-Wishart hyperpriors. Predictions average the
// samples after burn-in, so that the model integrates over its uncertainty rather than picking
// one regularisation strength: it needs no tuning of the kind SGD models do.
#include "jobs/JobContext.h"
#include "recommend/ratings/RatingData.h"
#include "util/ModelBytes.h"

#include <map>
#include <string>

namespace almanac {

struct BayesianFactorizationOptions {
    int factors = 10;
    int burnIn = 20;       // samples discarded
    int samples = 180;     // samples averaged
    double alpha = 2.0;    // observation precision (the paper's value for 1-5 ratings)
    double beta0 = 2.0;    // prior strength of the hyper-mean
    uint64_t seed = 42;
    int threads = 0;
};

class BayesianFactorization {
public:
    Status fit(const RatingData& data, const BayesianFactorizationOptions& options, const JobContext& job = {});
    // Unknown users or items predict the mean rating.
    double predict(int64_t user, int64_t item) const;
    void writeState(ByteWriter& out) const;
    Status readState(ByteReader& in);

private:
    // Predictions are averages over samples: kept per (user, item) pair only for pairs asked
    // about is impossible ahead of time, so the sampled vectors are kept and averaged at query.
    size_t m_k = 0, m_users = 0, m_items = 0, m_kept = 0;
    double m_mean = 0;
    float m_min = 1, m_max = 5;
    std::vector<float> m_userSamples, m_itemSamples; // [sample][entity][k]
};

} // namespace almanac
