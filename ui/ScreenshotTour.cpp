#include "ui/ScreenshotTour.h"

#include "sample/SampleProject.h"
#include "ui/CsvPreviewModel.h"
#include "ui/DatasetView.h"
#include "ui/ForecastChart.h"
#include "ui/ForecastExplorer.h"
#include "ui/ForecastRunsPanel.h"
#include "ui/ImportWizard.h"
#include "ui/JobsPanel.h"
#include "ui/LiveMetricChart.h"
#include "ui/MainWindow.h"
#include "ui/SeriesStatisticsModel.h"
#include "ui/ProjectSession.h"
#include "ui/RecommendExplorer.h"
#include "ui/RecommendationModels.h"
#include "ui/MonitoringView.h"
#include "ui/TrainForecastDialog.h"
#include "ui/UserGuide.h"
#include "ui/WorkbenchJobs.h"

#include <QApplication>
#include <QDir>
#include <QTabWidget>
#include <QTimer>

namespace almanac::ui {

namespace {
constexpr int kPollMs = 100;
constexpr int kSettleMs = 400; // charts and tables finish laying out
} // namespace

ScreenshotTour::ScreenshotTour(MainWindow* window, const QString& folder, const QString& project, QObject* parent)
    : QObject(parent), m_window(window), m_folder(folder), m_project(project), m_poll(new QTimer(this))
{
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &ScreenshotTour::poll);
    m_csvFolder = QDir(folder).filePath(QStringLiteral(".sample-csv"));
}

void ScreenshotTour::add(const QString& name, std::function<void()> begin, std::function<bool()> ready,
                         std::function<QWidget*()> target, int timeoutMs)
{
    m_steps.push_back({name, std::move(begin), std::move(ready), std::move(target), timeoutMs});
}

void ScreenshotTour::start()
{
    QDir().mkpath(m_folder);
    buildSteps();
    m_current = 0;
    runStep();
}

void ScreenshotTour::buildSteps()
{
    MainWindow* w = m_window;
    ProjectSession* session = w->session();
    auto window = [w]() -> QWidget* { return w; };
    auto idle = [w] { return !w->jobs()->isRunning(); };

    // The views at the size README promises (1280 x 800), then again at 1024 x 700 below.
    add(QStringLiteral("01-start"), [w] {
            w->resize(1280, 800);
            w->tabs()->setCurrentIndex(MainWindow::StartTab);
        }, [] { return true; }, window);
    add({}, [this, w] {
            if (m_project.isEmpty()) w->openSampleProject();
            else w->openProject(m_project);
        }, [session, idle] { return session->isOpen() && idle(); }, window, 600000);
    // A project without a forecast gets one, so that the explorer has something to show.
    add({}, [w, session] {
            if (!session->forecasts().empty()) return;
            const QStringList targets = session->datasetNames(DatasetType::Target);
            if (targets.isEmpty()) return;
            ProjectForecastRequest request;
            request.dataset = targets.front().toStdString();
            request.recipe = "ets";
            request.spec.horizon = 28;
            w->runJob(QObject::tr("Training ets"),
                      trainPredictorJob(session->path(), predictorRequestFrom(request), std::make_shared<PredictorJobResult>()));
        }, idle, window, 600000);
    add(QStringLiteral("02-data"), [w, session] {
            // The demand (a target dataset), so that its Series tab has series to describe.
            const QStringList targets = session->datasetNames(DatasetType::Target);
            if (targets.isEmpty()) return;
            w->datasetView()->showDataset(targets.front());
            w->tabs()->setCurrentIndex(MainWindow::DatasetTab);
        }, [w] { return w->datasetView()->model()->rowCount() > 0; }, window);
    add(QStringLiteral("02-data-series"), [w] {
            if (auto* tabs = w->datasetView()->findChild<QTabWidget*>(QStringLiteral("datasetTabs"))) tabs->setCurrentIndex(1);
        }, [w] { return w->datasetView()->seriesModel()->rowCount() > 0; }, window);
    add({}, [w] {
            if (auto* tabs = w->datasetView()->findChild<QTabWidget*>(QStringLiteral("datasetTabs"))) tabs->setCurrentIndex(0);
        }, [] { return true; }, [] { return nullptr; });

    // The import wizard on the sample's demand file, page by page.
    add({}, [this, w] {
            QDir().mkpath(m_csvFolder);
            writeSampleCsvFiles(generateSampleData(), m_csvFolder.toStdString());
            m_wizard = w->startImport(QDir(m_csvFolder).filePath(QStringLiteral("retail_demand.csv")));
            if (m_wizard) m_wizard->next();
        }, [this] { return m_wizard && m_wizard->previewModel()->preview(); }, [] { return nullptr; });
    add(QStringLiteral("03-import-preview"), [] {}, [] { return true; }, [this]() -> QWidget* { return m_wizard; });
    add(QStringLiteral("04-import-mapping"), [this] { m_wizard->next(); }, [] { return true; }, [this]() -> QWidget* { return m_wizard; });
    add(QStringLiteral("05-import-validation"), [this] { m_wizard->next(); }, [this] { return m_wizard->isValidated(); },
        [this]() -> QWidget* { return m_wizard; });
    add({}, [this] {
            m_wizard->reject();
            m_wizard = nullptr;
        }, [] { return true; }, [] { return nullptr; });

    add(QStringLiteral("06-train-dialog"), [this, w, session] {
            auto* dialog = new TrainForecastDialog(*session, QStringLiteral("0.1,0.5,0.9"), w);
            // With the related series' columns, each with its use.
            const QStringList related = session->datasetNames(DatasetType::Related);
            if (!related.isEmpty()) dialog->setRelatedDataset(related.front());
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
            m_dialog = dialog;
        }, [] { return true; }, [this] { return m_dialog; });
    // AutoML with its live chart; cancelled once a few candidates are in (Cancel is part of the tour).
    add(QStringLiteral("07-training"), [this, w, session] {
            m_dialog->close();
            m_dialog = nullptr;
            const QStringList targets = session->datasetNames(DatasetType::Target);
            if (targets.isEmpty()) return;
            ProjectForecastRequest request;
            request.dataset = targets.front().toStdString();
            request.recipe = "auto";
            request.spec.horizon = 28;
            w->runJob(QObject::tr("AutoML on %1").arg(targets.front()),
                      trainForecastJob(session->path(), request, std::make_shared<std::string>()));
        }, [w] { return w->jobsPanel()->metricChart()->pointCount() >= 3 || !w->jobs()->isRunning(); }, window, 600000);
    add({}, [w] { w->jobs()->cancel(); }, idle, window, 60000);

    add(QStringLiteral("08-forecast-explorer"), [w, session] {
            w->tabs()->setCurrentIndex(MainWindow::ForecastTab);
            if (!session->forecasts().empty())
                w->forecastExplorer()->showForecast(QString::fromStdString(session->forecasts().front().name));
        }, [w] { return !w->forecastExplorer()->chart()->isEmpty() && w->forecastExplorer()->chart()->hasBacktest(); }, window);
    // Compare runs: every forecast of the dataset, the shown one beside another.
    add(QStringLiteral("08-forecast-runs"), [w] {
            ForecastRunsPanel* runs = w->forecastExplorer()->runsPanel();
            if (auto* tabs = qobject_cast<QTabWidget*>(runs->parentWidget() ? runs->parentWidget()->parentWidget() : nullptr))
                tabs->setCurrentWidget(runs);
            const QStringList others = w->forecastExplorer()->comparableForecasts();
            if (!others.isEmpty()) emit runs->compareRequested(others.front());
        }, [w] { return !w->forecastExplorer()->runsPanel()->pair().empty(); }, window);
    add({}, [w] {
            ForecastRunsPanel* runs = w->forecastExplorer()->runsPanel();
            if (auto* tabs = qobject_cast<QTabWidget*>(runs->parentWidget() ? runs->parentWidget()->parentWidget() : nullptr))
                tabs->setCurrentIndex(0);
        }, [] { return true; }, [] { return nullptr; });

    add({}, [w, session] {
            if (!session->recommenderNames().isEmpty() && session->recommenders().empty()) {
                w->loadRecommender(session->recommenderNames().front());
                return;
            }
            if (session->recommenders().empty() && !session->datasetNames(DatasetType::Interactions).isEmpty()) {
                const QStringList items = session->datasetNames(DatasetType::Items);
                QString itemsForShop;
                for (const QString& n : items)
                    if (n.startsWith(QLatin1String("shop"))) itemsForShop = n;
                w->trainRecommender(session->datasetNames(DatasetType::Interactions).front(), itemsForShop, QStringLiteral("ease"));
            }
        }, [idle, session] { return idle() && (!session->recommenders().empty() || session->datasetNames(DatasetType::Interactions).isEmpty()); },
        window, 600000);
    add(QStringLiteral("09-recommendations"), [w, session] {
            w->tabs()->setCurrentIndex(MainWindow::RecommendTab);
            if (!session->recommenders().empty()) w->recommendExplorer()->showRecommender(session->recommenders().front()->name);
        }, [w] { return w->recommendExplorer()->recommendationModel()->rowCount() > 0; }, window);
    add(QStringLiteral("10-related-items"), [w] {
            w->recommendExplorer()->tabs()->setCurrentIndex(1);
            auto* view = w->recommendExplorer()->tabs()->currentWidget()->findChild<QAbstractItemView*>(QStringLiteral("itemPickTable"));
            if (view) view->selectionModel()->setCurrentIndex(view->model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }, [w] { return w->recommendExplorer()->relatedModel()->rowCount() > 0; }, window);

    // The predictor with its monitoring: the project tree beside the monitoring view.
    add(QStringLiteral("11-monitoring"), [this, w, session] {
            w->tabs()->setCurrentIndex(MainWindow::ForecastTab);
            if (session->predictors().empty()) return;
            m_monitoring = w->showMonitoring(QString::fromStdString(session->predictors().front().name));
        }, [] { return true; }, [this]() -> QWidget* { return m_monitoring; });
    add({}, [this] {
            if (m_monitoring) m_monitoring->close();
            m_monitoring = nullptr;
        }, [] { return true; }, [] { return nullptr; });

    // Help ▸ User guide.
    add(QStringLiteral("12-user-guide"), [this, w] {
            m_guide = new UserGuideDialog(w);
            m_guide->show();
        }, [] { return true; }, [this]() -> QWidget* { return m_guide; });
    add({}, [this] {
            if (m_guide) m_guide->close();
            m_guide = nullptr;
        }, [] { return true; }, [] { return nullptr; });

    // The main views on a small laptop screen: nothing cut, nothing unreachable.
    add(QStringLiteral("small-01-start"), [w] {
            w->resize(1024, 700);
            w->tabs()->setCurrentIndex(MainWindow::StartTab);
        }, [] { return true; }, window);
    add(QStringLiteral("small-02-data"), [w] { w->tabs()->setCurrentIndex(MainWindow::DatasetTab); }, [] { return true; }, window);
    add(QStringLiteral("small-08-forecast-explorer"), [w] { w->tabs()->setCurrentIndex(MainWindow::ForecastTab); },
        [w] { return !w->forecastExplorer()->chart()->isEmpty(); }, window);
    add(QStringLiteral("small-09-recommendations"), [w] {
            w->tabs()->setCurrentIndex(MainWindow::RecommendTab);
            w->recommendExplorer()->tabs()->setCurrentIndex(0);
        }, [] { return true; }, window);
}

void ScreenshotTour::runStep()
{
    if (m_current >= m_steps.size()) {
        QDir(m_csvFolder).removeRecursively();
        emit finished(m_failures.isEmpty());
        return;
    }
    m_stepClock.start();
    m_steps[m_current].begin();
    m_poll->start();
}

void ScreenshotTour::poll()
{
    Step& step = m_steps[m_current];
    const bool ready = step.ready();
    const bool late = m_stepClock.elapsed() > step.timeoutMs;
    if (!ready && !late) return;
    m_poll->stop();
    if (!ready) m_failures << tr("%1: not ready after %2 s").arg(step.name.isEmpty() ? QString::number(m_current) : step.name).arg(step.timeoutMs / 1000);
    QTimer::singleShot(step.name.isEmpty() ? 0 : kSettleMs, this, [this] {
        Step& s = m_steps[m_current];
        if (!s.name.isEmpty()) shoot(s.target(), s.name);
        ++m_current;
        runStep();
    });
}

void ScreenshotTour::shoot(QWidget* widget, const QString& name)
{
    if (!widget) {
        m_failures << tr("%1: nothing to capture").arg(name);
        return;
    }
    const QString path = QDir(m_folder).filePath(name + QStringLiteral(".png"));
    if (widget->grab().save(path, "PNG")) m_saved << path;
    else m_failures << tr("%1: cannot write %2").arg(name, path);
}

} // namespace almanac::ui
