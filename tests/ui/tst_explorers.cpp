// The forecast and recommendation explorers on a small sample project: search, select, chart with
// band and backtest overlay, comparison, filters, related items, re-ranking and exports.
#include "recommend/RecommenderTraining.h"
#include "tests/ui/UiTestProject.h"
#include "ui/ForecastChart.h"
#include "ui/ForecastExplorer.h"
#include "ui/ForecastItemModel.h"
#include "ui/ProjectSession.h"
#include "ui/RecommendExplorer.h"
#include "ui/RecommendationModels.h"
#include "ui/TrainForecastDialog.h"

#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
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
        QString error;
        QVERIFY2(m_session.open(m_path, &error), qPrintable(error));
    }

    // Issue 12: the train dialog lists the related dataset's columns; each becomes a regressor,
    // a historical column, or is left out, and the request says so.
    void trainDialogChoosesRelatedColumns()
    {
        TrainForecastDialog dialog(m_session, QStringLiteral("0.1,0.5,0.9"));
        dialog.setDataset(QString::fromLatin1(SampleDatasetNames::retailDemand));
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

    void forecastExplorer()
    {
        ForecastExplorer explorer(&m_session);
        explorer.resize(1200, 800);
        explorer.show();
        QSignalSpy loaded(&explorer, &ForecastExplorer::loaded);
        QSignalSpy backtest(&explorer, &ForecastExplorer::backtestShown);
        explorer.showForecast(QStringLiteral("demand-ets"));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(explorer.itemModel()->rowCount(), 12);
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

    void recommendationExplorer()
    {
        const auto recommender = trainShopRecommender(m_path, "ease", QStringLiteral("shop-ease"));
        QVERIFY(recommender);
        m_session.addRecommender(recommender);

        RecommendExplorer explorer(&m_session);
        explorer.resize(1200, 800);
        explorer.show();
        explorer.showRecommender(QStringLiteral("shop-ease"));
        const int seenCount = explorer.historyModel()->rowCount();
        QVERIFY(seenCount > 0);
        QCOMPARE(explorer.recommendationModel()->rowCount(), std::min(25, int(recommender->model.data->itemCount()) - seenCount));

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
        for (const auto& row : explorer.relatedModel()->rows()) QVERIFY(row.itemId != item);

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
