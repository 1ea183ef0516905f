#pragma once
// A predictor's monitoring, as the cloud console's monitoring tab: one accuracy metric over the
// forecasts' origins, measured on the actuals that arrived after each, beside the backtest's
// value (the baseline, dashed) and the times it was retrained (vertical lines); the evaluations
// in a table; a line saying whether it drifted. It reads what the session holds: no work here.
#include "project/PredictorMonitoring.h"

#include <QDialog>

class QChartView;
class QComboBox;
class QLabel;
class QTableWidget;

namespace almanac::ui {

class ProjectSession;

class MonitoringView : public QDialog {
    Q_OBJECT
public:
    MonitoringView(const ProjectSession& session, const QString& predictor, double driftFactor, QWidget* parent = nullptr);

    // The metrics the chart can draw, as stored ("mean_wQL", "WAPE", ...).
    static QStringList chartedMetrics();
    void setMetric(const QString& metric);
    QString currentMetric() const;
    // What the chart shows now: points of the metric, the baseline, retraining marks.
    int plottedPoints() const;
    bool showsBaseline() const;
    int retrainingMarks() const;
    QTableWidget* table() const { return m_table; }
    QString driftText() const;

signals:
    void retrainRequested(const QString& predictor);
    void forecastAgainRequested(const QString& predictor);

private:
    void redraw();

    QString m_predictor;
    MonitoringHistory m_history;
    double m_driftFactor;
    QComboBox* m_metric = nullptr;
    QChartView* m_chart = nullptr;
    QLabel* m_drift = nullptr;
    QTableWidget* m_table = nullptr;
    int m_points = 0, m_marks = 0;
    bool m_baseline = false;
};

} // namespace almanac::ui
