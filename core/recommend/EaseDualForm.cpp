#include "recommend/EaseDualForm.h"

#include "util/DenseLinearAlgebra.h"

#include <Eigen/Core>
#include <algorithm>

namespace almanac {

void EaseDualForm::indexUsersOfItems(const InteractionData& data)
{
    m_items = data.itemCount();
    m_users = data.userCount();
    m_itemOffsets.assign(m_items + 1, 0);
    for (uint32_t u = 0; u < m_users; ++u) {
        const auto row = data.itemsOf(u);
        for (size_t a = 0; a < row.size; ++a) ++m_itemOffsets[row.items[a] + 1];
    }
    for (size_t i = 0; i < m_items; ++i) m_itemOffsets[i + 1] += m_itemOffsets[i];
    m_usersOfItem.resize(m_itemOffsets[m_items]);
    std::vector<size_t> next(m_itemOffsets.begin(), m_itemOffsets.end() - 1);
    for (uint32_t u = 0; u < m_users; ++u) {
        const auto row = data.itemsOf(u);
        for (size_t a = 0; a < row.size; ++a) m_usersOfItem[next[row.items[a]]++] = u;
    }
}

Status EaseDualForm::fit(const InteractionData& data, double lambda, int threads, const JobContext& job)
{
    indexUsersOfItems(data);
    m_lambda = lambda;
    const size_t users = m_users;
    // X X' + lambda I from each item's user pairs: co-interaction counts, exact in double.
    m_inverse.assign(users * users, 0.0);
    for (size_t j = 0; j < m_items; ++j) {
        const uint32_t* begin = m_usersOfItem.data() + m_itemOffsets[j];
        const uint32_t* end = m_usersOfItem.data() + m_itemOffsets[j + 1];
        for (const uint32_t* a = begin; a != end; ++a) {
            double* row = m_inverse.data() + size_t(*a) * users;
            for (const uint32_t* b = begin; b != end; ++b) row[*b] += 1.0;
        }
        if (j % 1024 == 0) {
            if (job.isCancelled()) return Status::cancelled();
            job.report(0.3 * double(j) / double(m_items), "ease: co-occurrences");
        }
    }
    for (size_t u = 0; u < users; ++u) m_inverse[u * users + u] += lambda;
    job.report(0.3, "ease: solving");
    const Status inverted = invertPositiveDefinite(m_inverse.data(), users, threads);
    if (!inverted.isOk()) return inverted;
    if (job.isCancelled()) return Status::cancelled();
    // q_j, the quadratic form of the inverse over item j's users.
    m_leverage.assign(m_items, 0.0);
    for (size_t j = 0; j < m_items; ++j) {
        const uint32_t* begin = m_usersOfItem.data() + m_itemOffsets[j];
        const uint32_t* end = m_usersOfItem.data() + m_itemOffsets[j + 1];
        double q = 0;
        for (const uint32_t* a = begin; a != end; ++a) {
            const double* row = m_inverse.data() + size_t(*a) * users;
            for (const uint32_t* b = begin; b != end; ++b) q += row[*b];
        }
        m_leverage[j] = q;
    }
    return Status::ok();
}

void EaseDualForm::score(const InteractionData& data, int64_t user, const std::vector<uint32_t>& extra, std::vector<float>& scores) const
{
    const size_t users = m_users;
    // b = (X X' + lambda I)^-1 X h. A fitted row's part needs no product: X h is then row
    // `user` of X X', and (X X' + lambda I)^-1 X X' = I - lambda (X X' + lambda I)^-1.
    Eigen::VectorXd b = Eigen::VectorXd::Zero(Eigen::Index(users));
    const Eigen::Map<const Eigen::MatrixXd> inverse(m_inverse.data(), Eigen::Index(users), Eigen::Index(users));
    std::vector<uint8_t> inHistory(m_items, 0);
    if (user >= 0) {
        b = -m_lambda * inverse.col(Eigen::Index(user));
        b[Eigen::Index(user)] += 1.0;
        const auto row = data.itemsOf(uint32_t(user));
        for (size_t a = 0; a < row.size; ++a) inHistory[row.items[a]] = 1;
    }
    for (uint32_t i : extra) {
        inHistory[i] = 1;
        for (size_t k = m_itemOffsets[i]; k < m_itemOffsets[i + 1]; ++k) b += inverse.col(Eigen::Index(m_usersOfItem[k]));
    }
    // t = X' b, then score_j = h_j - (h_j - t_j) / (1 - q_j): h B with B's zero diagonal.
    std::vector<double> t(m_items, 0.0);
    for (uint32_t u = 0; u < users; ++u) {
        const double weight = b[Eigen::Index(u)];
        if (weight == 0.0) continue;
        const auto row = data.itemsOf(u);
        for (size_t a = 0; a < row.size; ++a) t[row.items[a]] += weight;
    }
    scores.resize(m_items);
    for (size_t j = 0; j < m_items; ++j) {
        const double h = inHistory[j];
        scores[j] = float(h - (h - t[j]) / (1.0 - m_leverage[j]));
    }
}

void EaseDualForm::write(ByteWriter& out) const
{
    out.u64(m_users);
    out.f64(m_lambda);
    out.doubles(m_inverse);
    out.doubles(m_leverage);
}

Status EaseDualForm::read(ByteReader& in, const InteractionData& data)
{
    const size_t users = size_t(in.u64());
    m_lambda = in.f64();
    m_inverse = in.doubles();
    m_leverage = in.doubles();
    ALMANAC_RETURN_IF_ERROR(in.status("ease"));
    if (users != data.userCount() || m_inverse.size() != users * users || m_leverage.size() != data.itemCount())
        return Status::invalidInput("ease: the stored model is for another log");
    indexUsersOfItems(data);
    return Status::ok();
}

} // namespace almanac
