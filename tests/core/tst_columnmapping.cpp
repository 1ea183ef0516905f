#include "data/DatasetLoader.h"

#include <QtTest/QtTest>

using namespace almanac;

class TestColumnMapping : public QObject {
    Q_OBJECT

private:
    static Result<LoadedDataset> load(const std::string& text, const std::string& domain = "",
                                      std::map<std::string, std::string> map = {}, std::vector<std::string> dims = {})
    {
        ImportOptions options;
        options.domain = domain;
        options.mapping = std::move(map);
        options.dimensions = std::move(dims);
        return loadDatasetFromString(text, "t.csv", options);
    }

private slots:
    void headers_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("itemHeader");
        QTest::addColumn<QString>("targetHeader");
        QTest::newRow("custom exact") << "item_id,timestamp,target_value" << "" << "item_id" << "target_value";
        QTest::newRow("any case and order") << "TARGET_VALUE,Timestamp,Item_Id" << "" << "Item_Id" << "TARGET_VALUE";
        QTest::newRow("synonyms") << "sku,date,sales" << "" << "sku" << "sales";
        QTest::newRow("spaces in names") << "Item ID,Date,Demand" << "RETAIL" << "Item ID" << "Demand";
        QTest::newRow("retail demand") << "item_id,timestamp,demand" << "RETAIL" << "item_id" << "demand";
        QTest::newRow("metrics") << "metric_name,timestamp,metric_value" << "METRICS" << "metric_name" << "metric_value";
        // Issue 12: the headers of real business files map without --map.
        QTest::newRow("weekly retail file") << "Store,Date,Weekly_Sales,Holiday_Flag,Temperature" << "" << "Store" << "Weekly_Sales";
        QTest::newRow("units sold") << "Product Code,Week Ending,Units Sold" << "" << "Product Code" << "Units Sold";
        QTest::newRow("revenue") << "SKU,Month,Revenue" << "" << "SKU" << "Revenue";
        QTest::newRow("store and product: the product is the item") << "Store,Product,Date,Qty" << "" << "Product" << "Qty";
        QTest::newRow("exact beats synonym") << "value,item_id,timestamp,target_value" << "" << "item_id" << "target_value";
    }
    void headers()
    {
        QFETCH(QString, header);
        QFETCH(QString, domain);
        QFETCH(QString, itemHeader);
        QFETCH(QString, targetHeader);
        const int columns = int(header.count(QLatin1Char(',')) + 1);
        std::string row;
        // A row that fits any of the headers above: numbers where the target might be.
        const QStringList names = header.split(QLatin1Char(','));
        for (int i = 0; i < columns; ++i) {
            const QString n = names[i].toLower();
            row += (i ? "," : "");
            row += n.contains(QLatin1String("date")) || n.contains(QLatin1String("timestamp")) || n.startsWith(QLatin1String("week e"))
                           || n == QLatin1String("month")
                       ? "2020-01-01"
                 : n.contains(QLatin1String("item")) || n.contains(QLatin1String("sku")) || n.contains(QLatin1String("metric_name"))
                           || n.contains(QLatin1String("product"))
                       ? "A"
                 : "1";
        }
        auto data = load(header.toStdString() + "\n" + row + "\n", domain.toStdString());
        QVERIFY2(data.isOk(), data.status().message().c_str());
        QCOMPARE(QString::fromStdString(data->table.columnWithRole(FieldRole::Item)->sourceHeader), itemHeader);
        QCOMPARE(QString::fromStdString(data->table.columnWithRole(FieldRole::Target)->sourceHeader), targetHeader);
    }

    void explicitMap()
    {
        auto data = load("StockCode,InvoiceDate,Quantity,Country\nA,2020-01-01,3,UK\n", "",
                         {{"item_id", "StockCode"}, {"target_value", "Quantity"}});
        QVERIFY2(data.isOk(), data.status().message().c_str());
        QCOMPARE(data->table.columnWithRole(FieldRole::Target)->numbers[0], 3.0);
        QCOMPARE(data->ignoredHeaders, std::vector<std::string>{"Country"});
    }

    void dimensions()
    {
        auto data = load("item_id,store,timestamp,target_value\nA,S1,2020-01-01,3\n", "", {}, {"store"});
        QVERIFY(data.isOk());
        QCOMPARE(data->table.columnsWithRole(FieldRole::Dimension).size(), size_t(1));
        // RETAIL's optional location is a dimension without being asked for.
        auto retail = load("item_id,location,timestamp,demand\nA,Paris,2020-01-01,3\n", "RETAIL");
        QVERIFY(retail.isOk());
        QCOMPARE(retail->table.columnWithRole(FieldRole::Dimension)->text(0), std::string("Paris"));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing target") << "item_id,timestamp\nA,2020-01-01\n" << "row 1: no column for required field 'target_value'";
        QTest::newRow("empty file") << "" << "row 1: the file is empty";
        QTest::newRow("header only") << "item_id,timestamp,target_value\n" << "row 2: the file has a header but no data rows";
        QTest::newRow("impossible timestamp") << "item_id,timestamp,target_value\nA,2020-01-01,1\nA,2020-02-30,1\n"
                                              << "row 3, column 2 ('timestamp'): '2020-02-30' is not a valid timestamp";
        QTest::newRow("non-numeric value") << "item_id,timestamp,target_value\nA,2020-01-01,lots\n"
                                           << "row 2, column 3 ('target_value'): 'lots' is not a number";
        QTest::newRow("ragged row") << "item_id,timestamp,target_value\nA,2020-01-01,1\nA,2020-01-02\n"
                                    << "row 3: 2 fields, but the header has 3";
        QTest::newRow("empty item") << "item_id,timestamp,target_value\n,2020-01-01,1\n" << "row 2, column 1 ('item_id'): the identifier is empty";
        QTest::newRow("long identifier") << QString::fromLatin1("item_id,timestamp,target_value\n") + QString(300, QLatin1Char('x'))
                                                + QString::fromLatin1(",2020-01-01,1\n")
                                         << "identifier longer than 256";
        QTest::newRow("unreadable timestamps") << "item_id,timestamp,target_value\nA,soon,1\n"
                                               << "row 2, column 2 ('timestamp'): 'soon' is not a timestamp";
    }
    void errors()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        auto data = load(text.toStdString());
        QVERIFY(!data.isOk());
        QVERIFY2(QString::fromStdString(data.status().message()).contains(expected), data.status().message().c_str());
        QVERIFY(QString::fromStdString(data.status().message()).startsWith(QStringLiteral("t.csv: row")));
    }

    // Issue 12: "skip bad rows" leaves each bad row out whole (a row whose item was read before
    // its value failed adds no item), counts them, and keeps the first errors with row and column.
    void badRowsSkipped_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("items");
        QTest::addColumn<int>("skipped");
        QTest::addColumn<QString>("firstError");
        const QString header = QStringLiteral("item_id,timestamp,target_value\n");
        QTest::newRow("none bad") << header + "A,2020-01-01,1\nA,2020-01-02,2\n" << 2 << 1 << 0 << QString();
        QTest::newRow("a value") << header + "A,2020-01-01,1\nB,2020-01-02,lots\nA,2020-01-03,3\n" << 2 << 1 << 1
                                 << "t.csv: row 3, column 3 ('target_value'): 'lots' is not a number";
        QTest::newRow("a date") << header + "A,2020-01-01,1\nB,soon,1\nA,2020-01-03,3\n" << 2 << 1 << 1
                                << "t.csv: row 3, column 2 ('timestamp'): 'soon' is not a valid timestamp";
        QTest::newRow("ragged and empty item") << header + "A,2020-01-01,1\nA,2020-01-02\n,2020-01-03,3\nA,2020-01-04,4\n"
                                               << 2 << 1 << 2 << "t.csv: row 3: 2 fields, but the header has 3";
    }
    void badRowsSkipped()
    {
        QFETCH(QString, text);
        QFETCH(int, rows);
        QFETCH(int, items);
        QFETCH(int, skipped);
        QFETCH(QString, firstError);
        ImportOptions options;
        options.skipBadRows = true;
        auto data = loadDatasetFromString(text.toStdString(), "t.csv", options);
        QVERIFY2(data.isOk(), data.status().message().c_str());
        QCOMPARE(data->table.rowCount, size_t(rows));
        QCOMPARE(data->table.columnWithRole(FieldRole::Item)->strings->size(), size_t(items));
        QCOMPARE(data->table.columnWithRole(FieldRole::Target)->numbers.size(), size_t(rows));
        QCOMPARE(data->skipped.count, int64_t(skipped));
        QCOMPARE(data->skipped.firstErrors.size(), size_t(std::min(skipped, int(SkippedRows::kKeptErrors))));
        if (skipped > 0) QVERIFY2(QString::fromStdString(data->skipped.firstErrors.front()).startsWith(firstError),
                                  data->skipped.firstErrors.front().c_str());
        // Without the option the first bad row is the error.
        if (skipped > 0) QVERIFY(!load(text.toStdString()).isOk());
    }

    void everyRowBadIsStillAnError()
    {
        ImportOptions options;
        options.skipBadRows = true;
        auto data = loadDatasetFromString("item_id,timestamp,target_value\nA,2020-01-01,x\nA,2020-01-02,y\n", "t.csv", options);
        QVERIFY(!data.isOk());
        QVERIFY2(QString::fromStdString(data.status().message()).startsWith(QStringLiteral("t.csv: none of the 2 data rows")),
                 data.status().message().c_str());
    }

    void loadingReportsProgressAndCancels()
    {
        std::string csv = "item_id,timestamp,target_value\n";
        for (int i = 0; i < 300000; ++i) csv += "A,2024-01-01,1\n";
        CancelToken cancel;
        JobContext job;
        job.cancel = &cancel;
        double seen = 0;
        job.progress = [&](double f, const std::string&) {
            seen = std::max(seen, f);
            if (f > 0.2) cancel.cancel();
        };
        auto data = loadDatasetFromString(csv, "t.csv", ImportOptions{}, job);
        QVERIFY(data.status().isCancelled());
        QVERIFY(seen > 0.2 && seen < 1.0);
    }

    void latin1TextBecomesUtf8()
    {
        ImportOptions options;
        options.type = DatasetType::Items;
        auto data = loadDatasetFromString("item_id,brand\nA,Caf\xE9 M\xFCller\n", "t.csv", options);
        QVERIFY(data.isOk());
        QCOMPARE(data->table.column("brand")->text(0), std::string("Caf\xC3\xA9 M\xC3\xBCller"));
    }
};

QTEST_APPLESS_MAIN(TestColumnMapping)
#include "tst_columnmapping.moc"
