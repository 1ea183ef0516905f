#include "forecast/ForecastRecipes.h"
#include "forecast/NaiveRecipe.h"
#include "forecast/Quantiles.h"

#include <QtTest/QtTest>
#include <cmath>

using namespace almanac;

class TestNaiveRecipe : public QObject {
    Q_OBJECT

private:
    static ForecastSpec spec(int horizon, int season = 0)
    {
        ForecastSpec s;
        s.horizon = horizon;
        s.quantiles = {0.1, 0.5, 0.9};
        s.frequency = Frequency(Frequency::Unit::Day);
        s.season = season;
        return s;
    }

private slots:
    void quantileKnownAnswers_data()
    {
        QTest::addColumn<double>("q");
        QTest::addColumn<double>("expected");
        // R: quantile(c(1,2,3,4,10), q, type = 7)
        QTest::newRow("min") << 0.0 << 1.0;
        QTest::newRow("p10") << 0.1 << 1.4;
        QTest::newRow("median") << 0.5 << 3.0;
        QTest::newRow("p90") << 0.9 << 7.6;
        QTest::newRow("max") << 1.0 << 10.0;
    }
    void quantileKnownAnswers()
    {
        QFETCH(double, q);
        QFETCH(double, expected);
        std::vector<double> values = {10, 3, 1, 4, 2};
        QVERIFY(std::fabs(sampleQuantile(values, q) - expected) < 1e-12);
    }

    void quantileNames_data()
    {
        QTest::addColumn<double>("q");
        QTest::addColumn<QString>("name");
        QTest::newRow("0.1") << 0.1 << "p10";
        QTest::newRow("0.5") << 0.5 << "p50";
        QTest::newRow("0.05") << 0.05 << "p05";
        QTest::newRow("0.975") << 0.975 << "p975";
        QTest::newRow("0.99") << 0.99 << "p99";
        QTest::newRow("0.50000001") << 0.50000001 << "p50000001";
        QTest::newRow("1e-9") << 1e-9 << "p000000001";
    }
    void quantileNames()
    {
        QFETCH(double, q);
        QFETCH(QString, name);
        QCOMPARE(QString::fromStdString(quantileColumnName(q)), name);
    }

    void quantileListValidation()
    {
        QVERIFY(parseQuantileList("0.9,0.1,0.5").isOk());
        QCOMPARE(*parseQuantileList("0.9,0.1,0.5"), (std::vector<double>{0.1, 0.5, 0.9}));
        QVERIFY(!parseQuantileList("0.1,1.5").isOk());
        QVERIFY(!parseQuantileList("0,0.5").isOk());
        QVERIFY(!parseQuantileList("a").isOk());
        // Issue 11: one column per quantile, never two of the same name.
        QVERIFY(parseQuantileList("0.5,0.50000001").isOk());
        QVERIFY(!parseQuantileList("0.5,0.5").isOk());
        QVERIFY(!parseQuantileList("0.5,0.5000000000001").isOk());
        QVERIFY(!parseQuantileList("1e-12").isOk());
        QVERIFY(parseQuantileList("1e-9").isOk());
    }

    void naiveKnownAnswer()
    {
        // Changes at lag 1: +2 +1 +3 +2 -> quantiles of {2,1,3,2}: p10 1.3, p50 2, p90 2.7.
        // Lag 2: {3,4,5} -> p10 3.2, p50 4, p90 4.8.
        NaiveRecipe recipe;
        auto f = recipe.forecastSeries(TimeSeries::fromValues({10, 12, 13, 16, 18}), spec(2));
        QVERIFY(f.isOk());
        QCOMPARE(f->mean, (std::vector<double>{18, 18}));
        QVERIFY(std::fabs(f->quantiles[0][0] - 19.3) < 1e-9);
        QVERIFY(std::fabs(f->quantiles[1][0] - 20.0) < 1e-9);
        QVERIFY(std::fabs(f->quantiles[2][0] - 20.7) < 1e-9);
        QVERIFY(std::fabs(f->quantiles[0][1] - 21.2) < 1e-9);
        QVERIFY(std::fabs(f->quantiles[2][1] - 22.8) < 1e-9);
    }

    void seasonalNaiveKnownAnswer()
    {
        // Season 3; history 1 2 3 | 2 3 4 | 3 4 5: point = 3 4 5 3 4 5; lag-3 changes are all +1,
        // lag-6 changes all +2, so every quantile adds exactly that.
        SeasonalNaiveRecipe recipe;
        auto f = recipe.forecastSeries(TimeSeries::fromValues({1, 2, 3, 2, 3, 4, 3, 4, 5}), spec(6, 3));
        QVERIFY(f.isOk());
        QCOMPARE(f->mean, (std::vector<double>{3, 4, 5, 3, 4, 5}));
        QCOMPARE(f->quantiles[1], (std::vector<double>{4, 5, 6, 5, 6, 7}));
        QCOMPARE(f->quantiles[0], f->quantiles[2]);
    }

    void shortHistoryFallsBack()
    {
        SeasonalNaiveRecipe recipe;
        auto f = recipe.forecastSeries(TimeSeries::fromValues({5, 7}), spec(3, 7));
        QVERIFY(f.isOk());
        QCOMPARE(f->mean, (std::vector<double>{7, 7, 7}));
        // One-step change +2 known; later steps widen it by sqrt(h).
        QVERIFY(std::fabs(f->quantiles[1][2] - (7 + 2 * std::sqrt(3.0))) < 1e-9);
    }

    void demandNeverGoesNegative()
    {
        NaiveRecipe recipe;
        auto f = recipe.forecastSeries(TimeSeries::fromValues({0, 5, 0, 6, 0, 4, 1}), spec(3));
        QVERIFY(f.isOk());
        for (const auto& q : f->quantiles)
            for (double v : q) QVERIFY(v >= 0);
        QVERIFY(f->quantiles[0][0] <= f->quantiles[1][0] && f->quantiles[1][0] <= f->quantiles[2][0]);
    }

    void trailingMissingValuesAreSkipped()
    {
        NaiveRecipe recipe;
        auto f = recipe.forecastSeries(TimeSeries::fromValues({1, 2, 3, std::nan("")}), spec(1));
        QVERIFY(f.isOk());
        QCOMPARE(f->mean[0], 3.0);
    }

    void registryCreatesByName()
    {
        QVERIFY(forecastRecipes().create("snaive"));
        QVERIFY(forecastRecipes().create("NAIVE"));
        QVERIFY(!forecastRecipes().create("nonsense"));
    }

    void allSeriesInParallel()
    {
        SeriesSet set;
        set.frequency = Frequency(Frequency::Unit::Hour);
        for (int i = 0; i < 50; ++i) {
            TimeSeries s;
            s.itemId = std::to_string(i);
            for (int t = 0; t < 100; ++t) s.values.push_back(double(i + t % 24));
            set.series.push_back(s);
        }
        set.endPeriod = 100;
        ForecastSpec s = spec(24);
        s.frequency = set.frequency;
        s.threads = 4;
        std::vector<SeriesForecast> out;
        QVERIFY(SeasonalNaiveRecipe().forecastAll(set, s, out, {}).isOk());
        QCOMPARE(out.size(), size_t(50));
        QCOMPARE(out[7].mean[0], 7.0 + 100 % 24);
    }

    void cancellationStops()
    {
        SeriesSet set;
        set.series.resize(1000, TimeSeries{"x", {}, 0, std::vector<double>(50, 1.0)});
        CancelToken cancel;
        cancel.cancel();
        JobContext job;
        job.cancel = &cancel;
        std::vector<SeriesForecast> out;
        QVERIFY(NaiveRecipe().forecastAll(set, spec(5), out, job).isCancelled());
    }
};

QTEST_APPLESS_MAIN(TestNaiveRecipe)
#include "tst_naiverecipe.moc"
