#include "forecast/AccuracyMetrics.h"
#include "forecast/Backtest.h"
#include "forecast/MetricsReport.h"
#include "forecast/NaiveRecipe.h"

#include <QtTest/QtTest>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>

using namespace almanac;

class TestAccuracyMetrics : public QObject {
    Q_OBJECT

private:
    static bool near(double a, double b) { return std::fabs(a - b) < 1e-9; }

private slots:
    void handComputed()
    {
        // Two periods of one item (worked by hand in the comments of each line).
        AccuracyAccumulator acc({0.1, 0.5, 0.9});
        acc.add(10, {8, 9, 12}, 9.5, 2.0);
        acc.add(0, {0, 1, 2}, 1.0, 2.0);
        acc.endItem();
        const AccuracyMetrics m = acc.finish();
        QVERIFY(near(m.wql[0], 0.04));          // 2 * (0.1*2 + 0) / 10
        QVERIFY(near(m.wql[1], 0.2));           // 2 * (0.5*1 + 0.5*1) / 10
        QVERIFY(near(m.wql[2], 0.08));          // 2 * (0.1*2 + 0.1*2) / 10
        QVERIFY(near(m.meanWql, 0.32 / 3));
        QVERIFY(near(m.wape, 0.2));             // (|10-9| + |0-1|) / 10, the p50 as point
        QVERIFY(near(m.rmse, 1.0));
        QVERIFY(near(m.mape, 0.1));             // zero actuals are left out
        QVERIFY(near(m.smape, (2.0 / 19.0 + 2.0) / 2));
        QVERIFY(near(m.mase, 0.5));             // mean |error| 1 over scale 2
        QVERIFY(near(m.coverage, 1.0));
        QCOMPARE(m.points, size_t(2));
    }

    void meanIsThePointWithoutAMedian()
    {
        AccuracyAccumulator acc({0.1, 0.9});
        acc.add(10, {5, 15}, 8, 1.0);
        acc.endItem();
        QVERIFY(near(acc.finish().wape, 0.2));
    }

    void masesAreAveragedOverItems()
    {
        AccuracyAccumulator a({0.5}), b({0.5}), all({0.5});
        a.add(10, {9}, 9, 1.0); // item MASE 1
        a.endItem();
        b.add(10, {7}, 7, 1.0); // item MASE 3
        b.endItem();
        all.merge(a);
        all.merge(b);
        QVERIFY(near(all.finish().mase, 2.0));
        QVERIFY(near(all.finish().wape, 0.2));
    }

    void scale_data()
    {
        QTest::addColumn<int>("season");
        QTest::addColumn<double>("expected");
        QTest::newRow("lag 2") << 2 << 2.0;          // |2-1|, |6-3|
        QTest::newRow("too long: lag 1") << 5 << 7.0 / 3;
    }
    void scale()
    {
        QFETCH(int, season);
        QFETCH(double, expected);
        QVERIFY(near(seasonalNaiveScale({1, 3, 2, 6}, season), expected));
    }

    void backtestOfAPerfectForecast()
    {
        // A straight line: naive plus the median past change at each lead time is exact.
        SeriesSet data;
        data.frequency = Frequency(Frequency::Unit::Day);
        TimeSeries line;
        line.itemId = "line";
        for (int t = 0; t < 30; ++t) line.values.push_back(100 + 2 * t);
        TimeSeries late; // starts so late that only the newest window has history for it
        late.itemId = "late";
        late.firstPeriod = 27;
        late.values = {5, 5, 5};
        data.series = {line, late};
        data.endPeriod = 30;
        ForecastSpec spec;
        spec.horizon = 2;
        spec.frequency = data.frequency;
        BacktestOptions options;
        options.windows = 3;
        auto result = runBacktest(NaiveRecipe(), data, spec, options);
        QVERIFY2(result.isOk(), result.status().message().c_str());
        QCOMPARE(result->windows.size(), size_t(3));
        QCOMPARE(result->items.size(), size_t(2));
        QCOMPARE(result->items[0].metrics.points, size_t(6));
        QVERIFY(near(result->items[0].metrics.wape, 0.0));
        QVERIFY(near(result->items[0].metrics.coverage, 1.0));
        QCOMPARE(result->items[1].metrics.points, size_t(2)); // only the newest window has its history
        QVERIFY(!runBacktest(NaiveRecipe(), data, spec, BacktestOptions{20, 0}).isOk());
    }

    void spreadRescaling()
    {
        SeriesForecast f;
        f.mean = {10};
        f.quantiles = {{8}, {10}, {13}};
        rescaleSpread(f, {0.1, 0.5, 0.9}, 2.0);
        QCOMPARE(f.quantiles[0][0], 6.0);
        QCOMPARE(f.quantiles[1][0], 10.0);
        QCOMPARE(f.quantiles[2][0], 16.0);
    }

    void spreadFactorFromTheBacktest()
    {
        // A zig-zag whose steps grow over time: intervals learnt from the older, smaller steps are
        // too narrow for the newer ones, so the backtest asks for a factor above 1.
        SeriesSet data;
        data.frequency = Frequency(Frequency::Unit::Day);
        TimeSeries walk;
        walk.itemId = "walk";
        double level = 0;
        for (int t = 0; t < 200; ++t) {
            level += (t % 2 ? 1.0 : -1.0) * (1.0 + t / 10.0);
            walk.values.push_back(level);
        }
        data.series = {walk};
        data.endPeriod = 200;
        ForecastSpec spec;
        spec.horizon = 1;
        spec.frequency = data.frequency;
        auto result = runBacktest(NaiveRecipe(), data, spec, BacktestOptions{40, 0, 0});
        QVERIFY(result.isOk());
        QVERIFY2(result->spreadFactor > 1.0, qPrintable(QString::number(result->spreadFactor)));
    }

    // Issue 11: metrics JSON keeps every digit a double has (3e-9 is not 0, 1e300 keeps its
    // magnitude), and has null where a figure is not finite.
    void metricsJsonKeepsExactNumbers()
    {
        AccuracyMetrics m;
        m.quantiles = {0.5};
        m.wql = {3e-9};
        m.meanWql = 3e-9;
        m.wape = 0.123456789012345;
        m.rmse = 1e300;
        m.mape = std::numeric_limits<double>::quiet_NaN();
        const auto j = nlohmann::json::parse(accuracyJson(m));
        QCOMPARE(j["mean_wQL"].get<double>(), 3e-9);
        QCOMPARE(j["WAPE"].get<double>(), 0.123456789012345);
        QCOMPARE(j["RMSE"].get<double>(), 1e300);
        QVERIFY(j["MAPE"].is_null());
    }
};

QTEST_APPLESS_MAIN(TestAccuracyMetrics)
#include "tst_accuracymetrics.moc"
