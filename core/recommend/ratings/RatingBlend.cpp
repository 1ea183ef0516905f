#include "recommend/ratings/RatingBlend.h"

#include <Eigen/Dense>
#include <algorithm>
#include <random>

namespace almanac {

Status RatingBlend::fit(const RatingData& data, const FactorizationOptions& factorization, const KnnBaselineOptions& knn,
                        const JobContext& job)
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
    ALMANAC_RETURN_IF_ERROR(factors.fit(train, factorization, job.subRange(0, 0.3)));
    const Status knnStatus = neighbours.fit(train, knn, job.subRange(0.3, 0.4));
    m_useKnn = knnStatus.isOk();
    if (!m_useKnn && knnStatus.code() != Status::Code::InvalidInput) return knnStatus;
    if (m_useKnn && !validation.ratings.empty()) {
        Eigen::MatrixXd x(Eigen::Index(validation.ratings.size()), 3);
        Eigen::VectorXd y(Eigen::Index(validation.ratings.size()));
        for (size_t k = 0; k < validation.ratings.size(); ++k) {
            const Rating& r = validation.ratings[k];
            x(Eigen::Index(k), 0) = 1;
            x(Eigen::Index(k), 1) = factors.predict(r.user, r.item);
            x(Eigen::Index(k), 2) = neighbours.predict(r.user, r.item);
            y(Eigen::Index(k)) = r.value;
        }
        const Eigen::Vector3d w = x.colPivHouseholderQr().solve(y);
        m_weights = {w(0), w(1), w(2)};
    } else {
        m_weights = {0.0, 1.0, 0.0};
    }
    ALMANAC_RETURN_IF_ERROR(m_factors.fit(data, factorization, job.subRange(0.4, 0.9)));
    if (m_useKnn) ALMANAC_RETURN_IF_ERROR(m_knn.fit(data, knn, job.subRange(0.9, 1.0)));
    return Status::ok();
}

double RatingBlend::predict(int64_t user, int64_t item) const
{
    double p = m_weights[0] + m_weights[1] * m_factors.predict(user, item);
    if (m_useKnn) p += m_weights[2] * m_knn.predict(user, item);
    return std::clamp(p, double(m_min), double(m_max));
}

} // namespace almanac
