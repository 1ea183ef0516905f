#include "forecast/arima/ArmaStateSpace.h"

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>

namespace almanac::arima {

namespace {

// psi_0..psi_count-1 of the MA(infinity) form: psi_j = theta_j + sum_i ar_i psi_(j-i).
std::vector<double> psiWeights(const std::vector<double>& ar, const std::vector<double>& ma, size_t count)
{
    std::vector<double> psi(count, 0.0);
    for (size_t j = 0; j < count; ++j) {
        double v = j == 0 ? 1.0 : j - 1 < ma.size() ? ma[j - 1] : 0.0;
        for (size_t i = 1; i <= ar.size() && i <= j; ++i) v += ar[i - 1] * psi[j - i];
        psi[j] = v;
    }
    return psi;
}

} // namespace

double ArmaLikelihood::minusTwoLogLikelihood() const
{
    const double n = double(count);
    return n * (std::log(2 * M_PI * std::max(sigma2(), 1e-300)) + 1) + sumLogVariance;
}

std::optional<std::vector<double>> armaAutocovariances(const std::vector<double>& ar, const std::vector<double>& ma,
                                                       size_t lags)
{
    const size_t p = ar.size(), q = ma.size();
    const std::vector<double> psi = psiWeights(ar, ma, q + 1);
    auto theta = [&](size_t j) { return j == 0 ? 1.0 : j <= q ? ma[j - 1] : 0.0; };
    // sum_j>=k theta_j psi_(j-k): the covariance of the MA part with the past innovations.
    auto maTerm = [&](size_t k) {
        double v = 0;
        for (size_t j = k; j <= q; ++j) v += theta(j) * psi[j - k];
        return v;
    };
    std::vector<double> gamma(std::max(lags, p) + 1, 0.0);
    if (p > 0) {
        // gamma(k) - sum_i ar_i gamma(|k - i|) = maTerm(k), k = 0..p: p + 1 equations.
        Eigen::MatrixXd a = Eigen::MatrixXd::Zero(Eigen::Index(p + 1), Eigen::Index(p + 1));
        Eigen::VectorXd b(Eigen::Index(p + 1));
        for (size_t k = 0; k <= p; ++k) {
            a(Eigen::Index(k), Eigen::Index(k)) += 1;
            for (size_t i = 1; i <= p; ++i) {
                const size_t lag = k >= i ? k - i : i - k;
                a(Eigen::Index(k), Eigen::Index(lag)) -= ar[i - 1];
            }
            b(Eigen::Index(k)) = maTerm(k);
        }
        const Eigen::PartialPivLU<Eigen::MatrixXd> lu(a);
        if (!(std::fabs(lu.determinant()) > 1e-12)) return std::nullopt;
        const Eigen::VectorXd solution = lu.solve(b);
        for (size_t k = 0; k <= p; ++k) gamma[k] = solution(Eigen::Index(k));
    }
    for (size_t k = p > 0 ? p + 1 : 0; k < gamma.size(); ++k) {
        double v = maTerm(k);
        for (size_t i = 1; i <= p; ++i) v += ar[i - 1] * gamma[k - i];
        gamma[k] = v;
    }
    if (!(gamma[0] > 0) || !std::isfinite(gamma[0])) return std::nullopt;
    gamma.resize(lags + 1);
    return gamma;
}

std::optional<ArmaLikelihood> armaLikelihood(const std::vector<double>& w, const std::vector<double>& ar,
                                             const std::vector<double>& ma)
{
    const size_t r = std::max(ar.size(), ma.size() + 1);
    std::vector<double> phi(r, 0.0), loading(r, 0.0);
    std::copy(ar.begin(), ar.end(), phi.begin());
    loading[0] = 1;
    std::copy(ma.begin(), ma.end(), loading.begin() + 1);
    const auto gamma = armaAutocovariances(ar, ma, r);
    if (!gamma) return std::nullopt;
    const std::vector<double> psi = psiWeights(ar, ma, r);

    // First column of the stationary state covariance: state i >= 1 is
    // sum_(k>=i) phi_(k+1) w_(t-1-k+i) + theta_k e_(t-k+i), so its covariance with w_t follows from
    // gamma and from cov(w_t, e_(t-j)) = psi_j.
    std::vector<double> column(r, 0.0);
    column[0] = (*gamma)[0];
    for (size_t i = 1; i < r; ++i)
        for (size_t k = i; k < r; ++k) column[i] += phi[k] * (*gamma)[k + 1 - i] + loading[k] * psi[k - i];
    auto transition = [&](const std::vector<double>& x, std::vector<double>& out) {
        for (size_t i = 0; i < r; ++i) out[i] = phi[i] * x[0] + (i + 1 < r ? x[i + 1] : 0.0);
    };

    // Chandrasekhar recursions. G = T P Z' (the unnormalised gain), F = Z P Z', and
    // P_(t+1) - P_t = m W W' with, from the stationary start, W = G and m = -1 / F; then
    // W <- T W - (W_0 / F) G, m <- m F / F_new, G <- G + m W_0 T W, F <- F + m W_0^2.
    double F = column[0], m = -1.0 / F;
    std::vector<double> G(r), W(r), TW(r), a(r, 0.0), next(r);
    transition(column, G);
    W = G;
    bool steady = false;
    ArmaLikelihood out;
    for (double observation : w) {
        if (!(F > 1e-12) || !std::isfinite(F)) return std::nullopt;
        const double v = observation - a[0];
        out.weightedSquares += v * v / F;
        out.sumLogVariance += std::log(F);
        ++out.count;
        // a <- T a + G v / F
        transition(a, next);
        for (size_t i = 0; i < r; ++i) a[i] = next[i] + G[i] * v / F;
        if (steady) continue;
        const double w0 = W[0];
        transition(W, TW);
        const double newF = F + m * w0 * w0;
        double largest = 0;
        for (size_t i = 0; i < r; ++i) {
            const double g = G[i];
            G[i] = g + m * w0 * TW[i];
            W[i] = TW[i] - w0 / F * g;
            largest = std::max(largest, std::fabs(W[i]));
        }
        m = m * F / newF;
        F = newF;
        // Once the covariance stops changing the gain is constant: the recursion has converged.
        steady = std::fabs(m) * largest * largest < 1e-14;
    }
    out.predictedState = std::move(a);
    return out;
}

std::vector<double> forecastFromState(const std::vector<double>& predictedState, const std::vector<double>& ar, int horizon)
{
    std::vector<double> a = predictedState, next(a.size());
    std::vector<double> phi(a.size(), 0.0);
    std::copy(ar.begin(), ar.begin() + long(std::min(ar.size(), phi.size())), phi.begin());
    std::vector<double> out;
    for (int h = 0; h < horizon; ++h) {
        out.push_back(a.empty() ? 0.0 : a[0]);
        for (size_t i = 0; i < a.size(); ++i) next[i] = phi[i] * a[0] + (i + 1 < a.size() ? a[i + 1] : 0.0);
        a.swap(next);
    }
    return out;
}

} // namespace almanac::arima
