#include "forecast/NptsRecipe.h"

#include <QtTest/QtTest>

using namespace almanac;

class TestNpts : public QObject {
    Q_OBJECT

private:
    static ForecastSpec spec(int horizon, std::map<std::string, std::string> parameters, int season = 1)
    {
        ForecastSpec s;
        s.horizon = horizon;
        s.frequency = Frequency(Frequency::Unit::Day);
        s.season = season;
        s.parameters = std::move(parameters);
        return s;
    }

private slots:
    void climatologicalDrawsPastValuesAlike()
    {
        // Four past values, one of them 5: a uniform draw is 5 a quarter of the time, so p10 and
        // p50 are 0 and p90 is 5, at every step.
        auto f = NptsRecipe().forecastSeries(TimeSeries::fromValues({0, 5, 0, 0}), spec(3, {{"kernel", "uniform"}}));
        QVERIFY(f.isOk());
        for (int h = 0; h < 3; ++h) {
            QCOMPARE(f->quantiles[0][size_t(h)], 0.0);
            QCOMPARE(f->quantiles[1][size_t(h)], 0.0);
            QCOMPARE(f->quantiles[2][size_t(h)], 5.0);
            QVERIFY(f->mean[size_t(h)] > 0.9 && f->mean[size_t(h)] < 1.6);
        }
    }

    void steepKernelRepeatsTheLastValue()
    {
        auto f = NptsRecipe().forecastSeries(TimeSeries::fromValues({1, 2, 3, 9}), spec(2, {{"decay", "50"}}));
        QVERIFY(f.isOk());
        QCOMPARE(f->quantiles[0][0], 9.0);
        QCOMPARE(f->quantiles[2][1], 9.0);
    }

    void seasonalDrawsFromTheSamePhase()
    {
        std::vector<double> y;
        for (int t = 0; t < 30; ++t) y.push_back(1 + t % 3);
        auto f = NptsRecipe().forecastSeries(TimeSeries::fromValues(y), spec(6, {}, 3));
        QVERIFY(f.isOk());
        // The next period continues the cycle: 30 % 3 == 0, so 1 2 3 1 2 3, with no spread.
        for (int h = 0; h < 6; ++h) {
            QCOMPARE(f->quantiles[0][size_t(h)], double(1 + h % 3));
            QCOMPARE(f->quantiles[2][size_t(h)], double(1 + h % 3));
        }
    }

    void deterministicForASeed()
    {
        const TimeSeries s = TimeSeries::fromValues({0, 3, 0, 1, 0, 0, 7, 0, 2});
        auto a = NptsRecipe().forecastSeries(s, spec(5, {}));
        auto b = NptsRecipe().forecastSeries(s, spec(5, {}));
        QCOMPARE(a->mean, b->mean);
    }
};

QTEST_APPLESS_MAIN(TestNpts)
#include "tst_npts.moc"
