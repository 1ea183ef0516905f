#include "recommend/ratings/KnnBaseline.h"

#include <algorithm>
#include <cmath>

namespace almanac {

double KnnBaseline::baseline(int64_t user, int64_t item) const
{
    double b = m_mean;
    if (user >= 0 && size_t(user) < m_userBias.size()) b += m_userBias[size_t(user)];
    if (item >= 0 && size_t(item) < m_itemBias.size()) b += m_itemBias[size_t(item)];
    return b;
}

Status KnnBaseline::fit(const RatingData& data, const KnnBaselineOptions& options, const JobContext& job)
{
    m_options = options;
    m_min = data.minRating;
    m_max = data.maxRating;
    const size_t users = data.userCount(), items = data.itemCount();
    // The item x item statistics take 32 bytes a pair.
    if (items > 8000) return Status::invalidInput("kNN baseline: " + std::to_string(items) + " items; it suits up to 8,000");
    m_items = items;
    double sum = 0;
    for (const Rating& r : data.ratings) sum += r.value;
    m_mean = sum / double(data.ratings.size());

    // Baselines by alternating least squares with ridge penalties.
    m_userBias.assign(users, 0.0);
    m_itemBias.assign(items, 0.0);
    // One half-step: the biases on one side given the other, each a ridge-regularised mean residual.
    auto solve = [&](std::vector<double>& biases, const std::vector<double>& other, bool byItem, double regularization) {
        std::vector<double> numerator(biases.size(), 0.0), count(biases.size(), 0.0);
        for (const Rating& r : data.ratings) {
            const uint32_t own = byItem ? r.item : r.user, fixed = byItem ? r.user : r.item;
            numerator[own] += r.value - m_mean - other[fixed];
            count[own] += 1;
        }
        for (size_t k = 0; k < biases.size(); ++k) biases[k] = numerator[k] / (regularization + count[k]);
    };
    for (int it = 0; it < options.baselineIterations; ++it) {
        solve(m_itemBias, m_userBias, true, options.itemRegularization);
        solve(m_userBias, m_itemBias, false, options.userRegularization);
    }

    m_ratedBy.assign(users, {});
    for (const Rating& r : data.ratings) m_ratedBy[r.user].emplace_back(r.item, r.value);
    // Pearson correlation of residuals over co-rating users, from each user's pairs.
    std::vector<double> sxy(items * items, 0.0), sxx(items * items, 0.0), syy(items * items, 0.0);
    std::vector<float> n(items * items, 0.0f);
    for (uint32_t u = 0; u < users; ++u) {
        const auto& rated = m_ratedBy[u];
        std::vector<double> residual(rated.size());
        for (size_t a = 0; a < rated.size(); ++a) residual[a] = rated[a].second - baseline(u, rated[a].first);
        for (size_t a = 0; a < rated.size(); ++a)
            for (size_t b = 0; b < rated.size(); ++b) {
                if (a == b) continue;
                const size_t cell = size_t(rated[a].first) * items + rated[b].first;
                sxy[cell] += residual[a] * residual[b];
                sxx[cell] += residual[a] * residual[a];
                syy[cell] += residual[b] * residual[b];
                n[cell] += 1;
            }
        if (u % 512 == 0 && job.isCancelled()) return Status::cancelled();
    }
    m_similarity.assign(items * items, 0.0f);
    for (size_t cell = 0; cell < m_similarity.size(); ++cell) {
        if (n[cell] < 2 || sxx[cell] <= 0 || syy[cell] <= 0) continue;
        const double pearson = sxy[cell] / std::sqrt(sxx[cell] * syy[cell]);
        m_similarity[cell] = float(pearson * (n[cell] - 1) / (n[cell] - 1 + options.shrinkage));
    }
    job.report(1.0, "kNN baseline");
    return Status::ok();
}

double KnnBaseline::predict(int64_t user, int64_t item) const
{
    double prediction = baseline(user, item);
    if (user >= 0 && size_t(user) < m_ratedBy.size() && item >= 0 && size_t(item) < m_items) {
        std::vector<std::pair<float, double>> neighbours; // similarity, residual
        for (const auto& [j, r] : m_ratedBy[size_t(user)]) {
            const float s = m_similarity[size_t(item) * m_items + j];
            if (s > 0) neighbours.emplace_back(s, r - baseline(user, j));
        }
        const size_t k = std::min(neighbours.size(), size_t(m_options.neighbours));
        std::partial_sort(neighbours.begin(), neighbours.begin() + long(k), neighbours.end(),
                          [](const auto& a, const auto& b) { return a.first > b.first; });
        double weighted = 0, total = 0;
        for (size_t t = 0; t < k; ++t) {
            weighted += neighbours[t].first * neighbours[t].second;
            total += neighbours[t].first;
        }
        if (total > 0) prediction += weighted / total;
    }
    return std::clamp(prediction, double(m_min), double(m_max));
}

} // namespace almanac

namespace almanac {

void KnnBaseline::writeState(ByteWriter& out) const
{
    out.u64(uint64_t(m_options.neighbours));
    out.f64(m_options.shrinkage);
    out.f64(m_mean);
    out.f32(m_min);
    out.f32(m_max);
    out.u64(m_items);
    out.doubles(m_userBias);
    out.doubles(m_itemBias);
    out.floats(m_similarity);
    out.sparseRows(m_ratedBy);
}

Status KnnBaseline::readState(ByteReader& in)
{
    m_options.neighbours = int(std::min<uint64_t>(in.u64(), 1u << 30));
    m_options.shrinkage = in.f64();
    m_mean = in.f64();
    m_min = in.f32();
    m_max = in.f32();
    m_items = size_t(in.u64());
    m_userBias = in.doubles();
    m_itemBias = in.doubles();
    m_similarity = in.floats();
    m_ratedBy = in.sparseRows();
    ALMANAC_RETURN_IF_ERROR(in.status("kNN baseline"));
    bool fits = m_items == m_itemBias.size() && m_items <= 8000 && m_similarity.size() == m_items * m_items
                && m_ratedBy.size() <= m_userBias.size();
    for (const auto& row : m_ratedBy)
        for (const auto& entry : row) fits = fits && entry.first < m_items;
    if (!fits) return Status::invalidInput("kNN baseline: the stored model is damaged (its sizes disagree)");
    return Status::ok();
}

} // namespace almanac
