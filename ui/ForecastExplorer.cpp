#include "ui/ForecastExplorer.h"

#include "ui/ForecastRunsPanel.h"

#include "ui/AppSettings.h"
#include "ui/BackgroundPriority.h"

#include "forecast/ForecastExport.h"
#include "forecast/HoldoutForecast.h"
#include "forecast/Quantiles.h"
#include "ui/ForecastChart.h"
#include "ui/ForecastItemModel.h"
#include "ui/ProjectSession.h"
#include "ui/TableClipboard.h"
#include "util/TabularWriter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <cmath>

namespace almanac::ui {

namespace {

struct LoadOutcome {
    std::shared_ptr<const ForecastData> data;
    QString error;
};

struct BacktestOutcome {
    int request = 0;
    std::vector<qint64> timesMs;
    std::vector<double> median;
};

const char* const kMetricKeys[] = {"mean_wQL", "WAPE", "RMSE", "MAPE", "MASE", "sMAPE", "coverage"};

QList<QStandardItem*> metricRow(const QString& label, const QJsonObject& metrics)
{
    QList<QStandardItem*> row{new QStandardItem(label)};
    for (const char* key : kMetricKeys) {
        const QJsonValue v = metrics.value(QLatin1String(key));
        auto* item = new QStandardItem(v.isDouble() ? QLocale().toString(v.toDouble(), 'f', 4) : QString());
        item->setData(v.isDouble() ? v.toDouble() : 1e308, Qt::UserRole + 1);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row << item;
    }
    return row;
}

// "Coverage (of 0.8)": the figure means nothing without the share the band promised.
QString coverageLabel(double nominal)
{
    return std::isnan(nominal) ? QObject::tr("Coverage") : QObject::tr("Coverage (of %1)").arg(QLocale().toString(nominal, 'g', 3));
}

QStringList metricHeader(const QString& first, double nominal)
{
    return {first, QObject::tr("Mean wQL"), QObject::tr("WAPE"), QObject::tr("RMSE"), QObject::tr("MAPE"),
            QObject::tr("MASE"), QObject::tr("sMAPE"), coverageLabel(nominal)};
}

QTableView* summaryTable(QStandardItemModel* model)
{
    auto* view = new QTableView;
    view->setModel(model);
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    enableTableCopy(view);
    return view;
}

} // namespace

ForecastExplorer::ForecastExplorer(ProjectSession* session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("forecastExplorer"));
    m_forecast = new QComboBox;
    m_forecast->setObjectName(QStringLiteral("forecastChoice"));
    m_forecast->setMinimumContentsLength(24);
    m_compare = new QComboBox;
    m_compare->setObjectName(QStringLiteral("compareChoice"));
    m_compare->setMinimumContentsLength(20);
    m_showBacktest = new QCheckBox(tr("Show &backtest"));
    m_showBacktest->setChecked(true);
    m_showBacktest->setToolTip(tr("Overlay what the recipe would have forecast for the last periods of the history"));
    auto* exportButton = new QToolButton;
    exportButton->setText(tr("&Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(exportButton);
    menu->addAction(tr("Forecast as CSV or XLSX…"), this, &ForecastExplorer::exportForecast);
    menu->addAction(tr("Metrics by item as CSV or XLSX…"), this, &ForecastExplorer::exportMetrics);
    menu->addAction(tr("Chart as PNG or SVG…"), this, &ForecastExplorer::exportChart);
    exportButton->setMenu(menu);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Forecast:")));
    top->addWidget(m_forecast, 1);
    top->addWidget(new QLabel(tr("Compare with:")));
    top->addWidget(m_compare, 1);
    top->addWidget(m_showBacktest);
    top->addWidget(exportButton);

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("itemSearch"));
    m_search->setPlaceholderText(tr("Search items…"));
    m_search->setClearButtonEnabled(true);
    m_model = new ForecastItemModel(this);
    m_proxy = new ForecastItemProxy(this);
    m_proxy->setSourceModel(m_model);

    m_items = new QTableView;
    m_items->setObjectName(QStringLiteral("itemTable"));
    m_items->setModel(m_proxy);
    m_items->setSortingEnabled(true);
    m_items->sortByColumn(ForecastItemModel::DemandColumn, Qt::DescendingOrder);
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_items->verticalHeader()->hide();
    m_items->verticalHeader()->setDefaultSectionSize(m_items->fontMetrics().height() + 6);
    m_items->horizontalHeader()->setStretchLastSection(true);
    m_items->setColumnHidden(ForecastItemModel::DimensionsColumn, true);
    enableTableCopy(m_items);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_items, 1);
    leftLayout->addWidget(m_summary);

    m_chart = new ForecastChart;
    m_readout = new QLabel(readoutHint());
    m_readout->setObjectName(QStringLiteral("chartReadout"));
    m_itemMetrics = new QStandardItemModel(this);
    m_velocity = new QStandardItemModel(this);
    m_leaderboard = new QStandardItemModel(this);
    auto* tabs = new QTabWidget;
    tabs->addTab(summaryTable(m_itemMetrics), tr("This item"));
    tabs->addTab(summaryTable(m_velocity), tr("By velocity"));
    tabs->addTab(summaryTable(m_leaderboard), tr("Leaderboard"));
    m_runs = new ForecastRunsPanel(m_session);
    tabs->addTab(m_runs, tr("Runs"));
    connect(m_runs, &ForecastRunsPanel::compareRequested, this, [this](const QString& name) {
        const int index = m_compare->findText(name);
        if (index <= 0) return; // not drawable beside the shown one (another frequency)
        m_compare->setCurrentIndex(index);
        load(name, true);
    });
    auto* chartPane = new QWidget;
    auto* chartLayout = new QVBoxLayout(chartPane);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_chart, 1);
    chartLayout->addWidget(m_readout);
    auto* right = new QSplitter(Qt::Vertical);
    right->addWidget(chartPane);
    right->addWidget(tabs);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    auto* split = new QSplitter(Qt::Horizontal);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    split->setSizes({430, 900});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &ForecastItemProxy::setSearch);
    connect(m_items->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        showSeries(current.isValid() ? current.data(ForecastItemModel::SeriesRole).toInt() : -1);
    });
    connect(m_chart, &ForecastChart::readout, m_readout, &QLabel::setText);
    connect(m_forecast, &QComboBox::activated, this, [this] {
        refreshCompareList(m_compare->currentText());
        load(m_forecast->currentText(), false);
    });
    connect(m_compare, &QComboBox::activated, this, [this] {
        if (m_compare->currentIndex() <= 0) {
            m_comparisonData.reset();
            updateComparison();
            refreshRuns();
        } else {
            load(m_compare->currentText(), true);
        }
    });
    connect(m_showBacktest, &QCheckBox::toggled, this, [this] { showSeries(m_series); });
    connect(session, &ProjectSession::contentsChanged, this, &ForecastExplorer::refreshForecastList);
    connect(session, &ProjectSession::closed, this, [this] {
        m_data.reset();
        m_comparisonData.reset();
        m_model->setData(nullptr);
        m_chart->clear();
        refreshForecastList();
    });
    refreshForecastList();
}

QString ForecastExplorer::currentForecast() const { return m_data ? m_data->name() : QString(); }

QString ForecastExplorer::currentItem() const
{
    if (!m_data || m_series < 0) return {};
    return QString::fromStdString(m_data->forecast.series[size_t(m_series)].itemId);
}

void ForecastExplorer::refreshForecastList()
{
    const QString current = m_forecast->currentText(), compared = m_compare->currentText();
    QSignalBlocker a(m_forecast), b(m_compare);
    m_forecast->clear();
    m_compare->clear();
    for (const ForecastInfo& f : m_session->forecasts()) m_forecast->addItem(QString::fromStdString(f.name));
    m_forecast->setCurrentText(current);
    refreshCompareList(compared);
    if (m_data && !m_session->forecast(m_data->name())) {
        m_data.reset();
        m_model->setData(nullptr);
        m_chart->clear();
    }
}

void ForecastExplorer::refreshCompareList(const QString& keep)
{
    // Only forecasts that can be drawn beside the one shown: of the same dataset at the same
    // frequency, and never the one itself.
    QSignalBlocker blocker(m_compare);
    m_compare->clear();
    m_compare->addItem(tr("(nothing)"));
    const ForecastInfo* shown = m_session->forecast(m_forecast->currentText());
    if (shown)
        for (const ForecastInfo& f : m_session->forecasts())
            if (f.name != shown->name && f.datasetName == shown->datasetName && f.frequency == shown->frequency)
                m_compare->addItem(QString::fromStdString(f.name));
    const int index = m_compare->findText(keep);
    m_compare->setCurrentIndex(index > 0 ? index : 0);
    if (index <= 0 && m_comparisonData) {
        m_comparisonData.reset();
        updateComparison();
        refreshRuns();
    }
}

QStringList ForecastExplorer::comparableForecasts() const
{
    QStringList out;
    for (int i = 1; i < m_compare->count(); ++i) out << m_compare->itemText(i);
    return out;
}

QString ForecastExplorer::readoutText() const { return m_readout->text(); }

QString ForecastExplorer::readoutHint() { return tr("Hover over the chart to read values; drag to zoom, double-click to reset."); }

void ForecastExplorer::showForecast(const QString& name)
{
    m_forecast->setCurrentText(name);
    refreshCompareList(m_compare->currentText());
    load(name, false);
}

void ForecastExplorer::load(const QString& name, bool comparison)
{
    if (!m_session->isOpen() || name.isEmpty()) return;
    const std::string path = m_session->path().toStdString(), forecast = name.toStdString();
    auto* watcher = new QFutureWatcher<LoadOutcome>(this);
    connect(watcher, &QFutureWatcher<LoadOutcome>::finished, this, [this, watcher, comparison, name] {
        const LoadOutcome outcome = watcher->result();
        watcher->deleteLater();
        if (!outcome.data) {
            QMessageBox::warning(this, tr("Forecast"), tr("Cannot open forecast '%1': %2").arg(name, outcome.error));
            return;
        }
        if (comparison) {
            m_comparisonData = outcome.data;
            emit statusMessage(tr("Comparing with forecast %1").arg(name)); // not "Opening…" still
            updateComparison();
            refreshRuns();
            return;
        }
        const QString keepItem = currentItem();
        m_data = outcome.data;
        m_model->setData(m_data);
        m_model->sort(m_items->horizontalHeader()->sortIndicatorSection(), m_items->horizontalHeader()->sortIndicatorOrder());
        fillSummaryTables();
        refreshRuns();
        m_items->resizeColumnsToContents();
        if (!keepItem.isEmpty()) selectItem(keepItem);
        if (m_series < 0 || !m_items->currentIndex().isValid()) m_items->selectRow(0);
        emit statusMessage(tr("Opened forecast %1: %2 series").arg(name).arg(m_data->forecast.series.size()));
        emit loaded(m_data->name());
    });
    emit statusMessage(tr("Opening forecast %1…").arg(name));
    // The read-out belonged to the forecast shown before.
    if (!comparison) m_readout->setText(readoutHint());
    watcher->setFuture(QtConcurrent::run([path, forecast]() -> LoadOutcome {
        lowerThisThreadsPriority();
        auto data = loadForecastData(path, forecast, {});
        if (!data.isOk()) return {nullptr, QString::fromStdString(data.status().message())};
        return {*data, {}};
    }));
}

void ForecastExplorer::selectItem(const QString& itemId)
{
    const QModelIndexList hits = m_proxy->match(m_proxy->index(0, ForecastItemModel::ItemColumn), Qt::DisplayRole, itemId, 1,
                                                Qt::MatchExactly);
    if (!hits.isEmpty()) {
        m_items->setCurrentIndex(hits.front());
        m_items->scrollTo(hits.front());
    }
}

ForecastBand ForecastExplorer::bandOf(const ForecastData& data, int series) const
{
    ForecastBand band;
    const StoredSeriesForecast& f = data.forecast.series[size_t(series)];
    const std::vector<double>& quantiles = data.forecast.info.quantiles;
    band.name = data.name();
    for (qint64 t : f.timestamps) band.timesMs.push_back(t * 1000);
    size_t median = quantiles.size();
    for (size_t q = 0; q < quantiles.size(); ++q)
        if (std::abs(quantiles[q] - 0.5) < 1e-9) median = q;
    band.median = median < quantiles.size() ? f.quantiles[median] : f.mean;
    if (quantiles.size() >= 2) {
        band.lower = f.quantiles.front();
        band.upper = f.quantiles.back();
        band.lowerLabel = QString::fromStdString(quantileColumnName(quantiles.front()));
        band.upperLabel = QString::fromStdString(quantileColumnName(quantiles.back()));
    }
    return band;
}

void ForecastExplorer::showSeries(int series)
{
    m_series = series;
    ++m_backtestRequest;
    m_itemMetrics->clear();
    if (!m_data || series < 0) {
        m_chart->clear();
        return;
    }
    const StoredSeriesForecast& f = m_data->forecast.series[size_t(series)];
    std::vector<qint64> historyMs;
    std::vector<double> history;
    const int h = m_data->historyOf[size_t(series)];
    if (h >= 0) {
        const TimeSeries& ts = m_data->history.series[size_t(h)];
        for (size_t i = 0; i < ts.values.size(); ++i) {
            historyMs.push_back(m_data->history.frequency.periodStart(ts.firstPeriod + int64_t(i)) * 1000);
            history.push_back(ts.values[i]);
        }
    }
    QString title = QString::fromStdString(f.itemId);
    for (const std::string& d : f.dimensions) title += QStringLiteral(" · ") + QString::fromStdString(d);
    const auto frequency = Frequency::parse(m_data->forecast.info.frequency);
    m_chart->setData(title, std::move(historyMs), std::move(history), bandOf(*m_data, series), !frequency || frequency->isDateOnly());
    updateComparison();

    const ForecastItemMetrics& m = m_data->items[size_t(series)];
    m_itemMetrics->setHorizontalHeaderLabels({tr("Metric"), tr("Value")});
    const QLocale locale;
    const std::pair<QString, double> rows[] = {{tr("Mean wQL"), m.meanWql}, {tr("WAPE"), m.wape}, {tr("RMSE"), m.rmse},
                                               {tr("MAPE"), m.mape},        {tr("MASE"), m.mase}, {coverageLabel(m_data->nominalCoverage()), m.coverage},
                                               {tr("Mean demand"), m.meanDemand}};
    for (const auto& [label, value] : rows)
        m_itemMetrics->appendRow({new QStandardItem(label), new QStandardItem(std::isnan(value) ? tr("n/a") : locale.toString(value, 'f', 4))});
    m_itemMetrics->appendRow({new QStandardItem(tr("Recipe")), new QStandardItem(m.recipe)});
    m_itemMetrics->appendRow({new QStandardItem(tr("Velocity")), new QStandardItem(m.velocity)});
    if (m_showBacktest->isChecked()) requestBacktest();
}

void ForecastExplorer::updateComparison()
{
    if (!m_data || m_series < 0 || !m_comparisonData) {
        m_chart->setComparison(nullptr);
        return;
    }
    const StoredSeriesForecast& f = m_data->forecast.series[size_t(m_series)];
    const int other = m_comparisonData->find(f.itemId, f.dimensions);
    if (other < 0) {
        m_chart->setComparison(nullptr);
        emit statusMessage(tr("Forecast %1 has no series for this item.").arg(m_comparisonData->name()));
        return;
    }
    const ForecastBand band = bandOf(*m_comparisonData, other);
    m_chart->setComparison(&band);
}

void ForecastExplorer::requestBacktest()
{
    const int h = m_data->historyOf[size_t(m_series)];
    if (h < 0) return;
    const TimeSeries series = m_data->history.series[size_t(h)];
    const ForecastInfo& info = m_data->forecast.info;
    ForecastSpec spec;
    spec.quantiles = {0.5};
    if (auto f = Frequency::parse(info.frequency)) spec.frequency = *f;
    spec.parameters = info.parameters;
    spec.threads = 1;
    const int periods = std::min(info.horizon, int(series.values.size() / 3));
    if (periods < 1) return;
    const RecipeLabel label = parseRecipeLabel(m_data->items[size_t(m_series)].recipe.toStdString());
    const Frequency frequency = m_data->history.frequency;
    const int request = m_backtestRequest;
    auto* watcher = new QFutureWatcher<BacktestOutcome>(this);
    connect(watcher, &QFutureWatcher<BacktestOutcome>::finished, this, [this, watcher] {
        const BacktestOutcome outcome = watcher->result();
        watcher->deleteLater();
        if (outcome.request != m_backtestRequest || outcome.median.empty()) return; // the user moved on
        m_chart->setBacktest(outcome.timesMs, outcome.median);
        emit backtestShown();
    });
    watcher->setFuture(QtConcurrent::run([series, spec, label, periods, frequency, request]() -> BacktestOutcome {
        lowerThisThreadsPriority();
        BacktestOutcome out;
        out.request = request;
        auto forecast = forecastHoldout(label, series, spec, periods);
        if (!forecast.isOk()) return out;
        const int64_t first = series.endPeriod() - periods;
        for (int i = 0; i < periods; ++i) out.timesMs.push_back(frequency.periodStart(first + i) * 1000);
        out.median = forecast->quantiles.empty() ? forecast->mean : forecast->quantiles.front();
        return out;
    }));
}

void ForecastExplorer::refreshRuns()
{
    m_runs->showRuns(m_data ? m_data->name() : QString(), m_comparisonData ? m_comparisonData->name() : QString());
}

void ForecastExplorer::fillSummaryTables()
{
    m_velocity->clear();
    m_leaderboard->clear();
    m_velocity->setHorizontalHeaderLabels(metricHeader(tr("Velocity"), m_data->nominalCoverage()));
    m_leaderboard->setHorizontalHeaderLabels(metricHeader(tr("Recipe"), m_data->nominalCoverage()));
    const QJsonObject evaluation = m_data->evaluation;
    const QJsonObject byVelocity = evaluation.value(QLatin1String("by_velocity")).toObject();
    for (const char* bucket : {"high", "medium", "low"})
        if (byVelocity.contains(QLatin1String(bucket)))
            m_velocity->appendRow(metricRow(QString::fromLatin1(bucket), byVelocity.value(QLatin1String(bucket)).toObject()));
    if (evaluation.contains(QLatin1String("overall")))
        m_velocity->appendRow(metricRow(tr("all items"), evaluation.value(QLatin1String("overall")).toObject()));
    for (const QJsonValue& v : evaluation.value(QLatin1String("leaderboard")).toArray()) {
        const QJsonObject o = v.toObject();
        QString label = o.value(QLatin1String("recipe")).toString();
        const QJsonObject parameters = o.value(QLatin1String("parameters")).toObject();
        QStringList pairs;
        for (auto it = parameters.begin(); it != parameters.end(); ++it) pairs << it.key() + QLatin1Char('=') + it.value().toString();
        if (!pairs.isEmpty()) label += QLatin1Char('(') + pairs.join(QStringLiteral(", ")) + QLatin1Char(')');
        m_leaderboard->appendRow(metricRow(label, o.value(QLatin1String("metrics")).toObject()));
    }
    const ForecastInfo& info = m_data->forecast.info;
    m_summary->setText(tr("%1 series · recipe %2 · horizon %3 · frequency %4 · trained %5")
                           .arg(QLocale().toString(qlonglong(info.seriesCount)), QString::fromStdString(info.recipe))
                           .arg(info.horizon)
                           .arg(QString::fromStdString(info.frequency), QString::fromStdString(info.createdAt)));
}

bool ForecastExplorer::runExport(const QString& path, std::function<Status()> write)
{
    if (m_exporting) return false;
    m_exporting = true;
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        const QString error = watcher->result();
        watcher->deleteLater();
        m_exporting = false;
        emit statusMessage(error.isEmpty() ? tr("Written to %1").arg(path) : error);
        emit exported(error.isEmpty(), path, error);
    });
    emit statusMessage(tr("Writing %1…").arg(path));
    watcher->setFuture(QtConcurrent::run([write = std::move(write)]() -> QString {
        lowerThisThreadsPriority();
        const Status status = write();
        return status.isOk() ? QString() : QString::fromStdString(status.message());
    }));
    return true;
}

bool ForecastExplorer::exportForecastTo(const QString& path)
{
    if (!m_data) return false;
    const auto data = m_data;
    return runExport(path, [data, file = path.toStdString()] {
        return writeStoredForecast(file, data->forecast, data->history.dimensionNames, true);
    });
}

bool ForecastExplorer::exportMetricsTo(const QString& path)
{
    if (!m_data) return false;
    const auto data = m_data;
    return runExport(path, [data, file = path.toStdString()]() -> Status {
        auto writer = openTabularWriter(file, "Metrics");
        if (!writer.isOk()) return writer.status();
        TabularWriter& out = **writer;
        for (const char* h : {"item_id", "velocity", "recipe", "mean_demand", "mean_wQL", "WAPE", "RMSE", "MAPE", "MASE", "coverage"})
            out.field(h);
        out.endRow();
        for (size_t s = 0; s < data->items.size(); ++s) {
            const ForecastItemMetrics& m = data->items[s];
            out.field(data->forecast.series[s].itemId);
            out.field(m.velocity.toStdString());
            out.field(m.recipe.toStdString());
            for (double v : {m.meanDemand, m.meanWql, m.wape, m.rmse, m.mape, m.mase, m.coverage}) out.number(v);
            out.endRow();
        }
        return out.close();
    });
}

void ForecastExplorer::exportForecast()
{
    if (!m_data) return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export forecast"), QDir(AppSettings::lastFolder()).filePath(m_data->name() + QStringLiteral(".xlsx")),
                                                      tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty()) return;
    AppSettings::rememberFolderOf(path);
    exportForecastTo(path);
}

void ForecastExplorer::exportMetrics()
{
    if (!m_data) return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export metrics"), QDir(AppSettings::lastFolder()).filePath(m_data->name() + QStringLiteral("-metrics.xlsx")),
                                                      tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty()) return;
    AppSettings::rememberFolderOf(path);
    exportMetricsTo(path);
}

void ForecastExplorer::exportChart()
{
    if (m_chart->isEmpty()) return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), QDir(AppSettings::lastFolder()).filePath(currentItem() + QStringLiteral(".png")),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty()) return;
    AppSettings::rememberFolderOf(path);
    const bool ok = path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive) ? m_chart->exportSvg(path) : m_chart->exportPng(path);
    if (!ok) QMessageBox::warning(this, tr("Export"), tr("Cannot write %1").arg(path));
    else emit statusMessage(tr("Chart written to %1").arg(path));
}

} // namespace almanac::ui
