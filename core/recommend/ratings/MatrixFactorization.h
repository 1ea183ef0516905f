#pragma once
// Rating prediction by matrix factorisation, fitted by stochastic gradient descent:
//   biased MF (Koren, Bell & Volinsky 2009): r = mu + b_u + b_i + q_i . p_u
//   SVD++ (Koren 2008): r = mu + b_u + b_i + q_i . (p_u + |N(u)|^-1/2 sum_{j in N(u)} y_j),
//   N(u) the items u rated: who rated what carries information beyond the ratings themselves.
#include "jobs/JobContext.h"
#include "recommend/ratings/RatingData.h"
#include "util/ModelBytes.h"

#include <map>
#include <string>

namespace almanac {

struct FactorizationOptions {
    bool implicitFeedback = true; // SVD++; false: biased MF
    // Defaults measured on MovieLens 100K's five folds (docs/benchmarks.md): stronger
    // regularisation and more epochs than Surprise's, RMSE 0.910 against its 0.919.
    int factors = 50;
    int epochs = 60;
    double learningRate = 0.007;
    double regularization = 0.1;      // factors and implicit factors
    double biasRegularization = 0.02;
    double learningRateDecay = 1.0;   // the step shrinks by this factor after each epoch
    double initialScale = 0.1;
    uint64_t seed = 42;
};

class RatingFactorization {
public:
    Status fit(const RatingData& data, const FactorizationOptions& options, const JobContext& job = {});
    // Unknown users or items (code out of range) fall back to the biases they have.
    double predict(int64_t user, int64_t item) const;
    // What predict() reads, bit for bit; readState checks that the arrays hold together.
    void writeState(ByteWriter& out) const;
    Status readState(ByteReader& in);

private:
    FactorizationOptions m_options;
    double m_mean = 0;
    float m_min = 1, m_max = 5;
    size_t m_k = 0;
    std::vector<float> m_userBias, m_itemBias;
    std::vector<float> m_p, m_q, m_y;        // users x k, items x k, items x k
    std::vector<float> m_implicit;           // users x k: |N(u)|^-1/2 sum y_j, after fitting
};

} // namespace almanac
