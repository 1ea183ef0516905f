#include "recommend/EaseRecipe.h"

#include "util/DenseLinearAlgebra.h"

#include <Eigen/Core>
#include <algorithm>
#include <cstdlib>

namespace almanac {

namespace {
// The dense matrix of the side solved on: 30,000 items in single precision or 20,000 users in
// double is 3.6 or 3.2 GB, and an hour's worth of factorisation on two cores beyond them.
constexpr size_t kMaxItems = 30000;
constexpr size_t kMaxUsers = 20000;
} // namespace

Status EaseRecipe::fit(const InteractionData& data, const RecommendSpec& spec, const JobContext& job)
{
    const size_t items = data.itemCount();
    const size_t users = data.userCount();
    const double lambda = spec.number("lambda", 500);
    if (!(lambda > 0)) return Status::invalidInput("ease: lambda must be positive");
    const bool usersSide = m_side == Side::Users || (m_side == Side::Automatic && users < items && users <= kMaxUsers);
    if (usersSide ? users > kMaxUsers : items > kMaxItems)
        return Status::invalidInput("ease: " + std::to_string(items) + " items and " + std::to_string(users)
                                    + " users; EASE needs a dense item x item or user x user matrix and suits up to "
                                      "30,000 items or 20,000 users (use sims or als)");
    m_items = items;
    m_popularity.assign(items, 0.0f);
    for (uint32_t u = 0; u < users; ++u) {
        const auto row = data.itemsOf(u);
        for (size_t a = 0; a < row.size; ++a) m_popularity[row.items[a]] += 1.0f;
    }
    if (usersSide) {
        m_weights.clear();
        const Status solved = m_usersSide.fit(data, lambda, spec.threads, job);
        if (!solved.isOk()) return solved.code() == Status::Code::Cancelled ? solved : Status::internal("ease: " + solved.message());
        m_data = &data;
        job.report(1.0, "ease: done");
        return Status::ok();
    }

    // Gram matrix X'X of the binary user x item matrix, from each user's item pairs, built in
    // the weights' own storage (counts are exact in single precision) and inverted in place: one
    // item x item matrix in memory, not three.
    m_weights.assign(items * items, 0.0f);
    for (uint32_t u = 0; u < users; ++u) {
        const auto row = data.itemsOf(u);
        for (size_t a = 0; a < row.size; ++a) {
            float* gramRow = m_weights.data() + size_t(row.items[a]) * items;
            for (size_t b = 0; b < row.size; ++b) gramRow[row.items[b]] += 1.0f;
        }
        if (u % 4096 == 0) {
            if (job.isCancelled()) return Status::cancelled();
            job.report(0.3 * u / double(users), "ease: co-occurrences");
        }
    }
    for (size_t i = 0; i < items; ++i) m_weights[i * items + i] += float(lambda);
    job.report(0.3, "ease: solving");
    // Single precision: on MovieLens 100K the lists and their NDCG@10 are those of the double
    // precision solve (docs/benchmarks.md), at half the memory and time.
    const Status inverted = invertPositiveDefinite(m_weights.data(), items, spec.threads);
    if (!inverted.isOk()) {
        m_weights.clear();
        return Status::internal("ease: " + inverted.message());
    }
    if (job.isCancelled()) return Status::cancelled();
    // B = I - P diag(1 / diag P): column j of P scaled by -1 / P(j, j), a zero diagonal.
    std::vector<float> inverseDiagonal(items);
    for (size_t j = 0; j < items; ++j) inverseDiagonal[j] = -1.0f / m_weights[j * items + j];
    for (size_t i = 0; i < items; ++i) {
        float* row = m_weights.data() + i * items;
        for (size_t j = 0; j < items; ++j) row[j] *= inverseDiagonal[j];
        row[i] = 0.0f;
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
    if (solvedOnUsersSide()) {
        std::vector<uint32_t> extra;
        std::vector<uint8_t> fitted;
        if (user >= 0) {
            fitted.assign(m_items, 0);
            const auto row = m_data->itemsOf(uint32_t(user));
            for (size_t a = 0; a < row.size; ++a) fitted[row.items[a]] = 1;
        }
        for (uint32_t i : items)
            if (fitted.empty() || !fitted[i]) extra.push_back(i);
        m_usersSide.score(*m_data, user, extra, scores);
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
    // The users' side follows an empty item x item matrix: models stored before it read as ever.
    if (solvedOnUsersSide()) m_usersSide.write(out);
}

Status EaseRecipe::readState(ByteReader& in, const InteractionData& data)
{
    m_items = size_t(in.u64());
    m_weights = in.floats();
    m_popularity = in.floats();
    ALMANAC_RETURN_IF_ERROR(in.status("ease"));
    if (m_items != data.itemCount() || m_popularity.size() != m_items
        || (m_weights.size() != m_items * m_items && !solvedOnUsersSide()))
        return Status::invalidInput("ease: the stored model is for another catalogue");
    if (solvedOnUsersSide()) ALMANAC_RETURN_IF_ERROR(m_usersSide.read(in, data));
    m_data = &data;
    return Status::ok();
}

} // namespace almanac
