#include "recommend/AlsRecipe.h"

#include "jobs/ParallelFor.h"

#include <Eigen/Core>
#include <cstdlib>
#include <random>

namespace almanac {

namespace {

using RowMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using Vector = Eigen::VectorXf;

// One side of the alternation: the rows of `solve` (users, or items) from the fixed `other`
// factors, row r's cells given by a CSR (offsets, indices, counts).
Status sweep(const std::vector<size_t>& offsets, const std::vector<uint32_t>& indices, const std::vector<float>& counts,
             Eigen::Map<RowMatrix> solve, Eigen::Map<const RowMatrix> other, float alpha, float reg, int cgSteps,
             int threads, const JobContext& job)
{
    const Eigen::Index k = other.cols();
    // Y'Y + reg I, shared by every row's system.
    Eigen::MatrixXf gram = other.transpose() * other;
    gram.diagonal().array() += reg;
    const size_t rows = size_t(solve.rows());
    constexpr size_t kChunk = 256;
    return parallelFor(
        (rows + kChunk - 1) / kChunk, threads,
        [&](size_t chunk) -> Status {
            Vector x(k), r(k), p(k), ap(k);
            for (size_t row = chunk * kChunk; row < std::min(rows, (chunk + 1) * kChunk); ++row) {
                const size_t begin = offsets[row], end = offsets[row + 1];
                x = solve.row(Eigen::Index(row)).transpose();
                // A x = b with A = Y'Y + reg I + sum_i (c_i - 1) y_i y_i' and b = sum_i c_i y_i.
                auto multiply = [&](const Vector& v, Vector& out) {
                    out.noalias() = gram * v;
                    for (size_t n = begin; n < end; ++n) {
                        const auto y = other.row(indices[n]);
                        out.noalias() += (alpha * counts[n] * y.dot(v)) * y.transpose();
                    }
                };
                multiply(x, ap);
                r = -ap;
                for (size_t n = begin; n < end; ++n) r.noalias() += (1 + alpha * counts[n]) * other.row(indices[n]).transpose();
                p = r;
                float rsOld = r.squaredNorm();
                for (int step = 0; step < cgSteps && rsOld > 1e-20f; ++step) {
                    multiply(p, ap);
                    const float a = rsOld / p.dot(ap);
                    x += a * p;
                    r -= a * ap;
                    const float rsNew = r.squaredNorm();
                    p = r + (rsNew / rsOld) * p;
                    rsOld = rsNew;
                }
                solve.row(Eigen::Index(row)) = x.transpose();
            }
            return Status::ok();
        },
        job, "als");
}

} // namespace

std::vector<std::map<std::string, std::string>> AlsRecipe::searchSpace() const
{
    std::vector<std::map<std::string, std::string>> grid;
    for (const char* alpha : {"1", "10", "40"})
        for (const char* reg : {"0.1", "10"}) grid.push_back({{"alpha", alpha}, {"reg", reg}});
    return grid;
}

Status AlsRecipe::fit(const InteractionData& data, const RecommendSpec& spec, const JobContext& job)
{
    m_k = size_t(std::max(1.0, spec.number("factors", 64)));
    const int iterations = int(std::max(1.0, spec.number("iterations", 15)));
    const float alpha = float(spec.number("alpha", 10));
    const float reg = float(spec.number("reg", 0.1));
    const int cgSteps = int(std::max(1.0, spec.number("cg_steps", 3)));
    const size_t users = data.userCount(), items = data.itemCount();
    m_data = &data;

    // The item-side CSR: the transpose of the user rows.
    std::vector<size_t> userOffsets(users + 1), itemOffsets(items + 1, 0);
    std::vector<uint32_t> userIndices, itemIndices(data.interactionCount());
    std::vector<float> userCounts, itemCounts(data.interactionCount());
    userIndices.reserve(data.interactionCount());
    userCounts.reserve(data.interactionCount());
    m_popularity.assign(items, 0.0f);
    for (uint32_t u = 0; u < users; ++u) {
        const auto row = data.itemsOf(u);
        userOffsets[u] = userIndices.size();
        for (size_t n = 0; n < row.size; ++n) {
            userIndices.push_back(row.items[n]);
            userCounts.push_back(row.counts[n]);
            ++itemOffsets[row.items[n] + 1];
            m_popularity[row.items[n]] += 1.0f;
        }
    }
    userOffsets[users] = userIndices.size();
    for (size_t i = 0; i < items; ++i) itemOffsets[i + 1] += itemOffsets[i];
    {
        std::vector<size_t> cursor(itemOffsets.begin(), itemOffsets.end() - 1);
        for (uint32_t u = 0; u < users; ++u)
            for (size_t n = userOffsets[u]; n < userOffsets[u + 1]; ++n) {
                const size_t at = cursor[userIndices[n]]++;
                itemIndices[at] = u;
                itemCounts[at] = userCounts[n];
            }
    }

    std::mt19937_64 rng(spec.seed);
    std::normal_distribution<float> init(0.0f, 0.01f);
    m_users.assign(users * m_k, 0.0f);
    m_items.resize(items * m_k);
    for (float& v : m_items) v = init(rng);
    Eigen::Map<RowMatrix> userMatrix(m_users.data(), Eigen::Index(users), Eigen::Index(m_k));
    Eigen::Map<RowMatrix> itemMatrix(m_items.data(), Eigen::Index(items), Eigen::Index(m_k));
    for (int it = 0; it < iterations; ++it) {
        const JobContext half = job.subRange(double(it) / iterations, (it + 0.5) / iterations);
        ALMANAC_RETURN_IF_ERROR(sweep(userOffsets, userIndices, userCounts, userMatrix,
                                      Eigen::Map<const RowMatrix>(m_items.data(), Eigen::Index(items), Eigen::Index(m_k)),
                                      alpha, reg, cgSteps, spec.threads, half));
        ALMANAC_RETURN_IF_ERROR(sweep(itemOffsets, itemIndices, itemCounts, itemMatrix,
                                      Eigen::Map<const RowMatrix>(m_users.data(), Eigen::Index(users), Eigen::Index(m_k)),
                                      alpha, reg, cgSteps, spec.threads, job.subRange((it + 0.5) / iterations, (it + 1.0) / iterations)));
    }
    return Status::ok();
}

void AlsRecipe::scoreItems(int64_t user, std::vector<float>& scores) const
{
    const size_t items = m_popularity.size();
    if (user < 0 || !m_data || m_data->itemsOf(uint32_t(user)).size == 0) {
        scores = m_popularity;
        return;
    }
    scores.resize(items);
    Eigen::Map<const RowMatrix> itemMatrix(m_items.data(), Eigen::Index(items), Eigen::Index(m_k));
    Eigen::Map<const Vector> x(m_users.data() + size_t(user) * m_k, Eigen::Index(m_k));
    Eigen::Map<Vector>(scores.data(), Eigen::Index(items)).noalias() = itemMatrix * x;
}

void AlsRecipe::writeState(ByteWriter& out) const
{
    out.u64(m_k);
    out.floats(m_users);
    out.floats(m_items);
    out.floats(m_popularity);
}

Status AlsRecipe::readState(ByteReader& in, const InteractionData& data)
{
    m_k = size_t(in.u64());
    m_users = in.floats();
    m_items = in.floats();
    m_popularity = in.floats();
    ALMANAC_RETURN_IF_ERROR(in.status("als"));
    if (m_k == 0 || m_users.size() != data.userCount() * m_k || m_items.size() != data.itemCount() * m_k)
        return Status::invalidInput("als: the stored model is for other users or items");
    m_data = &data;
    return Status::ok();
}

} // namespace almanac
