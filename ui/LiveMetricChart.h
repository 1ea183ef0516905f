#pragma once
// The training metric as it evolves: one point per backtested candidate (mean wQL) or holdout
// trial (NDCG@10), and the best value so far.
#include <QChartView>

class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace almanac::ui {

class LiveMetricChart : public QChartView {
    Q_OBJECT
public:
    explicit LiveMetricChart(QWidget* parent = nullptr);

    void reset();
    // Higher is better for NDCG-like metrics, lower for losses; told by the metric's name.
    void addPoint(const QString& metric, int step, double value, const QString& label);
    int pointCount() const;
    // The value axis' range now (for tests: never below 0).
    QPair<double, double> valueRange() const;

private:
    QScatterSeries* m_points;
    QLineSeries* m_best;
    QValueAxis* m_x;
    QValueAxis* m_y;
    double m_lo = 0, m_hi = 0;
    double m_bestValue = 0;
    QStringList m_labels;
};

} // namespace almanac::ui
