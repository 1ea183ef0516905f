// Items without target history (cold start): item metadata attached to series, cold items brought
// in by the related series and the metadata, and the metadata-group average that recipes which
// forecast one series at a time give them.
#include "data/ItemMetadata.h"
#include "data/RelatedSeries.h"
#include "forecast/ColdStartForecast.h"
#include "forecast/ForecastPipeline.h"

#include <QtTest/QtTest>

using namespace almanac;

namespace {

LoadedDataset loaded(const std::string& csv, const std::string& name, DatasetType type)
{
    ImportOptions options;
    options.type = type;
    auto data = loadDatasetFromString(csv, name, options);
    if (!data.isOk()) qFatal("%s", data.status().message().c_str());
    return std::move(*data);
}

// Three days of A (category x) and B (category y), then a horizon of two days.
std::string target() { return "item_id,timestamp,target_value\nA,2024-01-01,10\nA,2024-01-02,10\nA,2024-01-03,10\n"
                              "B,2024-01-01,40\nB,2024-01-02,40\nB,2024-01-03,40\n"; }

SeriesSet prepared(const std::string& csv)
{
    const LoadedDataset t = loaded(csv, "t.csv", DatasetType::Target);
    auto series = prepareTargetSeries(t, {});
    if (!series.isOk()) qFatal("%s", series.status().message().c_str());
    return std::move(*series);
}

} // namespace

class TestColdStart : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void metadataIsAttachedToEverySeries()
    {
        SeriesSet set = prepared(target());
        std::vector<std::string> notes;
        // Twelve items, two with history; sku is a value per item, which groups nothing.
        std::string csv = "item_id,category,brand,sku\nA,x,p,1001\nB,y,q,1002\n";
        for (int i = 0; i < 10; ++i) csv += "N" + std::to_string(i) + (i % 2 ? ",x,p," : ",y,q,") + std::to_string(2000 + i) + "\n";
        QVERIFY(attachItemMetadata(loaded(csv, "items.csv", DatasetType::Items), set, &notes).isOk());
        QCOMPARE(set.attributeNames, (std::vector<std::string>{"category", "brand"}));
        QCOMPARE(set.series[0].attributes, (std::vector<std::string>{"x", "p"}));
        QCOMPARE(set.series[1].attributes, (std::vector<std::string>{"y", "q"}));
        QCOMPARE(set.coldItems.size(), size_t(10));
        QCOMPARE(set.coldItems[1].attributes, (std::vector<std::string>{"x", "p"}));
        QCOMPARE(notes.size(), size_t(1));
        QVERIFY2(QString::fromStdString(notes[0]).contains(QStringLiteral("(sku) were left out")), notes[0].c_str());
    }

    void badMetadataIsRefused_data()
    {
        QTest::addColumn<QString>("csv");
        QTest::addColumn<QString>("expected");
        QTest::newRow("listed twice") << "item_id,category\nA,x\nB,y\nA,z\n" << "items.csv: row 4, column item_id: item 'A' is listed twice";
        QTest::newRow("only distinct values") << "item_id,sku\nA,1\nB,2\nC,3\nD,4\nE,5\nF,6\nG,7\nH,8\nI,9\nJ,10\n"
                                          << "items.csv: row 1: no columns besides the item id that group items";
        QTest::newRow("other items") << "item_id,category\nC,x\nD,y\n" << "none of its items is an item of the target series";
    }
    void badMetadataIsRefused()
    {
        QFETCH(QString, csv);
        QFETCH(QString, expected);
        SeriesSet set = prepared(target());
        const Status status = attachItemMetadata(loaded(csv.toStdString(), "items.csv", DatasetType::Items), set);
        QVERIFY(!status.isOk());
        QVERIFY2(QString::fromStdString(status.message()).contains(expected), status.message().c_str());
    }

    void metadataBringsColdItemsWithoutRelatedSeries()
    {
        SeriesSet set = prepared(target());
        const LoadedDataset items = loaded("item_id,category\nA,x\nB,y\nC,x\n", "items.csv", DatasetType::Items);
        QVERIFY(attachItemMetadata(items, set).isOk());
        QCOMPARE(set.coldItems.size(), size_t(1));
        QCOMPARE(set.coldItems[0].itemId, std::string("C"));
        QCOMPARE(set.coldItems[0].attributes, (std::vector<std::string>{"x"}));
        QCOMPARE(set.coldItems[0].firstPeriod, set.endPeriod);
        QVERIFY(set.coldItems[0].values.empty());
    }

    void relatedSeriesBringColdItemsWithTheirHorizon()
    {
        SeriesSet set = prepared(target());
        // C has promotions in the horizon only; D only in the history (nothing to forecast with).
        const LoadedDataset related = loaded("item_id,timestamp,promo\n"
                                             "A,2024-01-01,0\nA,2024-01-02,0\nA,2024-01-03,0\nA,2024-01-04,1\nA,2024-01-05,0\n"
                                             "B,2024-01-01,0\nB,2024-01-02,0\nB,2024-01-03,0\nB,2024-01-04,0\nB,2024-01-05,0\n"
                                             "C,2024-01-04,1\nC,2024-01-05,0\nD,2024-01-02,1\n",
                                             "r.csv", DatasetType::Related);
        QVERIFY(attachRelatedSeries(related, set, 2).isOk());
        QCOMPARE(set.coldItems.size(), size_t(1));
        const TimeSeries& cold = set.coldItems[0];
        QCOMPARE(cold.itemId, std::string("C"));
        QCOMPARE(cold.firstPeriod, set.endPeriod);
        QCOMPARE(cold.features.size(), size_t(1));
        QCOMPARE(cold.features[0], (std::vector<double>{1, 0}));
        // Metadata for the cold item: attached; a metadata-only item is not forecast without its
        // related series, and the note says so.
        std::vector<std::string> notes;
        const LoadedDataset items = loaded("item_id,category\nA,x\nB,y\nC,y\nE,x\n", "items.csv", DatasetType::Items);
        QVERIFY(attachItemMetadata(items, set, &notes).isOk());
        QCOMPARE(set.coldItems.size(), size_t(1));
        QCOMPARE(set.coldItems[0].attributes, (std::vector<std::string>{"y"}));
        QCOMPARE(notes.size(), size_t(1));
        QVERIFY2(QString::fromStdString(notes[0]).contains(QStringLiteral("1 item of items.csv has no target history")), notes[0].c_str());
    }

    void groupAverageKnownAnswers_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<double>("expected");
        QTest::newRow("shares x") << "x" << 15.0;  // A (10) and C (20)
        QTest::newRow("shares y") << "y" << 40.0;  // B
        QTest::newRow("shares nothing") << "z" << 70.0 / 3.0; // every item
    }
    void groupAverageKnownAnswers()
    {
        QFETCH(QString, category);
        QFETCH(double, expected);
        SeriesSet set;
        for (const auto& [id, c] : {std::pair{"A", "x"}, {"B", "y"}, {"C", "x"}}) {
            TimeSeries s;
            s.itemId = id;
            s.attributes = {c};
            set.series.push_back(s);
        }
        TimeSeries cold;
        cold.itemId = "N";
        cold.attributes = {category.toStdString()};
        set.coldItems.push_back(cold);
        std::vector<SeriesForecast> forecasts;
        for (double level : {10.0, 40.0, 20.0}) forecasts.push_back({{level, level}, {{level - 1, level - 1}, {level + 1, level + 1}}});
        const auto averaged = metadataGroupAverages(set, forecasts);
        QCOMPARE(averaged.size(), size_t(1));
        QCOMPARE(averaged[0].mean[1], expected);
        QCOMPARE(averaged[0].quantiles[0][0], expected - 1);
        QCOMPARE(averaged[0].quantiles[1][1], expected + 1);
    }

    void localRecipesGiveColdItemsTheirGroupAverage()
    {
        const LoadedDataset t = loaded(target() + "C,2024-01-01,20\nC,2024-01-02,20\nC,2024-01-03,20\n", "t.csv", DatasetType::Target);
        const LoadedDataset items = loaded("item_id,category\nA,x\nB,y\nC,x\nN,x\n", "items.csv", DatasetType::Items);
        ForecastInputs inputs;
        inputs.target = &t;
        inputs.items = &items;
        ForecastSpec spec;
        spec.horizon = 2;
        auto run = runForecast(inputs, spec, "naive");
        QVERIFY2(run.isOk(), run.status().message().c_str());
        QCOMPARE(run->series.series.size(), size_t(4));
        QCOMPARE(run->forecasts.size(), size_t(4));
        QCOMPARE(run->series.series.back().itemId, std::string("N"));
        QCOMPARE(run->forecasts.back().mean, (std::vector<double>{15, 15}));
        const auto said = std::find_if(run->notes.begin(), run->notes.end(), [](const std::string& n) {
            return n.find("1 item without target history (cold start) was given the average forecast of the items sharing their metadata") != std::string::npos;
        });
        QVERIFY(said != run->notes.end());
    }
};

QTEST_APPLESS_MAIN(TestColdStart)
#include "tst_coldstart.moc"
