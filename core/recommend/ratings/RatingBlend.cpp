#include "recommend/ratings/RatingBlend.h"

#include <Eigen/Dense>
#include <algorithm>
#include <random>

namespace almanac {

Status RatingBlend::fit(const RatingData& data, const FactorizationOptions& factorization, const KnnBaselineOptions& knn,
                        const BayesianFactorizationOptions& bayesian, const JobContext& job)
{
    m_min = data.minRating;
    m_max = data.maxRating;
    // A random tenth held out to learn the weights.
    RatingData train = data, validation = data;
    train.ratings.clear();
    validation.ratings.clear();
    std::mt19937_64 rng(factorization.seed ^ 0xB1E4D);
    std::uniform_real_distribution<double> unit(0, 1);
    for (const Rating& r : data.ratings) (unit(rng) < 0.1 ? validation : train).ratings.push_back(r);

    RatingFactorization factors;
    KnnBaseline neighbours;
    BayesianFactorization sampled;
    ALMANAC_RETURN_IF_ERROR(factors.fit(train, factorization, job.subRange(0, 0.2)));
    const Status knnStatus = neighbours.fit(train, knn, job.subRange(0.2, 0.25));
    m_useKnn = knnStatus.isOk();
    if (!m_useKnn && knnStatus.code() != Status::Code::InvalidInput) return knnStatus;
    ALMANAC_RETURN_IF_ERROR(sampled.fit(train, bayesian, job.subRange(0.25, 0.45)));
    if (!validation.ratings.empty()) {
        // kNN may not apply (too few co-ratings): its column is then left out.
        const Eigen::Index columns = m_useKnn ? 4 : 3;
        Eigen::MatrixXd x(Eigen::Index(validation.ratings.size()), columns);
        Eigen::VectorXd y(Eigen::Index(validation.ratings.size()));
        for (size_t k = 0; k < validation.ratings.size(); ++k) {
            const Rating& r = validation.ratings[k];
            const Eigen::Index row = Eigen::Index(k);
            x(row, 0) = 1;
            x(row, 1) = factors.predict(r.user, r.item);
            x(row, 2) = sampled.predict(r.user, r.item);
            if (m_useKnn) x(row, 3) = neighbours.predict(r.user, r.item);
            y(row) = r.value;
        }
        const Eigen::VectorXd w = x.colPivHouseholderQr().solve(y);
        m_weights = {w(0), w(1), m_useKnn ? w(3) : 0.0, w(2)};
    } else {
        m_weights = {0.0, 1.0, 0.0, 0.0};
    }
    ALMANAC_RETURN_IF_ERROR(m_factors.fit(data, factorization, job.subRange(0.45, 0.7)));
    if (m_useKnn) ALMANAC_RETURN_IF_ERROR(m_knn.fit(data, knn, job.subRange(0.7, 0.75)));
    ALMANAC_RETURN_IF_ERROR(m_bayesian.fit(data, bayesian, job.subRange(0.75, 1.0)));
    return Status::ok();
}

double RatingBlend::predict(int64_t user, int64_t item) const
{
    double p = m_weights[0] + m_weights[1] * m_factors.predict(user, item);
    if (m_useKnn) p += m_weights[2] * m_knn.predict(user, item);
    if (m_weights[3] != 0.0) p += m_weights[3] * m_bayesian.predict(user, item);
    return std::clamp(p, double(m_min), double(m_max));
}

} // namespace almanac

namespace almanac {

void RatingBlend::writeState(ByteWriter& out) const
{
    out.doubles(m_weights);
    out.boolean(m_useKnn);
    out.f32(m_min);
    out.f32(m_max);
    m_factors.writeState(out);
    if (m_useKnn) m_knn.writeState(out);
    m_bayesian.writeState(out);
}

Status RatingBlend::readState(ByteReader& in)
{
    m_weights = in.doubles();
    m_useKnn = in.boolean();
    m_min = in.f32();
    m_max = in.f32();
    ALMANAC_RETURN_IF_ERROR(in.status("blend"));
    if (m_weights.size() != 4) return Status::invalidInput("blend: the stored model is damaged (its weights)");
    ALMANAC_RETURN_IF_ERROR(m_factors.readState(in));
    if (m_useKnn) ALMANAC_RETURN_IF_ERROR(m_knn.readState(in));
    return m_bayesian.readState(in);
}

} // namespace almanac
