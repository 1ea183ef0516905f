#pragma once
// Compare runs (issue 12): every forecast of the shown forecast's dataset in one sortable table
// (recipe, horizon, when, backtest metrics; the best value of each metric in bold; the shown and
// the compared run marked), and above it the two runs' metrics side by side with their
// difference. Double-clicking a run asks the explorer to compare with it.
#include <QWidget>

#include <vector>

class QLabel;
class QStandardItemModel;
class QTableView;

namespace almanac::ui {

class ProjectSession;

// One stored forecast's backtest figures, NaN where it had no evaluation.
struct ForecastRunSummary {
    QString name;
    QString recipe;
    int horizon = 0;
    QString createdAt;
    double nominalCoverage = 0; // what the outer quantiles promised
    double meanWql = 0, wape = 0, mase = 0, coverage = 0;
};

class ForecastRunsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ForecastRunsPanel(ProjectSession* session, QWidget* parent = nullptr);
    // The runs of `shown`'s dataset, read off the GUI thread; `compared` may be empty.
    void showRuns(const QString& shown, const QString& compared);
    QStandardItemModel* runsModel() const { return m_runs; }
    // The shown and compared runs' metrics side by side (empty until both are known).
    const std::vector<std::pair<ForecastRunSummary, ForecastRunSummary>>& pair() const { return m_pair; }
    QString pairText() const;

signals:
    void runsShown();
    void compareRequested(const QString& forecastName);

private:
    void fill(const std::vector<ForecastRunSummary>& runs);

    ProjectSession* m_session;
    QStandardItemModel* m_runs;
    std::vector<std::pair<ForecastRunSummary, ForecastRunSummary>> m_pair;
    QTableView* m_runsView;
    QLabel* m_hint;
    QString m_shown, m_compared;
    int m_request = 0;
};

} // namespace almanac::ui
