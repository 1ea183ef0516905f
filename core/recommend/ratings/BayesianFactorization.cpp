#include "recommend/ratings/BayesianFactorization.h"

#include "jobs/ParallelFor.h"

#include <Eigen/Cholesky>
#include <Eigen/Dense>

#include <algorithm>
#include <cmath>
#include <random>

namespace almanac {

namespace {

using Matrix = Eigen::MatrixXd;
using Vector = Eigen::VectorXd;

// A small, seedable generator per (iteration, entity): the sampler's result does not depend on
// how entities are spread over threads.
class Normal {
public:
    explicit Normal(uint64_t seed) : m_state(seed) {}
    double next()
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        double u1 = 0;
        do u1 = uniform();
        while (u1 <= 1e-300);
        const double u2 = uniform();
        const double r = std::sqrt(-2.0 * std::log(u1));
        m_spare = r * std::sin(2 * M_PI * u2);
        m_hasSpare = true;
        return r * std::cos(2 * M_PI * u2);
    }

private:
    double uniform() { return double(splitmix() >> 11) * 0x1.0p-53; }
    uint64_t splitmix()
    {
        uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    uint64_t m_state;
    double m_spare = 0;
    bool m_hasSpare = false;
};

uint64_t mix(uint64_t a, uint64_t b) { return a * 0x9E3779B97F4A7C15ull ^ (b + 0x632BE59BD9B4E019ull + (a << 6) + (a >> 2)); }

// Draws x ~ N(mean, precision^-1) given the precision's Cholesky factor L (precision = L L^T).
Vector sampleGaussian(const Eigen::LLT<Matrix>& precision, const Vector& mean, Normal& normal)
{
    Vector z(mean.size());
    for (Eigen::Index d = 0; d < z.size(); ++d) z(d) = normal.next();
    return mean + precision.matrixU().solve(z); // L^-T z has covariance (L L^T)^-1
}

// Bartlett's decomposition: W^(1/2) A A^T W^(1/2)^T, A lower triangular with chi and normal entries.
Matrix sampleWishart(const Matrix& scale, double degrees, std::mt19937_64& rng)
{
    const Eigen::Index d = scale.rows();
    const Matrix l = Eigen::LLT<Matrix>(scale).matrixL();
    Matrix a = Matrix::Zero(d, d);
    std::normal_distribution<double> normal;
    for (Eigen::Index i = 0; i < d; ++i) {
        std::chi_squared_distribution<double> chi(degrees - double(i));
        a(i, i) = std::sqrt(chi(rng));
        for (Eigen::Index j = 0; j < i; ++j) a(i, j) = normal(rng);
    }
    const Matrix la = l * a;
    return la * la.transpose();
}

struct Hyper {
    Vector mean;
    Matrix precision;
};

// The Gaussian-Wishart posterior of the prior over the rows of x (entities x k), sampled.
Hyper sampleHyper(const Matrix& x, double beta0, std::mt19937_64& rng)
{
    const double n = double(x.rows());
    const Eigen::Index k = x.cols();
    const Vector mean = x.colwise().mean();
    const Matrix centred = x.rowwise() - mean.transpose();
    const Matrix scatter = centred.transpose() * centred; // n S
    // mu0 = 0, W0 = I, nu0 = k.
    const Matrix inverseScale = Matrix::Identity(k, k) + scatter + (beta0 * n / (beta0 + n)) * mean * mean.transpose();
    Matrix scale = inverseScale.inverse();
    scale = 0.5 * (scale + scale.transpose());
    Hyper h;
    h.precision = sampleWishart(scale, double(k) + n, rng);
    const Vector meanStar = (n * mean) / (beta0 + n);
    Eigen::LLT<Matrix> meanPrecision((beta0 + n) * h.precision);
    Normal normal(rng());
    h.mean = sampleGaussian(meanPrecision, meanStar, normal);
    return h;
}

// Compressed rows: for each entity, the other side's codes and the centred ratings.
struct Rows {
    std::vector<size_t> offsets;
    std::vector<uint32_t> other;
    std::vector<float> value;
};

Rows rowsOf(const RatingData& data, bool byUser, size_t count, double mean)
{
    Rows rows;
    rows.offsets.assign(count + 1, 0);
    for (const Rating& r : data.ratings) ++rows.offsets[(byUser ? r.user : r.item) + 1];
    for (size_t e = 0; e < count; ++e) rows.offsets[e + 1] += rows.offsets[e];
    rows.other.resize(data.ratings.size());
    rows.value.resize(data.ratings.size());
    std::vector<size_t> fill(rows.offsets.begin(), rows.offsets.end() - 1);
    for (const Rating& r : data.ratings) {
        const size_t at = fill[byUser ? r.user : r.item]++;
        rows.other[at] = byUser ? r.item : r.user;
        rows.value[at] = float(r.value - mean);
    }
    return rows;
}

// Cancellation only: progress is reported per sweep by the caller.
JobContext quiet(const JobContext& job)
{
    JobContext out;
    out.cancel = job.cancel;
    return out;
}

// Samples every row of x given the other side's vectors (Gibbs step for one side).
Status sampleSide(Matrix& x, const Matrix& other, const Rows& rows, const Hyper& hyper, double alpha, uint64_t seed,
                  int threads, const JobContext& job)
{
    const Eigen::Index k = x.cols();
    const Vector priorTerm = hyper.precision * hyper.mean;
    return parallelFor(size_t(x.rows()), threads, [&](size_t e) -> Status {
        Matrix precision = hyper.precision;
        Vector b = priorTerm;
        for (size_t at = rows.offsets[e]; at < rows.offsets[e + 1]; ++at) {
            const auto v = other.row(rows.other[at]);
            precision.selfadjointView<Eigen::Lower>().rankUpdate(v.transpose(), alpha);
            b += alpha * double(rows.value[at]) * v.transpose();
        }
        precision = precision.selfadjointView<Eigen::Lower>();
        Eigen::LLT<Matrix> llt(precision);
        Normal normal(mix(seed, e));
        x.row(Eigen::Index(e)) = sampleGaussian(llt, llt.solve(b), normal).transpose();
        return Status::ok();
    }, quiet(job), "sampling");
}

} // namespace

Status BayesianFactorization::fit(const RatingData& data, const BayesianFactorizationOptions& options, const JobContext& job)
{
    if (data.ratings.empty()) return Status::invalidInput("bpmf: no ratings");
    m_k = size_t(options.factors);
    m_users = data.userCount();
    m_items = data.itemCount();
    m_min = data.minRating;
    m_max = data.maxRating;
    double sum = 0;
    for (const Rating& r : data.ratings) sum += r.value;
    m_mean = sum / double(data.ratings.size());
    const Rows byUser = rowsOf(data, true, m_users, m_mean), byItem = rowsOf(data, false, m_items, m_mean);

    std::mt19937_64 rng(options.seed);
    std::normal_distribution<double> init(0.0, 0.1);
    const Eigen::Index k = Eigen::Index(m_k);
    Matrix users(Eigen::Index(m_users), k), items(Eigen::Index(m_items), k);
    for (Eigen::Index i = 0; i < users.size(); ++i) users.data()[i] = init(rng);
    for (Eigen::Index i = 0; i < items.size(); ++i) items.data()[i] = init(rng);

    // Memory for the kept samples is bounded (about 256 MB): on large data every few samples are kept.
    const size_t perSample = (m_users + m_items) * m_k;
    const size_t maxKept = std::max<size_t>(1, size_t(64) * 1024 * 1024 / std::max<size_t>(perSample, 1));
    const size_t thin = (size_t(options.samples) + maxKept - 1) / maxKept;
    m_userSamples.clear();
    m_itemSamples.clear();
    m_kept = 0;
    const int total = options.burnIn + options.samples;
    for (int iteration = 0; iteration < total; ++iteration) {
        if (job.isCancelled()) return Status::cancelled();
        const Hyper userHyper = sampleHyper(users, options.beta0, rng);
        ALMANAC_RETURN_IF_ERROR(sampleSide(users, items, byUser, userHyper, options.alpha, mix(options.seed, uint64_t(2 * iteration)),
                                           options.threads, job));
        const Hyper itemHyper = sampleHyper(items, options.beta0, rng);
        ALMANAC_RETURN_IF_ERROR(sampleSide(items, users, byItem, itemHyper, options.alpha,
                                           mix(options.seed, uint64_t(2 * iteration + 1)), options.threads, job));
        const int kept = iteration - options.burnIn;
        if (kept >= 0 && size_t(kept) % thin == 0) {
            for (Eigen::Index u = 0; u < users.rows(); ++u)
                for (Eigen::Index d = 0; d < k; ++d) m_userSamples.push_back(float(users(u, d)));
            for (Eigen::Index i = 0; i < items.rows(); ++i)
                for (Eigen::Index d = 0; d < k; ++d) m_itemSamples.push_back(float(items(i, d)));
            ++m_kept;
        }
        job.report(double(iteration + 1) / double(total), "sampling");
    }
    return Status::ok();
}

double BayesianFactorization::predict(int64_t user, int64_t item) const
{
    if (user < 0 || item < 0 || size_t(user) >= m_users || size_t(item) >= m_items || m_kept == 0) return m_mean;
    double sum = 0;
    for (size_t s = 0; s < m_kept; ++s) {
        const float* u = &m_userSamples[(s * m_users + size_t(user)) * m_k];
        const float* v = &m_itemSamples[(s * m_items + size_t(item)) * m_k];
        double dot = 0;
        for (size_t d = 0; d < m_k; ++d) dot += double(u[d]) * double(v[d]);
        sum += std::clamp(m_mean + dot, double(m_min), double(m_max));
    }
    return sum / double(m_kept);
}

} // namespace almanac

namespace almanac {

void BayesianFactorization::writeState(ByteWriter& out) const
{
    out.u64(m_k);
    out.u64(m_users);
    out.u64(m_items);
    out.u64(m_kept);
    out.f64(m_mean);
    out.f32(m_min);
    out.f32(m_max);
    out.floats(m_userSamples);
    out.floats(m_itemSamples);
}

Status BayesianFactorization::readState(ByteReader& in)
{
    m_k = size_t(in.u64());
    m_users = size_t(in.u64());
    m_items = size_t(in.u64());
    m_kept = size_t(in.u64());
    m_mean = in.f64();
    m_min = in.f32();
    m_max = in.f32();
    m_userSamples = in.floats();
    m_itemSamples = in.floats();
    ALMANAC_RETURN_IF_ERROR(in.status("bpmf"));
    // Sizes are bounded by the arrays actually read, so the products cannot overflow in practice;
    // division keeps the check exact anyway.
    const auto holds = [this](const std::vector<float>& samples, size_t entities) {
        return m_k > 0 && entities > 0 && m_kept > 0 ? samples.size() / m_k / entities == m_kept && samples.size() == m_kept * entities * m_k
                                                     : samples.empty();
    };
    if (!holds(m_userSamples, m_users) || !holds(m_itemSamples, m_items))
        return Status::invalidInput("bpmf: the stored model is damaged (its sample sizes disagree)");
    return Status::ok();
}

} // namespace almanac
