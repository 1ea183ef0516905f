// The workbench's item models: each passes QAbstractItemModelTester and shows what core holds.
#include "data/CsvPreview.h"
#include "tests/ui/UiTestProject.h"
#include "ui/CsvPreviewModel.h"
#include "ui/DatasetView.h"
#include "ui/ForecastData.h"
#include "ui/ForecastItemModel.h"
#include "ui/ProjectSession.h"
#include "ui/ProjectTreeModel.h"
#include "ui/RecommendationModels.h"
#include "ui/TableClipboard.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest/QtTest>

using namespace almanac;
using namespace almanac::ui;

class TestModels : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("models.almanac"));
        QVERIFY(makeTestProject(m_path));
    }

    void projectTree()
    {
        ProjectSession session;
        ProjectTreeModel model(&session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QString error;
        QVERIFY2(session.open(m_path, &error), qPrintable(error));
        QCOMPARE(model.rowCount(), 5);
        const QModelIndex datasets = model.groupIndex(ProjectTreeModel::Group::Datasets);
        QCOMPARE(model.rowCount(datasets), 6);
        QCOMPARE(model.rowCount(model.groupIndex(ProjectTreeModel::Group::Forecasts)), 1);
        const QModelIndex first = model.index(0, 0, datasets);
        QCOMPARE(first.data(ProjectTreeModel::KindRole).toInt(), int(ProjectTreeModel::DatasetNode));
        QCOMPARE(first.data(ProjectTreeModel::NameRole).toString(), QStringLiteral("retail_demand"));
        QCOMPARE(first.parent(), datasets);
        QVERIFY(first.data(Qt::ToolTipRole).toString().contains(QStringLiteral("rows")));
        session.close();
        QCOMPARE(model.rowCount(), 0);
    }

    void csvPreview_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("columns");
        QTest::addColumn<int>("numberColumn");
        QTest::addColumn<int>("timeColumn");
        QTest::newRow("comma") << QStringLiteral("id,when,qty\nA,2024-01-01,3\nB,2024-01-02,4\n") << 3 << 2 << 1;
        QTest::newRow("semicolon, decimal comma") << QStringLiteral("qty;id;when\n3,5;A;01.02.2024\n4,25;B;02.02.2024\n") << 3 << 0 << 2;
        QTest::newRow("invoice times") << QStringLiteral("InvoiceDate,StockCode,Quantity\n12/1/2010 8:26,85123A,6\n12/1/2010 8:28,71053,-1\n")
                                       << 3 << 2 << 0;
    }

    void csvPreview()
    {
        QFETCH(QString, text);
        QFETCH(int, columns);
        QFETCH(int, numberColumn);
        QFETCH(int, timeColumn);
        const QString file = m_dir.filePath(QStringLiteral("preview.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
        f.close();
        auto preview = previewCsv(file.toStdString());
        QVERIFY(preview.isOk());
        CsvPreviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPreview(std::make_shared<const CsvPreview>(std::move(*preview)));
        QCOMPARE(model.columnCount(), columns);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.headerData(numberColumn, Qt::Horizontal, CsvPreviewModel::ColumnTypeRole).toInt(), int(FieldType::Number));
        QCOMPARE(model.headerData(timeColumn, Qt::Horizontal, CsvPreviewModel::ColumnTypeRole).toInt(), int(FieldType::Timestamp));
    }

    void forecastItems()
    {
        auto data = loadForecastData(m_path.toStdString(), "demand-ets", {});
        QVERIFY2(data.isOk(), data.status().message().c_str());
        ForecastItemModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setData(*data);
        QCOMPARE(model.rowCount(), 12);
        // Every item has its backtest error unless its held-out actuals were all zero (wQL undefined).
        int measured = 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            QVERIFY(!model.index(r, ForecastItemModel::ItemColumn).data().toString().isEmpty());
            if (model.index(r, ForecastItemModel::WapeColumn).data(ForecastItemModel::SortRole).toDouble() < 1e300) ++measured;
        }
        QVERIFY(measured >= 6);
        // Sorting by mean demand is numeric, not by the displayed text.
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ForecastItemModel::SortRole);
        proxy.sort(ForecastItemModel::DemandColumn, Qt::DescendingOrder);
        for (int r = 1; r < proxy.rowCount(); ++r)
            QVERIFY(proxy.index(r - 1, ForecastItemModel::DemandColumn).data(ForecastItemModel::SortRole).toDouble()
                    >= proxy.index(r, ForecastItemModel::DemandColumn).data(ForecastItemModel::SortRole).toDouble());
        // The top fifth by demand is "high".
        QCOMPARE(proxy.index(0, ForecastItemModel::VelocityColumn).data().toString(), QStringLiteral("high"));
        // Each series' history came along.
        for (int h : (*data)->historyOf) QVERIFY(h >= 0);
        QCOMPARE((*data)->forecast.series.front().timestamps.size(), size_t(14));
    }

    void datasetRows()
    {
        auto project = ProjectFile::open(m_path.toStdString());
        QVERIFY(project.isOk());
        auto dataset = (*project)->loadDataset("retail_items");
        QVERIFY(dataset.isOk());
        DataTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDataset(std::make_shared<const LoadedDataset>(std::move(*dataset)));
        QCOMPARE(model.rowCount(), 12);
        QVERIFY(model.columnCount() >= 2);
    }

    void recommendationModels()
    {
        const auto recommender = trainShopRecommender(m_path, "popularity");
        QVERIFY(recommender);
        EntityListModel users(EntityListModel::Kind::Users);
        QAbstractItemModelTester usersTester(&users, QAbstractItemModelTester::FailureReportingMode::QtTest);
        users.setRecommender(recommender);
        QCOMPARE(size_t(users.rowCount()), recommender->model.data->userCount());
        ScoredItemModel scored(QStringLiteral("Score"), 4);
        QAbstractItemModelTester scoredTester(&scored, QAbstractItemModelTester::FailureReportingMode::QtTest);
        scored.setRecommender(recommender);
        const QString item = QString::fromStdString(recommender->model.data->itemId(0));
        scored.setRows({{item, 0.5}, {QStringLiteral("unknown"), 0.25}});
        QCOMPARE(scored.rowCount(), 2);
        QVERIFY(scored.columnCount() > 3); // metadata columns of the items dataset
        QVERIFY(!scored.index(0, 3).data().toString().isEmpty());
        QVERIFY(scored.index(1, 3).data().toString().isEmpty());

        // Copying a selection gives tab-separated rows with a header, numbers as plain decimals.
        QTableView view;
        view.setModel(&scored);
        view.selectAll();
        const QString tsv = selectionAsTsv(&view);
        const QStringList lines = tsv.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].startsWith(QStringLiteral("#\tItem\tScore")));
        QVERIFY(lines[1].contains(QStringLiteral("\t0.5\t")));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
