// The forecast and recommendation explorers on a small sample project: search, select, chart with
// band and backtest overlay, comparison, filters, related items, re-ranking and exports.
#include "data/DatasetLoader.h"
#include "recommend/RecommenderTraining.h"
#include "tests/ui/UiTestProject.h"
#include "ui/DatasetView.h"
#include "ui/SeriesStatisticsModel.h"
#include "ui/ForecastChart.h"
#include "ui/ForecastExplorer.h"
#include "ui/ForecastRunsPanel.h"
#include "ui/ForecastItemModel.h"
#include "ui/JobRunner.h"
#include "ui/JobsPanel.h"
#include "ui/LiveMetricChart.h"
#include "ui/ProjectSession.h"
#include "ui/RecommendExplorer.h"
#include "ui/RecommendationModels.h"
#include "ui/TrainForecastDialog.h"

#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QProgressBar>
#include <QThread>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest/QtTest>

using namespace almanac;
using namespace almanac::ui;

class TestExplorers : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("explore.almanac"));
        QVERIFY(makeTestProject(m_path));
        auto project = ProjectFile::open(m_path.toStdString());
        ProjectForecastRequest request;
        request.dataset = SampleDatasetNames::retailDemand;
        request.recipe = "theta";
        request.forecastName = "demand-theta";
        request.spec.horizon = 14;
        QVERIFY(forecastProjectDataset(**project, request).isOk());
        // A weekly related series: it cannot be aligned with the daily demand.
        ImportOptions weekly;
        weekly.type = DatasetType::Related;
        auto prices = loadDatasetFromString("item_id,timestamp,price\nSKU-0001,2024-01-05,3\nSKU-0001,2024-01-12,4\n"
                                            "SKU-0001,2024-01-19,5\n", "weekly.csv", weekly);
        QVERIFY(prices.isOk());
        QVERIFY((*project)->addDataset("weekly_prices", *prices, "W-FRI").isOk());
        // A short weekly target: nine weeks.
        std::string shortCsv = "item_id,timestamp,target_value\n";
        for (int week = 0; week < 9; ++week)
            shortCsv += "A," + QDate(2024, 1, 5).addDays(7 * week).toString(Qt::ISODate).toStdString() + ",1\n";
        auto shortWeeks = loadDatasetFromString(shortCsv, "short.csv", ImportOptions{});
        QVERIFY(shortWeeks.isOk());
        QVERIFY((*project)->addDataset("short_weeks", *shortWeeks, "W-FRI").isOk());
        QString error;
        QVERIFY2(m_session.open(m_path, &error), qPrintable(error));
    }

    // Issue 12: the train dialog lists the related dataset's columns; each becomes a regressor,
    // a historical column, or is left out, and the request says so.
    void trainDialogChoosesRelatedColumns()
    {
        TrainForecastDialog dialog(m_session, QStringLiteral("0.1,0.5,0.9"));
        dialog.setDataset(QString::fromLatin1(SampleDatasetNames::retailDemand));
        // Issue 12: only related series at the target's frequency are offered.
        QCOMPARE(dialog.relatedChoices(), QStringList{QString::fromLatin1(SampleDatasetNames::retailRelated)});
        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("trainRelatedColumns"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 0);
        dialog.setRelatedDataset(QString::fromLatin1(SampleDatasetNames::retailRelated));
        QCOMPARE(table->rowCount(), 2); // price, promotion_applied
        QString error;
        auto all = dialog.request(&error);
        QVERIFY2(all, qPrintable(error));
        QCOMPARE(all->relatedColumns.size(), size_t(2));
        QVERIFY(all->historicalColumns.empty());
        dialog.setColumnUse(QStringLiteral("price"), TrainForecastDialog::ColumnUse::Historical);
        dialog.setColumnUse(QStringLiteral("promotion_applied"), TrainForecastDialog::ColumnUse::NotUsed);
        auto some = dialog.request(&error);
        QVERIFY(some);
        QCOMPARE(some->relatedColumns, std::vector<std::string>{"price"});
        QCOMPARE(some->historicalColumns, std::vector<std::string>{"price"});
        dialog.setColumnUse(QStringLiteral("price"), TrainForecastDialog::ColumnUse::NotUsed);
        auto none = dialog.request(&error);
        QVERIFY(none);
        QVERIFY(none->relatedDataset.empty()); // nothing chosen: no related series at all
    }

    // Issue 12: the first horizon follows the frequency, and never passes a third of the data's
    // span (the cloud service's bound for deep recipes).
    void trainDialogHorizonFollowsTheData_data()
    {
        QTest::addColumn<QString>("dataset");
        QTest::addColumn<int>("horizon");
        QTest::newRow("two years of days") << QString::fromLatin1(SampleDatasetNames::retailDemand) << 28;
        QTest::newRow("nine weeks") << QStringLiteral("short_weeks") << 3;
    }
    void trainDialogHorizonFollowsTheData()
    {
        QFETCH(QString, dataset);
        QFETCH(int, horizon);
        TrainForecastDialog dialog(m_session, QStringLiteral("0.1,0.5,0.9"));
        dialog.setDataset(dataset);
        auto* spin = dialog.findChild<QSpinBox*>(QStringLiteral("trainHorizon"));
        QVERIFY(spin);
        QCOMPARE(spin->value(), horizon);
    }

    void forecastExplorer()
    {
        ForecastExplorer explorer(&m_session);
        explorer.resize(1200, 800);
        explorer.show();
        QSignalSpy loaded(&explorer, &ForecastExplorer::loaded);
        QSignalSpy backtest(&explorer, &ForecastExplorer::backtestShown);
        QSignalSpy status(&explorer, &ForecastExplorer::statusMessage);
        explorer.showForecast(QStringLiteral("demand-ets"));
        QVERIFY(loaded.wait(20000));
        // Issue 12: the status line does not stay at "Opening…" once it opened.
        QVERIFY(status.size() >= 2);
        QVERIFY2(status.back().at(0).toString().startsWith(QStringLiteral("Opened forecast demand-ets")),
                 qPrintable(status.back().at(0).toString()));
        QCOMPARE(explorer.itemModel()->rowCount(), 12);
        // Coverage says what the band promised (p10-p90: 0.8).
        const int coverage = ForecastItemModel::CoverageColumn;
        QCOMPARE(explorer.itemModel()->headerData(coverage, Qt::Horizontal).toString(), QStringLiteral("Coverage (of 0.8)"));
        // Compare offers the forecasts of the same data, never the one shown.
        QCOMPARE(explorer.comparableForecasts(), QStringList{QStringLiteral("demand-theta")});
        QVERIFY(!explorer.currentItem().isEmpty());
        QVERIFY(!explorer.chart()->isEmpty());
        QVERIFY(backtest.wait(20000));
        QVERIFY(explorer.chart()->hasBacktest());

        // Search narrows the list; selecting a row shows that item.
        QTest::keyClicks(explorer.searchField(), QStringLiteral("SKU-0003"));
        QCOMPARE(explorer.proxyModel()->rowCount(), 1);
        explorer.itemView()->selectRow(0);
        QCOMPARE(explorer.currentItem(), QStringLiteral("SKU-0003"));
        explorer.searchField()->clear();
        QCOMPARE(explorer.proxyModel()->rowCount(), 12);

        // A second forecast of the same items draws beside the first.
        auto* compare = explorer.findChild<QComboBox*>(QStringLiteral("compareChoice"));
        const int theta = compare->findText(QStringLiteral("demand-theta"));
        QVERIFY(theta > 0);
        compare->setCurrentIndex(theta);
        emit compare->activated(theta);
        QTRY_VERIFY_WITH_TIMEOUT(explorer.chart()->hasComparison(), 20000);
        QVERIFY2(status.back().at(0).toString().startsWith(QStringLiteral("Comparing with forecast demand-theta")),
                 qPrintable(status.back().at(0).toString()));

        // Issue 12: the Runs tab lists every forecast of the dataset with its backtest figures,
        // and puts the shown and the compared one side by side.
        ForecastRunsPanel* runs = explorer.runsPanel();
        QTRY_VERIFY_WITH_TIMEOUT(runs->pair().size() == 1, 20000);
        QStringList runNames;
        for (int r = 0; r < runs->runsModel()->rowCount(); ++r) runNames << runs->runsModel()->item(r, 0)->text();
        QVERIFY2(runNames.contains(QStringLiteral("demand-ets")) && runNames.contains(QStringLiteral("demand-theta")),
                 qPrintable(runNames.join(QLatin1Char(','))));
        const int etsRow = int(runNames.indexOf(QStringLiteral("demand-ets")));
        QCOMPARE(runs->runsModel()->horizontalHeaderItem(4)->text(), QStringLiteral("Mean wQL"));
        const double etsWql = runs->runsModel()->item(etsRow, 4)->data(Qt::UserRole + 1).toDouble();
        QVERIFY(etsWql > 0 && etsWql < 1);
        const auto& [shownRun, comparedRun] = runs->pair().front();
        QCOMPARE(shownRun.name, QStringLiteral("demand-ets"));
        QCOMPARE(comparedRun.name, QStringLiteral("demand-theta"));
        QCOMPARE(shownRun.meanWql, etsWql);
        QCOMPARE(shownRun.nominalCoverage, 0.8);
        const QString said = runs->pairText();
        QVERIFY2(said.contains(QStringLiteral("mean wQL ") + QLocale().toString(etsWql, 'f', 4) + QStringLiteral(" vs "))
                     && said.contains(QStringLiteral("coverage (of 0.8)")),
                 qPrintable(said));

        // A read-out of the forecast shown before does not survive opening another.
        emit explorer.chart()->readout(QStringLiteral("SKU-0001 2024-07-01: p50 12.0"));
        QVERIFY(explorer.readoutText().startsWith(QStringLiteral("SKU-0001")));
        loaded.clear();
        explorer.showForecast(QStringLiteral("demand-theta"));
        QVERIFY(!explorer.readoutText().startsWith(QStringLiteral("SKU-0001")));
        QVERIFY(loaded.wait(20000));

        // The chart exports to PNG and SVG.
        const QString png = m_dir.filePath(QStringLiteral("chart.png")), svg = m_dir.filePath(QStringLiteral("chart.svg"));
        QVERIFY(explorer.chart()->exportPng(png));
        QVERIFY(explorer.chart()->exportSvg(svg));
        QImage image(png);
        QVERIFY(image.width() > 300 && image.height() > 200);
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        QVERIFY(svgFile.readAll().contains("<svg"));
    }

    // Issue 12: the Data view describes each series of a target dataset (span, zeros, missing,
    // mean, a small chart), sortable; other datasets have no Series tab to show.
    void datasetViewDescribesSeries()
    {
        ProjectSession session;
        QVERIFY(session.open(m_path, nullptr));
        DatasetView view(&session);
        view.resize(1024, 700);
        view.show();
        QSignalSpy loaded(&view, &DatasetView::loaded);
        view.showDataset(QString::fromLatin1(SampleDatasetNames::retailDemand));
        QVERIFY(loaded.wait(20000));
        SeriesStatisticsModel* model = view.seriesModel();
        QCOMPARE(model->rowCount(), 12); // the test project's twelve items
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Item"));
        QCOMPARE(model->headerData(model->profileColumn(), Qt::Horizontal).toString(), QStringLiteral("Profile"));
        int periods = -1;
        for (int c = 0; c < model->columnCount(); ++c)
            if (model->headerData(c, Qt::Horizontal).toString() == QLatin1String("Periods")) periods = c;
        QVERIFY(periods > 0);
        QVERIFY(model->data(model->index(0, periods), SeriesStatisticsModel::SortRole).toULongLong() > 100);
        QVERIFY(model->data(model->index(0, model->profileColumn()), SeriesStatisticsModel::ProfileRole).toList().size() > 10);
        auto* tabs = view.findChild<QTabWidget*>(QStringLiteral("datasetTabs"));
        QVERIFY(tabs && tabs->isTabEnabled(1));
        tabs->setCurrentIndex(1);
        QVERIFY(!view.grab().isNull()); // the sparkline delegate paints

        view.showDataset(QStringLiteral("weekly_prices"));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(!tabs->isTabEnabled(1));
    }

    // Issue 12: no blank view without a hint, no bar frozen where a cancelled job stopped, no
    // metric axis with impossible values or eight-digit ticks.
    void emptyAndStaleStates()
    {
        ProjectSession session;
        DatasetView view(&session);
        QVERIFY(view.infoText().contains(QStringLiteral("No dataset is open")));
        QVERIFY(session.open(m_path, nullptr));
        QSignalSpy loaded(&view, &DatasetView::loaded);
        view.showDataset(QStringLiteral("retail_demand"));
        QVERIFY(view.infoText().contains(QStringLiteral("retail_demand")));
        QVERIFY(loaded.wait(20000));
        session.close();
        QVERIFY(view.infoText().contains(QStringLiteral("No dataset is open")));
        QCOMPARE(view.model()->rowCount(), 0);

        JobRunner runner;
        JobsPanel panel(&runner);
        QSignalSpy finished(&runner, &JobRunner::finished);
        QVERIFY(runner.start(QStringLiteral("slow"), [](const JobContext& job) {
            job.report(0.24, "working");
            while (!job.isCancelled()) QThread::msleep(5);
            return Status::cancelled();
        }));
        QTRY_COMPARE_WITH_TIMEOUT(panel.progressBar()->value(), 240, 5000);
        runner.cancel();
        QVERIFY(finished.wait(5000));
        QCOMPARE(panel.progressBar()->value(), 0);

        LiveMetricChart chart;
        chart.addPoint(QStringLiteral("NDCG@10"), 1, 0.42324948, QStringLiteral("ease"));
        QVERIFY(chart.valueRange().first >= 0);
        QVERIFY(chart.valueRange().first < 0.4232 && chart.valueRange().second > 0.4233);
        QVERIFY(chart.valueRange().second - chart.valueRange().first > 0.01);
        chart.reset();
        chart.addPoint(QStringLiteral("mean wQL"), 1, 0.002, QStringLiteral("naive"));
        chart.addPoint(QStringLiteral("mean wQL"), 2, 0.9, QStringLiteral("ets"));
        QVERIFY(chart.valueRange().first >= 0);
    }

    // Issue 12: large values read as people read them; zooming in time fits the values in view.
    void chartReadsLargeValues()
    {
        ForecastChart chart;
        chart.resize(900, 500);
        std::vector<qint64> times;
        std::vector<double> values;
        const qint64 day = 86400000;
        for (int d = 0; d < 120; ++d) {
            times.push_back(qint64(d) * day);
            // 4 million a day, and ten times that in the last month.
            values.push_back(d < 90 ? 4.0e6 + 1e5 * (d % 7) : 4.0e7);
        }
        ForecastBand band;
        band.name = QStringLiteral("f");
        for (int h = 0; h < 14; ++h) {
            band.timesMs.push_back(qint64(120 + h) * day);
            band.median.push_back(4.0e7);
        }
        chart.setData(QStringLiteral("big"), times, values, band, true);
        QVERIFY2(chart.valueAxisTitle().contains(QStringLiteral("millions")), qPrintable(chart.valueAxisTitle()));
        QVERIFY(chart.valueRange().second >= 4.0e7);
        chart.zoomToRange(0, 60 * day);
        const auto early = chart.valueRange();
        QVERIFY2(early.second < 1.0e7, qPrintable(QString::number(early.second)));
        QVERIFY(early.first >= 0 && early.first <= 4.0e6);
        // Small values keep their own unit.
        chart.setData(QStringLiteral("small"), {0, day}, {3, 5}, {}, true);
        QVERIFY(chart.valueAxisTitle().isEmpty());
    }

    void recommendationExplorer()
    {
        const auto recommender = trainShopRecommender(m_path, "ease", QStringLiteral("shop-ease"));
        QVERIFY(recommender);
        m_session.addRecommender(recommender);

        RecommendExplorer explorer(&m_session);
        explorer.resize(1200, 800);
        explorer.show();
        QVERIFY(explorer.relatedHint().contains(QStringLiteral("Train or open")));
        explorer.showRecommender(QStringLiteral("shop-ease"));
        QVERIFY2(explorer.relatedHint().contains(QStringLiteral("Pick an item")), qPrintable(explorer.relatedHint()));
        const int seenCount = explorer.historyModel()->rowCount();
        QVERIFY(seenCount > 0);
        QCOMPARE(explorer.recommendationModel()->rowCount(), std::min(25, int(recommender->model.data->itemCount()) - seenCount));

        // Issue 12: the history says when (the latest event) and which kinds of event, counted;
        // the types arrive once the rows are indexed off the GUI thread.
        QCOMPARE(explorer.historyModel()->headerData(3, Qt::Horizontal).toString(), QStringLiteral("Last event"));
        QCOMPARE(explorer.historyModel()->headerData(4, Qt::Horizontal).toString(), QStringLiteral("Event types"));
        QVERIFY(!explorer.historyModel()->index(0, 3).data().toString().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(explorer.historyModel()->index(0, 4).data().toString().contains(QStringLiteral("\u00d7")), 10000);
        for (int r = 1; r < explorer.historyModel()->rowCount(); ++r) // most recent first
            QVERIFY(explorer.historyModel()->rows()[size_t(r - 1)].lastEvent >= explorer.historyModel()->rows()[size_t(r)].lastEvent);
        int eventsInTypes = 0;
        for (const QString& part : explorer.historyModel()->rows().front().eventTypes.split(QStringLiteral(", ")))
            eventsInTypes += part.section(QChar(0x00d7), 1).toInt();
        QCOMPARE(eventsInTypes, int(explorer.historyModel()->rows().front().value)); // the types count every event

        // Items the user has seen are not recommended.
        QSet<QString> seen;
        for (const auto& row : explorer.historyModel()->rows()) seen.insert(row.itemId);
        for (const auto& row : explorer.recommendationModel()->rows()) QVERIFY(!seen.contains(row.itemId));

        // A filter on item metadata applies; a broken one is refused with a reason.
        int categoryColumn = -1;
        for (int c = 0; c < explorer.recommendationModel()->columnCount(); ++c)
            if (explorer.recommendationModel()->headerData(c, Qt::Horizontal).toString() == QStringLiteral("CATEGORY")) categoryColumn = c;
        QVERIFY(categoryColumn > 0);
        QVERIFY(explorer.setFilter(QStringLiteral("EXCLUDE ItemID WHERE Items.CATEGORY IN (\"Books\")")));
        QVERIFY(explorer.recommendationModel()->rowCount() > 0);
        for (int r = 0; r < explorer.recommendationModel()->rowCount(); ++r)
            QVERIFY(!explorer.recommendationModel()->index(r, categoryColumn).data().toString().contains(QStringLiteral("Books")));
        QVERIFY(!explorer.setFilter(QStringLiteral("EXCLUDE ItemID WHERE Items.NOPE IN (\"x\")")));
        QVERIFY(explorer.setFilter(QString()));

        // Related items come from SIMS, fitted in the background.
        QSignalSpy related(&explorer, &RecommendExplorer::relatedItemsShown);
        const QString item = QString::fromStdString(recommender->model.data->itemId(0));
        explorer.selectItem(item);
        QVERIFY(related.wait(10000));
        QVERIFY(explorer.relatedModel()->rowCount() > 0);
        QVERIFY(explorer.relatedHint().contains(item));
        for (const auto& row : explorer.relatedModel()->rows()) QVERIFY(row.itemId != item);

        // Issue 12: the related items have the user tab's result count and filter.
        auto* relatedCount = explorer.findChild<QSpinBox*>(QStringLiteral("relatedCount"));
        QVERIFY(relatedCount);
        const int before = explorer.relatedModel()->rowCount();
        relatedCount->setValue(2);
        QCOMPARE(explorer.relatedModel()->rowCount(), std::min(2, before));
        relatedCount->setValue(25);
        QVERIFY(explorer.setRelatedFilter(QStringLiteral("EXCLUDE ItemID WHERE Items.CATEGORY IN (\"Books\")")));
        int relatedCategory = -1;
        for (int c = 0; c < explorer.relatedModel()->columnCount(); ++c)
            if (explorer.relatedModel()->headerData(c, Qt::Horizontal).toString() == QStringLiteral("CATEGORY")) relatedCategory = c;
        QVERIFY(relatedCategory > 0);
        for (int r = 0; r < explorer.relatedModel()->rowCount(); ++r)
            QVERIFY(!explorer.relatedModel()->index(r, relatedCategory).data().toString().contains(QStringLiteral("Books")));
        QVERIFY(!explorer.setRelatedFilter(QStringLiteral("EXCLUDE ItemID WHERE Items.NOPE IN (\"x\")")));
        QVERIFY(explorer.setRelatedFilter(QString()));
        QCOMPARE(explorer.relatedModel()->rowCount(), before);

        // Re-ranking keeps every candidate; unknown ones go last.
        const QString user = QString::fromStdString(recommender->model.data->userId(0));
        const QString a = QString::fromStdString(recommender->model.data->itemId(1));
        const QString b = QString::fromStdString(recommender->model.data->itemId(2));
        explorer.rankCandidates(user, QStringLiteral("NOT-AN-ITEM\n") + a + QStringLiteral(", ") + b);
        QCOMPARE(explorer.rankedModel()->rowCount(), 3);
        QCOMPARE(explorer.rankedModel()->rows().back().itemId, QStringLiteral("NOT-AN-ITEM"));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    ProjectSession m_session;
};

QTEST_MAIN(TestExplorers)
#include "tst_explorers.moc"
