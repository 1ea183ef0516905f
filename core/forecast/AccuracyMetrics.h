#pragma once
// Forecast accuracy as the cloud service reports it. Every metric is a ratio of sums (or a mean
// of per-point terms), so accumulators merge across windows and items without loss.
//   wQL[t]  = 2 * sum(t*max(y-q,0) + (1-t)*max(q-y,0)) / sum|y|
//   WAPE    = sum|y - p| / sum|y|            RMSE  = sqrt(mean (y - p)^2)
//   MAPE    = mean |y - p| / |y| over y != 0 sMAPE = mean 2|y - p| / (|y| + |p|)
//   MASE    = mean over items of (mean |y - p|) / (mean in-sample |y_t - y_{t-m}|)
//   coverage = share of actuals inside [lowest quantile, highest quantile]
// p is the median forecast when 0.5 is among the quantiles (as the M4 scorer uses), else the mean.
#include <cstddef>
#include <vector>

namespace almanac {

struct AccuracyMetrics {
    std::vector<double> quantiles;
    std::vector<double> wql; // per quantile
    double meanWql = 0, wape = 0, rmse = 0, mape = 0, smape = 0, mase = 0, coverage = 0;
    size_t points = 0;
};

class AccuracyAccumulator {
public:
    explicit AccuracyAccumulator(std::vector<double> quantiles = {});

    // One period: the actual, the forecast quantiles (same order as the constructor's) and mean.
    // scale is the item's in-sample seasonal-naive MAE (<= 0 or NaN: no MASE contribution).
    void add(double actual, const std::vector<double>& quantileForecasts, double mean, double scale);
    // Closes an item's MASE term (call once per item after its points are added).
    void endItem();
    void merge(const AccuracyAccumulator& other);
    AccuracyMetrics finish() const;
    size_t points() const { return m_points; }

private:
    double pointForecast(const std::vector<double>& q, double mean) const;

    std::vector<double> m_quantiles;
    int m_medianIndex = -1;
    std::vector<double> m_quantileLoss;
    double m_absActual = 0, m_absError = 0, m_squaredError = 0, m_ape = 0, m_sape = 0;
    size_t m_apeCount = 0, m_points = 0, m_inside = 0;
    // MASE is a mean of per-item ratios: each item's scaled error sum and count are kept apart.
    double m_scaledError = 0;
    size_t m_scaledCount = 0;
    double m_maseSum = 0;
    size_t m_maseItems = 0;
};

// The in-sample mean absolute seasonal difference at lag m (lag 1 when the history is shorter);
// NaN when it cannot be computed.
double seasonalNaiveScale(const std::vector<double>& history, int m);

} // namespace almanac
