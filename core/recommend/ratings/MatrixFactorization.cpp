#include "recommend/ratings/MatrixFactorization.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <numeric>
#include <random>

namespace almanac {

Status RatingFactorization::fit(const RatingData& data, const FactorizationOptions& options, const JobContext& job)
{
    m_options = options;
    m_min = data.minRating;
    m_max = data.maxRating;
    const size_t users = data.userCount(), items = data.itemCount(), k = size_t(options.factors);
    m_k = k;
    double sum = 0;
    for (const Rating& r : data.ratings) sum += r.value;
    m_mean = sum / double(data.ratings.size());

    std::mt19937_64 rng(options.seed);
    std::normal_distribution<float> init(0.0f, float(options.initialScale));
    m_userBias.assign(users, 0.0f);
    m_itemBias.assign(items, 0.0f);
    m_p.resize(users * k);
    m_q.resize(items * k);
    for (float& v : m_p) v = init(rng);
    for (float& v : m_q) v = init(rng);
    m_y.assign(options.implicitFeedback ? items * k : 0, 0.0f);

    // Ratings grouped by user, so SVD++'s implicit term is computed once per user and epoch.
    std::vector<size_t> order(data.ratings.size());
    std::iota(order.begin(), order.end(), 0);
    std::vector<size_t> offsets(users + 1, 0);
    for (const Rating& r : data.ratings) ++offsets[r.user + 1];
    std::partial_sum(offsets.begin(), offsets.end(), offsets.begin());
    std::vector<Rating> byUser(data.ratings.size());
    {
        std::vector<size_t> cursor(offsets.begin(), offsets.end() - 1);
        for (const Rating& r : data.ratings) byUser[cursor[r.user]++] = r;
    }
    std::vector<uint32_t> userOrder(users);
    std::iota(userOrder.begin(), userOrder.end(), 0);

    float lr = float(options.learningRate);
    const float reg = float(options.regularization), regB = float(options.biasRegularization);
    std::vector<float> implicit(k), pu(k), implicitGradient(k);
    for (int epoch = 0; epoch < options.epochs; ++epoch) {
        std::shuffle(userOrder.begin(), userOrder.end(), rng);
        for (uint32_t u : userOrder) {
            const size_t begin = offsets[u], end = offsets[u + 1];
            if (begin == end) continue;
            std::shuffle(byUser.begin() + long(begin), byUser.begin() + long(end), rng);
            const float norm = options.implicitFeedback ? 1.0f / std::sqrt(float(end - begin)) : 0.0f;
            std::fill(implicit.begin(), implicit.end(), 0.0f);
            if (options.implicitFeedback)
                for (size_t r = begin; r < end; ++r)
                    for (size_t f = 0; f < k; ++f) implicit[f] += norm * m_y[byUser[r].item * k + f];
            std::fill(implicitGradient.begin(), implicitGradient.end(), 0.0f);
            float* p = &m_p[u * k];
            for (size_t r = begin; r < end; ++r) {
                const Rating& rating = byUser[r];
                float* q = &m_q[rating.item * k];
                float dot = 0;
                for (size_t f = 0; f < k; ++f) dot += q[f] * (p[f] + implicit[f]);
                const float e = rating.value - float(m_mean) - m_userBias[u] - m_itemBias[rating.item] - dot;
                m_userBias[u] += lr * (e - regB * m_userBias[u]);
                m_itemBias[rating.item] += lr * (e - regB * m_itemBias[rating.item]);
                for (size_t f = 0; f < k; ++f) {
                    const float pf = p[f], qf = q[f];
                    p[f] += lr * (e * qf - reg * pf);
                    q[f] += lr * (e * (pf + implicit[f]) - reg * qf);
                    implicitGradient[f] += e * qf;
                }
            }
            if (options.implicitFeedback) {
                // The implicit factors of the user's items move once per user, by what the
                // per-rating steps would add up to over the user's ratings (implicit term held).
                const float ratingsOfUser = float(end - begin);
                for (size_t r = begin; r < end; ++r) {
                    float* y = &m_y[byUser[r].item * k];
                    for (size_t f = 0; f < k; ++f) y[f] += lr * (norm * implicitGradient[f] - ratingsOfUser * reg * y[f]);
                }
            }
        }
        lr *= float(options.learningRateDecay);
        if (job.isCancelled()) return Status::cancelled();
        job.report(double(epoch + 1) / options.epochs, options.implicitFeedback ? "SVD++" : "biased MF");
    }
    // Each user's implicit term, fixed from now on, for prediction.
    m_implicit.assign(options.implicitFeedback ? users * k : 0, 0.0f);
    if (options.implicitFeedback)
        for (uint32_t u = 0; u < users; ++u) {
            const size_t begin = offsets[u], end = offsets[u + 1];
            if (begin == end) continue;
            const float norm = 1.0f / std::sqrt(float(end - begin));
            for (size_t r = begin; r < end; ++r)
                for (size_t f = 0; f < k; ++f) m_implicit[u * k + f] += norm * m_y[byUser[r].item * k + f];
        }
    return Status::ok();
}

double RatingFactorization::predict(int64_t user, int64_t item) const
{
    const bool knownUser = user >= 0 && size_t(user) < m_userBias.size();
    const bool knownItem = item >= 0 && size_t(item) < m_itemBias.size();
    double prediction = m_mean + (knownUser ? m_userBias[size_t(user)] : 0.0) + (knownItem ? m_itemBias[size_t(item)] : 0.0);
    if (knownUser && knownItem) {
        const float* p = &m_p[size_t(user) * m_k];
        const float* q = &m_q[size_t(item) * m_k];
        const float* z = m_implicit.empty() ? nullptr : &m_implicit[size_t(user) * m_k];
        for (size_t f = 0; f < m_k; ++f) prediction += q[f] * (p[f] + (z ? z[f] : 0.0f));
    }
    return std::clamp(prediction, double(m_min), double(m_max));
}

} // namespace almanac

namespace almanac {

void RatingFactorization::writeState(ByteWriter& out) const
{
    out.boolean(m_options.implicitFeedback);
    out.f64(m_mean);
    out.f32(m_min);
    out.f32(m_max);
    out.u64(m_k);
    out.floats(m_userBias);
    out.floats(m_itemBias);
    out.floats(m_p);
    out.floats(m_q);
    out.floats(m_implicit);
}

Status RatingFactorization::readState(ByteReader& in)
{
    m_options.implicitFeedback = in.boolean();
    m_mean = in.f64();
    m_min = in.f32();
    m_max = in.f32();
    m_k = size_t(in.u64());
    m_userBias = in.floats();
    m_itemBias = in.floats();
    m_p = in.floats();
    m_q = in.floats();
    m_implicit = in.floats();
    // m_y is only needed while fitting: the implicit term is kept per user.
    m_y.clear();
    ALMANAC_RETURN_IF_ERROR(in.status("rating factorisation"));
    const size_t users = m_userBias.size(), items = m_itemBias.size();
    if (m_k > 100000 || m_p.size() != users * m_k || m_q.size() != items * m_k
        || (!m_implicit.empty() && m_implicit.size() != users * m_k))
        return Status::invalidInput("rating factorisation: the stored model is damaged (its factor sizes disagree)");
    return Status::ok();
}

} // namespace almanac
