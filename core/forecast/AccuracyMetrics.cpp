#include "forecast/AccuracyMetrics.h"

#include <cmath>
#include <limits>

namespace almanac {

AccuracyAccumulator::AccuracyAccumulator(std::vector<double> quantiles)
    : m_quantiles(std::move(quantiles)), m_quantileLoss(m_quantiles.size(), 0.0)
{
    for (size_t k = 0; k < m_quantiles.size(); ++k)
        if (std::fabs(m_quantiles[k] - 0.5) < 1e-12) m_medianIndex = int(k);
}

double AccuracyAccumulator::pointForecast(const std::vector<double>& q, double mean) const
{
    return m_medianIndex >= 0 ? q[size_t(m_medianIndex)] : mean;
}

void AccuracyAccumulator::add(double actual, const std::vector<double>& q, double mean, double scale)
{
    if (std::isnan(actual)) return;
    const double p = pointForecast(q, mean);
    if (std::isnan(p)) return;
    for (size_t k = 0; k < m_quantiles.size(); ++k) {
        const double t = m_quantiles[k];
        const double diff = actual - q[k];
        m_quantileLoss[k] += diff >= 0 ? t * diff : (t - 1.0) * diff;
    }
    const double error = std::fabs(actual - p);
    m_absActual += std::fabs(actual);
    m_absError += error;
    m_squaredError += error * error;
    if (actual != 0) {
        m_ape += error / std::fabs(actual);
        ++m_apeCount;
    }
    const double denominator = std::fabs(actual) + std::fabs(p);
    m_sape += denominator > 0 ? 2.0 * error / denominator : 0.0;
    if (!q.empty() && actual >= q.front() && actual <= q.back()) ++m_inside;
    if (scale > 0 && std::isfinite(scale)) {
        m_scaledError += error / scale;
        ++m_scaledCount;
    }
    ++m_points;
}

void AccuracyAccumulator::endItem()
{
    if (m_scaledCount > 0) {
        m_maseSum += m_scaledError / double(m_scaledCount);
        ++m_maseItems;
    }
    m_scaledError = 0;
    m_scaledCount = 0;
}

void AccuracyAccumulator::merge(const AccuracyAccumulator& o)
{
    if (m_quantiles.empty()) {
        m_quantiles = o.m_quantiles;
        m_medianIndex = o.m_medianIndex;
        m_quantileLoss.assign(m_quantiles.size(), 0.0);
    }
    for (size_t k = 0; k < m_quantileLoss.size() && k < o.m_quantileLoss.size(); ++k) m_quantileLoss[k] += o.m_quantileLoss[k];
    m_absActual += o.m_absActual;
    m_absError += o.m_absError;
    m_squaredError += o.m_squaredError;
    m_ape += o.m_ape;
    m_apeCount += o.m_apeCount;
    m_sape += o.m_sape;
    m_points += o.m_points;
    m_inside += o.m_inside;
    m_maseSum += o.m_maseSum;
    m_maseItems += o.m_maseItems;
}

AccuracyMetrics AccuracyAccumulator::finish() const
{
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    AccuracyMetrics m;
    m.quantiles = m_quantiles;
    m.points = m_points;
    const double n = double(m_points);
    for (double loss : m_quantileLoss) m.wql.push_back(m_absActual > 0 ? 2.0 * loss / m_absActual : nan);
    m.meanWql = 0;
    for (double w : m.wql) m.meanWql += w / double(m.wql.size());
    if (m.wql.empty()) m.meanWql = nan;
    m.wape = m_absActual > 0 ? m_absError / m_absActual : nan;
    m.rmse = n > 0 ? std::sqrt(m_squaredError / n) : nan;
    m.mape = m_apeCount ? m_ape / double(m_apeCount) : nan;
    m.smape = n > 0 ? m_sape / n : nan;
    m.mase = m_maseItems ? m_maseSum / double(m_maseItems) : nan;
    m.coverage = n > 0 ? double(m_inside) / n : nan;
    return m;
}

double seasonalNaiveScale(const std::vector<double>& history, int m)
{
    if (m < 1 || int(history.size()) <= m) m = 1;
    double sum = 0;
    size_t count = 0;
    for (size_t t = size_t(m); t < history.size(); ++t) {
        if (std::isnan(history[t]) || std::isnan(history[t - size_t(m)])) continue;
        sum += std::fabs(history[t] - history[t - size_t(m)]);
        ++count;
    }
    return count ? sum / double(count) : std::numeric_limits<double>::quiet_NaN();
}

} // namespace almanac
