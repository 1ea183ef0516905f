// Forecasting a dataset stored in a project (with the preparation chosen at import), the holdout
// forecast behind the explorer's backtest overlay, recipe labels, and mapping suggestions.
#include "data/ColumnMapping.h"
#include "data/SeriesPreparation.h"
#include "forecast/HoldoutForecast.h"
#include "project/ProjectForecasting.h"

#include <QTemporaryDir>
#include <QtTest/QtTest>

using namespace almanac;

using Parameters = std::map<std::string, std::string>;
Q_DECLARE_METATYPE(Parameters)

class TestProjectForecasting : public QObject {
    Q_OBJECT
private slots:
    void recipeLabels_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("recipe");
        QTest::addColumn<Parameters>("parameters");
        QTest::newRow("plain") << "ets" << "ets" << Parameters{};
        QTest::newRow("one parameter") << "prophet(changepoint_prior=0.5)" << "prophet" << Parameters{{"changepoint_prior", "0.5"}};
        QTest::newRow("two parameters") << "npts(kernel=exponential, seasonal=1)" << "npts"
                                        << Parameters{{"kernel", "exponential"}, {"seasonal", "1"}};
        QTest::newRow("ensemble: its first member") << "theta+ets+arima" << "theta" << Parameters{};
    }

    void recipeLabels()
    {
        QFETCH(QString, label);
        QFETCH(QString, recipe);
        QFETCH(Parameters, parameters);
        const RecipeLabel parsed = parseRecipeLabel(label.toStdString());
        QCOMPARE(QString::fromStdString(parsed.recipe), recipe);
        QCOMPARE(parsed.parameters, parameters);
    }

    void holdoutForecastOfNaive()
    {
        // naive repeats the last value before the held-out periods; its median adds the median past
        // change over the same lead time (here always +h).
        TimeSeries series = TimeSeries::fromValues({1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
        series.itemId = "A";
        ForecastSpec spec;
        spec.frequency = *Frequency::parse("D");
        spec.quantiles = {0.5};
        auto forecast = forecastHoldout({"naive", {}}, series, spec, 3);
        QVERIFY(forecast.isOk());
        QCOMPARE(forecast->mean, (std::vector<double>{7, 7, 7}));
        QCOMPARE(forecast->quantiles.front(), (std::vector<double>{8, 9, 10}));
        QVERIFY(!forecastHoldout({"naive", {}}, series, spec, 10).isOk());
        QVERIFY(!forecastHoldout({"no-such-recipe", {}}, series, spec, 3).isOk());
    }

    void storedPreparationIsUsed_data()
    {
        QTest::addColumn<QString>("aggregation");
        QTest::addColumn<double>("expected");
        QTest::newRow("sum") << "sum" << 4.0;
        QTest::newRow("avg") << "avg" << 2.0;
        QTest::newRow("max") << "max" << 3.0;
    }

    void storedPreparationIsUsed()
    {
        QFETCH(QString, aggregation);
        QFETCH(double, expected);
        QTemporaryDir dir;
        auto project = ProjectFile::create(dir.filePath(QStringLiteral("p.almanac")).toStdString());
        QVERIFY(project.isOk());
        // Two rows a day (1 and 3): the stored aggregation decides what a day's value is.
        std::string csv = "item_id,timestamp,target_value\n";
        for (int d = 1; d <= 9; ++d)
            for (int v : {1, 3}) csv += "A,2024-01-0" + std::to_string(d) + "," + std::to_string(v) + "\n";
        ImportOptions options;
        auto data = loadDatasetFromString(csv, "two-a-day.csv", options);
        QVERIFY(data.isOk());
        DatasetSettings settings("D");
        PreparationOptions preparation;
        preparation.aggregation = *aggregationFromName(aggregation.toStdString());
        settings.preparation = preparationSettings(preparation);
        QVERIFY((*project)->addDataset("sales", *data, settings).isOk());

        ProjectForecastRequest request;
        request.dataset = "sales";
        request.recipe = "naive";
        request.spec.horizon = 2;
        request.spec.quantiles = {0.5};
        auto result = forecastProjectDataset(**project, request);
        QVERIFY2(result.isOk(), result.status().message().c_str());
        QCOMPARE(result->forecastName, std::string("sales-naive-1"));
        auto stored = (*project)->loadForecast(result->forecastName);
        QVERIFY(stored.isOk());
        QCOMPARE(stored->series.front().quantiles.front(), (std::vector<double>{expected, expected}));
        QVERIFY((*project)->forecastEvaluation(result->forecastName).isOk()); // backtest metrics kept
    }

    void wrongDatasetAndCancelLeaveNoForecast()
    {
        QTemporaryDir dir;
        auto project = ProjectFile::create(dir.filePath(QStringLiteral("p.almanac")).toStdString());
        ImportOptions items;
        items.type = DatasetType::Items;
        QVERIFY((*project)->addDataset("catalogue", *loadDatasetFromString("item_id,category\nA,x\n", "items.csv", items), {}).isOk());
        ProjectForecastRequest request;
        request.dataset = "catalogue";
        QCOMPARE(forecastProjectDataset(**project, request).status().code(), Status::Code::InvalidInput);

        ImportOptions target;
        auto data = loadDatasetFromString("item_id,timestamp,target_value\nA,2024-01-01,1\nA,2024-01-02,2\nA,2024-01-03,3\n", "t.csv", target);
        QVERIFY((*project)->addDataset("sales", *data, "D").isOk());
        request.dataset = "sales";
        request.recipe = "auto";
        CancelToken cancel;
        cancel.cancel();
        JobContext job;
        job.cancel = &cancel;
        QVERIFY(!forecastProjectDataset(**project, request, job).isOk());
        QVERIFY((*project)->forecastNames()->empty());
    }

    void mappingSuggestions_data()
    {
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("own name") << QStringList{"item_id", "timestamp", "demand"} << "demand" << "demand";
        QTest::newRow("synonym") << QStringList{"sku", "date", "qty"} << "item_id" << "sku";
        QTest::newRow("invoice lines: no item column") << QStringList{"InvoiceNo", "StockCode", "Quantity"} << "timestamp" << "";
    }

    void mappingSuggestions()
    {
        QFETCH(QStringList, header);
        QFETCH(QString, field);
        QFETCH(QString, expected);
        std::vector<std::string> h;
        for (const QString& s : header) h.push_back(s.toStdString());
        const auto suggested = suggestColumnMapping(*schemaFor("RETAIL", DatasetType::Target), h);
        auto it = suggested.find(field.toStdString());
        QCOMPARE(it == suggested.end() ? QString() : QString::fromStdString(it->second), expected);
    }

    void emptyMappingLeavesAFieldOut()
    {
        const auto schema = schemaFor("RETAIL", DatasetType::Target);
        const std::vector<std::string> header{"item_id", "timestamp", "demand", "location"};
        auto automatic = mapColumns(*schema, header, {}, {}, "f.csv");
        QVERIFY(automatic.isOk());
        QCOMPARE(automatic->columns.size(), size_t(4));
        auto leftOut = mapColumns(*schema, header, {{"location", ""}}, {}, "f.csv");
        QVERIFY(leftOut.isOk());
        QCOMPARE(leftOut->columns.size(), size_t(3));
        QVERIFY(!mapColumns(*schema, header, {{"demand", ""}}, {}, "f.csv").isOk()); // a required field
    }
};

QTEST_GUILESS_MAIN(TestProjectForecasting)
#include "tst_projectforecasting.moc"
