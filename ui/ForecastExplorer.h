#pragma once
// The forecast explorer: a searchable, sortable item list; the chart of history, p50 and band
// with a backtest overlay and an optional second forecast to compare; the metrics by item, by
// velocity bucket and the recipe leaderboard; export of forecast, metrics and chart.
#include "ui/ForecastChart.h"
#include "ui/ForecastData.h"

#include <QWidget>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace almanac::ui {

class ForecastChart;
class ForecastItemModel;
class ForecastRunsPanel;
class ForecastItemProxy;
class ProjectSession;

class ForecastExplorer : public QWidget {
    Q_OBJECT
public:
    explicit ForecastExplorer(ProjectSession* session, QWidget* parent = nullptr);

    // Loads a stored forecast (on a worker thread); loaded() follows.
    void showForecast(const QString& name);
    void selectItem(const QString& itemId);
    QString currentForecast() const;
    QString currentItem() const;

    ForecastChart* chart() const { return m_chart; }
    ForecastRunsPanel* runsPanel() const { return m_runs; }
    QTableView* itemView() const { return m_items; }
    ForecastItemModel* itemModel() const { return m_model; }
    ForecastItemProxy* proxyModel() const { return m_proxy; }
    QLineEdit* searchField() const { return m_search; }

    // Writes the current forecast (or its metrics by item) to CSV or XLSX off the GUI thread;
    // exported() follows. false when there is nothing to export or an export is running.
    bool exportForecastTo(const QString& path);
    bool exportMetricsTo(const QString& path);

public slots:
    void refreshForecastList();
    void exportForecast();
    void exportMetrics();
    void exportChart();

    // The forecasts the Compare list offers for the one shown.
    QStringList comparableForecasts() const;
    // What the line under the chart says now (the hover read-out, or how to get one).
    QString readoutText() const;

signals:
    void loaded(const QString& forecastName);
    void backtestShown();
    void exported(bool ok, const QString& path, const QString& error);
    void statusMessage(const QString& text);

private:
    static QString readoutHint();
    void refreshCompareList(const QString& keep);
    void load(const QString& name, bool comparison);
    void showSeries(int series);
    void updateComparison();
    void requestBacktest();
    void fillSummaryTables();
    // The Runs tab: every forecast of the shown one's dataset, and the two compared.
    void refreshRuns();
    ForecastBand bandOf(const ForecastData& data, int series) const;
    bool runExport(const QString& path, std::function<Status()> write);

    ProjectSession* m_session;
    QComboBox* m_forecast = nullptr;
    QComboBox* m_compare = nullptr;
    QCheckBox* m_showBacktest = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_items = nullptr;
    ForecastItemModel* m_model = nullptr;
    ForecastItemProxy* m_proxy = nullptr;
    ForecastChart* m_chart = nullptr;
    QLabel* m_readout = nullptr;
    QLabel* m_summary = nullptr;
    QStandardItemModel* m_itemMetrics = nullptr;
    QStandardItemModel* m_velocity = nullptr;
    QStandardItemModel* m_leaderboard = nullptr;
    ForecastRunsPanel* m_runs = nullptr;
    std::shared_ptr<const ForecastData> m_data;
    std::shared_ptr<const ForecastData> m_comparisonData;
    int m_series = -1;
    int m_backtestRequest = 0;
    bool m_exporting = false;
};

} // namespace almanac::ui
