#include "data/SeriesPreparation.h"
#include "sample/SampleProject.h"
#include "store/ProjectFile.h"

#include <QtTest/QtTest>

using namespace almanac;

class TestSampleData : public QObject {
    Q_OBJECT

private slots:
    void deterministic()
    {
        const SampleFiles a = generateSampleData();
        const SampleFiles b = generateSampleData();
        QVERIFY(a.retailDemand == b.retailDemand);
        QVERIFY(a.shopInteractions == b.shopInteractions);
        SampleOptions other;
        other.seed = 7;
        QVERIFY(generateSampleData(other).retailDemand != a.retailDemand);
    }

    void bundledCopyMatchesTheGenerator_data()
    {
        QTest::addColumn<QString>("fileName");
        for (const char* f : {"retail_demand.csv", "retail_prices.csv", "retail_items.csv", "shop_interactions.csv",
                              "shop_items.csv", "shop_users.csv"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void bundledCopyMatchesTheGenerator()
    {
        QFETCH(QString, fileName);
        QTemporaryDir dir;
        QVERIFY(writeSampleCsvFiles(generateSampleData(), dir.path().toStdString()).isOk());
        QFile generated(dir.filePath(fileName));
        QFile bundled(QStringLiteral(ALMANAC_SOURCE_DIR "/resources/sample/") + fileName);
        QVERIFY(generated.open(QIODevice::ReadOnly));
        QVERIFY2(bundled.open(QIODevice::ReadOnly), "regenerate with: almanac-cli sample --csv-dir resources/sample");
        QVERIFY2(generated.readAll() == bundled.readAll(), "regenerate with: almanac-cli sample --csv-dir resources/sample");
    }

    void retailHasWhatTheIssueAsksFor()
    {
        const SampleFiles files = generateSampleData();
        ImportOptions options;
        options.domain = "RETAIL";
        auto data = loadDatasetFromString(files.retailDemand, "retail_demand.csv", options);
        QVERIFY(data.isOk());
        auto set = prepareTargetSeries(*data, {});
        QVERIFY(set.isOk());
        QCOMPARE(set->frequency.name(), std::string("D"));
        QVERIFY(set->series.size() >= 100);
        size_t longSeries = 0, shortSeries = 0, intermittent = 0;
        for (const TimeSeries& s : set->series) {
            if (s.values.size() >= 730) ++longSeries;
            if (s.values.size() < 200) ++shortSeries;
            size_t zeros = 0;
            for (double v : s.values) zeros += v == 0;
            if (zeros * 2 > s.values.size()) ++intermittent;
        }
        QVERIFY(longSeries >= 90);   // two years of history
        QVERIFY(shortSeries >= 5);   // new items
        QVERIFY(intermittent >= 10); // slow movers
        // Related series reach past the demand's end, as known future prices and promotions do.
        QVERIFY(files.retailRelated.size() > files.retailDemand.size());
    }

    void sampleProject()
    {
        QTemporaryDir dir;
        const std::string file = dir.filePath(QStringLiteral("sample.almanac")).toStdString();
        QVERIFY(createSampleProject(file, {}).isOk());
        auto project = ProjectFile::open(file);
        QVERIFY(project.isOk());
        auto datasets = (*project)->datasets();
        QCOMPARE(datasets->size(), size_t(6));
        QCOMPARE(datasets->front().frequency, std::string("D"));
        QCOMPARE(datasets->at(3).type, DatasetType::Interactions);
    }
};

QTEST_GUILESS_MAIN(TestSampleData)
#include "tst_sampledata.moc"
