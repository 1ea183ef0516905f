#include "recommend/EaseRecipe.h"

#include <Eigen/Cholesky>
#include <Eigen/Core>
#include <algorithm>
#include <cstdlib>

namespace almanac {

namespace {
constexpr size_t kMaxItems = 30000;
}

Status EaseRecipe::fit(const InteractionData& data, const RecommendSpec& spec, const JobContext& job)
{
    const size_t items = data.itemCount();
    if (items > kMaxItems)
        return Status::invalidInput("ease: " + std::to_string(items) + " items; EASE needs an item x item matrix and "
                                    "suits up to 30,000 items (use another recipe)");
    const double lambda = spec.number("lambda", 500);
    if (!(lambda > 0)) return Status::invalidInput("ease: lambda must be positive");

    // Gram matrix X'X of the binary user x item matrix, from each user's item pairs.
    Eigen::MatrixXd gram = Eigen::MatrixXd::Zero(Eigen::Index(items), Eigen::Index(items));
    m_popularity.assign(items, 0.0f);
    for (uint32_t u = 0; u < data.userCount(); ++u) {
        const auto row = data.itemsOf(u);
        for (size_t a = 0; a < row.size; ++a) {
            m_popularity[row.items[a]] += 1.0f;
            for (size_t b = 0; b < row.size; ++b) gram(row.items[a], row.items[b]) += 1.0;
        }
        if (u % 4096 == 0) {
            if (job.isCancelled()) return Status::cancelled();
            job.report(0.3 * u / double(data.userCount()), "ease: co-occurrences");
        }
    }
    gram.diagonal().array() += lambda;
    job.report(0.3, "ease: solving");
    const Eigen::MatrixXd p = gram.llt().solve(Eigen::MatrixXd::Identity(Eigen::Index(items), Eigen::Index(items)));
    if (job.isCancelled()) return Status::cancelled();
    m_items = items;
    m_weights.assign(items * items, 0.0f);
    for (Eigen::Index j = 0; j < Eigen::Index(items); ++j) {
        const double pjj = p(j, j);
        for (Eigen::Index i = 0; i < Eigen::Index(items); ++i)
            if (i != j) m_weights[size_t(i) * items + size_t(j)] = float(-p(i, j) / pjj);
    }
    m_data = &data;
    job.report(1.0, "ease: done");
    return Status::ok();
}

std::vector<std::map<std::string, std::string>> EaseRecipe::searchSpace() const
{
    // The regularisation that suits a data set grows with its density; a log grid covers it.
    std::vector<std::map<std::string, std::string>> grid;
    for (const char* lambda : {"50", "100", "200", "500", "1000", "2000", "5000"}) grid.push_back({{"lambda", lambda}});
    return grid;
}

void EaseRecipe::scoreItems(int64_t user, std::vector<float>& scores) const
{
    scoreHistory(user, {}, scores);
}

void EaseRecipe::scoreHistory(int64_t user, const std::vector<uint32_t>& recent, std::vector<float>& scores) const
{
    const std::vector<uint32_t> items = distinctHistory(m_data, user, recent);
    if (items.empty()) {
        scores = m_popularity; // cold users: the most popular items
        return;
    }
    scores.assign(m_items, 0.0f);
    Eigen::Map<Eigen::VectorXf> out(scores.data(), Eigen::Index(m_items));
    // The user's row of X times B: the sum of B's rows for the user's items.
    for (uint32_t i : items)
        out += Eigen::Map<const Eigen::VectorXf>(m_weights.data() + size_t(i) * m_items, Eigen::Index(m_items));
}

void EaseRecipe::writeState(ByteWriter& out) const
{
    out.u64(m_items);
    out.floats(m_weights);
    out.floats(m_popularity);
}

Status EaseRecipe::readState(ByteReader& in, const InteractionData& data)
{
    m_items = size_t(in.u64());
    m_weights = in.floats();
    m_popularity = in.floats();
    ALMANAC_RETURN_IF_ERROR(in.status("ease"));
    if (m_items != data.itemCount() || m_weights.size() != m_items * m_items)
        return Status::invalidInput("ease: the stored model is for another catalogue");
    m_data = &data;
    return Status::ok();
}

} // namespace almanac
