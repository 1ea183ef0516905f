// Issue 10's workbench half: predictors in the project tree with their backtest figures, "Forecast
// again" and "Retrain" as jobs that never refit on open, the monitoring view (metric over the
// forecasts' origins, baseline, retraining marks, drift), and the schedules dialog.
#include "data/DatasetLoader.h"
#include "project/DatasetResync.h"
#include "project/PredictorWorkflow.h"
#include "project/RecommenderWorkflow.h"
#include "ui/ForecastExplorer.h"
#include "ui/MainWindow.h"
#include "ui/MonitoringView.h"
#include "ui/ProjectSession.h"
#include "ui/ProjectTreeModel.h"
#include "ui/RecommendExplorer.h"
#include "ui/ScheduleDialog.h"
#include "ui/TrainForecastDialog.h"
#include "ui/WorkbenchJobs.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest/QtTest>

#include <cmath>

using namespace almanac;
using namespace almanac::ui;

namespace {

// Daily demand with a weekly cycle for three items, days [first, last).
std::string dailyRows(int first, int last, double level = 40)
{
    std::string csv = "item_id,timestamp,target_value\n";
    for (int item = 0; item < 3; ++item)
        for (int d = first; d < last; ++d) {
            const QDate date = QDate(2024, 1, 1).addDays(d);
            const double v = level + 8 * item + 6 * std::sin(2 * M_PI * (d % 7) / 7.0) + ((d * 7919 + item * 104729) % 11) * 0.4;
            csv += "item" + std::to_string(item) + "," + date.toString(Qt::ISODate).toStdString() + "," + std::to_string(v) + "\n";
        }
    return csv;
}

LoadedDataset rows(const std::string& text)
{
    ImportOptions options;
    options.type = DatasetType::Target;
    auto data = loadDatasetFromString(text, "sales.csv", options);
    if (!data.isOk()) qFatal("%s", data.status().message().c_str());
    return std::move(*data);
}

QModelIndex childNamed(const QAbstractItemModel& model, ProjectTreeModel::Group group, const QString& name)
{
    const QModelIndex parent = model.index(int(group), 0);
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex child = model.index(r, 0, parent);
        if (child.data(ProjectTreeModel::NameRole).toString() == name) return child;
    }
    return {};
}

} // namespace

class TestPredictorViews : public QObject {
    Q_OBJECT

    bool waitForJob(MainWindow& window, QSignalSpy& finished)
    {
        if (finished.isEmpty() && !finished.wait(120000)) return false;
        return finished.back().at(0).toBool();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("predictors.almanac"));
        auto project = ProjectFile::create(m_path.toStdString());
        QVERIFY(project.isOk());
        QVERIFY((*project)->addDataset("sales", rows(dailyRows(0, 120)), "D").isOk());
    }

    // Train keeps a predictor with its first forecast; the tree lists it with its backtest wQL;
    // Forecast again makes a second forecast from it, tied to it, identical on unchanged data.
    void trainForecastAgainAndTree()
    {
        MainWindow window;
        QVERIFY(window.openProject(m_path));
        QAbstractItemModelTester tester(window.projectTree()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(window.projectTree()->model()->rowCount(), 5);
        ProjectForecastRequest request;
        request.dataset = "sales";
        request.recipe = "ets";
        request.spec.horizon = 14;
        request.backtest.windows = 1;
        QSignalSpy finished(window.jobs(), &JobRunner::finished);
        auto result = std::make_shared<PredictorJobResult>();
        QVERIFY(window.runJob(QStringLiteral("train"), trainPredictorJob(window.session()->path(), predictorRequestFrom(request), result)));
        QVERIFY(waitForJob(window, finished));
        QCOMPARE(result->predictor, std::string("sales-ets"));
        QVERIFY(!result->forecast.empty());
        ProjectSession* session = window.session();
        QCOMPARE(session->predictors().size(), size_t(1));
        QCOMPARE(session->forecastsOf(QStringLiteral("sales-ets")), QStringList{QString::fromStdString(result->forecast)});
        const QModelIndex node = childNamed(*window.projectTree()->model(), ProjectTreeModel::Group::Predictors, QStringLiteral("sales-ets"));
        QVERIFY(node.isValid());
        QCOMPARE(node.data(ProjectTreeModel::KindRole).toInt(), int(ProjectTreeModel::PredictorNode));
        QVERIFY2(node.data().toString().contains(QStringLiteral("wQL 0")), qPrintable(node.data().toString()));
        QVERIFY(node.data(Qt::ToolTipRole).toString().contains(QStringLiteral("not monitored yet")));
        QVERIFY(!node.data(ProjectTreeModel::DriftRole).toBool());

        finished.clear();
        QVERIFY(window.forecastAgain(QStringLiteral("sales-ets")));
        QVERIFY(waitForJob(window, finished));
        const QStringList made = session->forecastsOf(QStringLiteral("sales-ets"));
        QCOMPARE(made.size(), 2);
        auto project = ProjectFile::open(m_path.toStdString());
        QVERIFY(project.isOk());
        auto first = (*project)->loadForecast(made[0].toStdString());
        auto second = (*project)->loadForecast(made[1].toStdString());
        QVERIFY(first.isOk() && second.isOk());
        QCOMPARE(first->series.size(), size_t(3));
        QCOMPARE(first->series.size(), second->series.size());
        for (size_t s = 0; s < first->series.size(); ++s) {
            QCOMPARE(first->series[s].quantiles, second->series[s].quantiles);
            QCOMPARE(first->series[s].timestamps, second->series[s].timestamps);
        }
        QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::ForecastTab));
    }

    // New actuals arrive; the monitoring view draws the evaluation beside the baseline; a level
    // shift in the data is marked as drift in the tree; retraining adds a mark on the chart.
    void monitoringShowsEvaluationsDriftAndRetraining()
    {
        {
            auto project = ProjectFile::open(m_path.toStdString());
            QVERIFY(project.isOk());
            // The next two weeks at three times the level: far worse than the backtest.
            auto resync = resyncDataset(**project, "sales", rows(dailyRows(120, 134, 120)), ResyncMode::Append);
            QVERIFY2(resync.isOk(), resync.status().message().c_str());
            QVERIFY(resync->evaluations >= 1);
        }
        MainWindow window;
        QVERIFY(window.openProject(m_path));
        const double drift = window.session()->driftRatio(QStringLiteral("sales-ets"));
        QVERIFY2(drift > 1.5, qPrintable(QString::number(drift)));
        const QModelIndex node = childNamed(*window.projectTree()->model(), ProjectTreeModel::Group::Predictors, QStringLiteral("sales-ets"));
        QVERIFY(node.data(ProjectTreeModel::DriftRole).toBool());
        QVERIFY(node.data().toString().contains(QStringLiteral("drift")));

        MonitoringView* view = window.showMonitoring(QStringLiteral("sales-ets"));
        QVERIFY(view);
        QCOMPARE(view->currentMetric(), QStringLiteral("mean_wQL"));
        QVERIFY(view->plottedPoints() >= 1);
        QVERIFY(view->showsBaseline());
        QCOMPARE(view->retrainingMarks(), 0);
        QVERIFY(view->table()->rowCount() >= 1);
        QVERIFY2(view->driftText().contains(QStringLiteral("Drift")), qPrintable(view->driftText()));
        for (const QString& metric : MonitoringView::chartedMetrics()) {
            view->setMetric(metric);
            QCOMPARE(view->currentMetric(), metric);
            QVERIFY(view->plottedPoints() >= 1);
        }
        QSignalSpy retrain(view, &MonitoringView::retrainRequested);
        QSignalSpy finished(window.jobs(), &JobRunner::finished);
        emit view->retrainRequested(QStringLiteral("sales-ets"));
        QCOMPARE(retrain.size(), 1);
        QVERIFY(waitForJob(window, finished));
        MonitoringView* after = window.showMonitoring(QStringLiteral("sales-ets"));
        QCOMPARE(after->retrainingMarks(), 1);
        // A raised threshold takes the mark away.
        auto* tree = qobject_cast<ProjectTreeModel*>(window.projectTree()->model());
        tree->setDriftFactor(1e6);
        const QModelIndex again = childNamed(*tree, ProjectTreeModel::Group::Predictors, QStringLiteral("sales-ets"));
        QVERIFY(!again.data(ProjectTreeModel::DriftRole).toBool());
    }

    void trainDialogKeepsAPredictorByDefault()
    {
        ProjectSession session;
        QVERIFY(session.open(m_path, nullptr));
        TrainForecastDialog dialog(session, QStringLiteral("0.1,0.5,0.9"));
        QVERIFY(dialog.keepsPredictor());
        dialog.setKeepPredictor(false);
        QVERIFY(!dialog.keepsPredictor());
    }

    void schedulesAreAddedRunAndRemoved()
    {
        MainWindow window;
        QVERIFY(window.openProject(m_path));
        ScheduleDialog dialog(*window.session());
        QCOMPARE(dialog.table()->rowCount(), 0);
        // Bad steps are refused before anything is stored.
        dialog.setDraft(QStringLiteral("weekly"), QStringLiteral("weekly"), QStringLiteral("explode everything"), false);
        QVERIFY(!dialog.addFromForm());
        QVERIFY(!dialog.message().isEmpty());
        QCOMPARE(dialog.table()->rowCount(), 0);
        dialog.setDraft(QStringLiteral("weekly"), QStringLiteral("sometimes"), QStringLiteral("forecast sales-ets"), false);
        QVERIFY(!dialog.addFromForm());
        dialog.setDraft(QStringLiteral("weekly"), QStringLiteral("0 6 * * 1"), QStringLiteral("retrain sales-ets; forecast sales-ets"), false);
        QVERIFY2(dialog.addFromForm(), qPrintable(dialog.message()));
        QCOMPARE(dialog.table()->rowCount(), 1);
        QCOMPARE(dialog.table()->item(0, 3)->text(), QStringLiteral("never run"));
        QCOMPARE(window.session()->schedules().size(), size_t(1));

        const size_t before = window.session()->forecastsOf(QStringLiteral("sales-ets")).size();
        QSignalSpy finished(window.jobs(), &JobRunner::finished);
        QSignalSpy run(&dialog, &ScheduleDialog::runRequested);
        connect(&dialog, &ScheduleDialog::runRequested, &window, [&window](const QString& name) {
            window.runJob(QStringLiteral("schedule"), runScheduleJob(window.session()->path(), name, std::make_shared<std::vector<std::string>>()));
        });
        dialog.table()->selectRow(0);
        const auto buttons = dialog.findChildren<QPushButton*>();
        for (QPushButton* b : buttons)
            if (b->text() == QObject::tr("Run now")) b->click();
        QCOMPARE(run.size(), 1);
        QVERIFY(waitForJob(window, finished));
        window.session()->refresh();
        QCOMPARE(window.session()->forecastsOf(QStringLiteral("sales-ets")).size(), before + 1);
        bool recorded = false;
        for (const JobRecord& j : window.session()->jobs()) recorded = recorded || (j.kind == "schedule" && j.detail == "weekly");
        QVERIFY(recorded);

        ScheduleDialog again(*window.session());
        QCOMPARE(again.table()->rowCount(), 1);
        QVERIFY(again.table()->item(0, 3)->text().contains(QStringLiteral("ok")));
        QString error;
        QVERIFY(window.session()->removeSchedule(QStringLiteral("weekly"), &error));
        QCOMPARE(window.session()->schedules().size(), size_t(0));
    }

    // A recommender trained by almanac-cli train (kept as a model, no workbench definition) is
    // listed with its holdout NDCG@10, read back without refitting, and deleted with its model.
    void commandLineRecommenderIsListedAndReadBack()
    {
        const QString path = m_dir.filePath(QStringLiteral("recs.almanac"));
        {
            auto project = ProjectFile::create(path.toStdString());
            QVERIFY(project.isOk());
            std::string csv = "USER_ID,ITEM_ID,TIMESTAMP\n";
            for (int u = 0; u < 40; ++u)
                for (int k = 0; k < 6; ++k)
                    csv += std::to_string(u) + (u < 20 ? ",a" : ",b") + std::to_string((u + k) % 8) + "," + std::to_string(1000 + u * 10 + k) + "\n";
            ImportOptions options;
            options.type = DatasetType::Interactions;
            auto events = loadDatasetFromString(csv, "events.csv", options);
            QVERIFY(events.isOk());
            QVERIFY((*project)->addDataset("events", *events, "").isOk());
            TrainRecommenderRequest request;
            request.name = "cli-ease";
            request.interactionsDataset = "events";
            request.recipe = "ease";
            QVERIFY(trainStoredRecommender(**project, request).isOk());
        }
        MainWindow window;
        QVERIFY(window.openProject(path));
        QCOMPARE(window.session()->recommenderNames(), QStringList{QStringLiteral("cli-ease")});
        const QModelIndex node = childNamed(*window.projectTree()->model(), ProjectTreeModel::Group::Recommenders, QStringLiteral("cli-ease"));
        QVERIFY(node.isValid());
        QVERIFY2(node.data().toString().contains(QStringLiteral("NDCG@10")), qPrintable(node.data().toString()));
        QSignalSpy finished(window.jobs(), &JobRunner::finished);
        window.loadRecommender(QStringLiteral("cli-ease"));
        QVERIFY(waitForJob(window, finished));
        QVERIFY(window.session()->recommender(QStringLiteral("cli-ease")));
        bool trained = false; // read back: no new training job in the project's history
        for (const JobRecord& j : window.session()->jobs()) trained = trained || (j.kind == "train" && j.detail == "cli-ease");
        QVERIFY(trained);
        int trainings = 0;
        for (const JobRecord& j : window.session()->jobs()) trainings += j.kind == "train" ? 1 : 0;
        QCOMPARE(trainings, 1);
        QVERIFY(window.session()->removeRecommender(QStringLiteral("cli-ease")));
        QVERIFY(window.session()->recommenderNames().isEmpty());
        auto project = ProjectFile::open(path.toStdString());
        QVERIFY(!(*project)->model("cli-ease").isOk());
    }

    void deletingAPredictorKeepsItsForecasts()
    {
        ProjectSession session;
        QVERIFY(session.open(m_path, nullptr));
        const size_t forecasts = session.forecasts().size();
        QString error;
        QVERIFY(session.removePredictor(QStringLiteral("sales-ets"), &error));
        QVERIFY(session.predictors().empty());
        QCOMPARE(session.forecasts().size(), forecasts);
        QVERIFY(!session.removePredictor(QStringLiteral("sales-ets"), &error));
        QVERIFY(!error.isEmpty());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestPredictorViews)
#include "tst_predictorviews.moc"
