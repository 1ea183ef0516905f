#include "forecast/SeasonalDecomposition.h"
#include "forecast/ThetaRecipe.h"

#include <QtTest/QtTest>
#include <cmath>
#include <random>

using namespace almanac;

class TestTheta : public QObject {
    Q_OBJECT

private slots:
    void seasonalIndicesByHand()
    {
        // 1 3 1 3 ...: the 2x2 moving average is 2 everywhere, so the additive indices are -1, +1
        // and the multiplicative ones 0.5, 1.5.
        std::vector<double> y;
        for (int t = 0; t < 12; ++t) y.push_back(t % 2 ? 3 : 1);
        QCOMPARE(classicalSeasonalIndices(y, 2, false), (std::vector<double>{-1, 1}));
        QCOMPARE(classicalSeasonalIndices(y, 2, true), (std::vector<double>{0.5, 1.5}));
    }

    void seasonalityTest()
    {
        std::mt19937_64 rng(1);
        std::normal_distribution<double> noise(0, 1);
        std::vector<double> seasonal, white;
        for (int t = 0; t < 120; ++t) {
            seasonal.push_back(10 + 5 * std::sin(2 * M_PI * t / 12) + 0.5 * noise(rng));
            white.push_back(10 + noise(rng));
        }
        QVERIFY(isSeasonal(seasonal, 12));
        QVERIFY(!isSeasonal(white, 12));
        QVERIFY(!isSeasonal(std::vector<double>(seasonal.begin(), seasonal.begin() + 30), 12)); // < 3 seasons
    }

    void constantSeriesIsForecastExactly()
    {
        ForecastSpec spec;
        spec.horizon = 3;
        spec.frequency = Frequency(Frequency::Unit::Month);
        auto f = ThetaRecipe().forecastSeries(TimeSeries::fromValues(std::vector<double>(40, 5.0)), spec);
        QVERIFY(f.isOk());
        for (const auto& q : f->quantiles)
            for (double v : q) QVERIFY(std::fabs(v - 5.0) < 1e-6);
    }

    void trendIsHalvedTowardsTheLine()
    {
        // A straight line: theta line 2 equals the data, whose SES (alpha at its bound) stays at
        // the last value 250; theta line 0 continues to 253, 256. Theta averages them.
        std::vector<double> y;
        for (int t = 1; t <= 50; ++t) y.push_back(100 + 3.0 * t);
        ForecastSpec spec;
        spec.horizon = 2;
        spec.frequency = Frequency(Frequency::Unit::Year);
        auto f = ThetaRecipe().forecastSeries(TimeSeries::fromValues(y), spec);
        QVERIFY(f.isOk());
        QVERIFY2(std::fabs(f->quantiles[1][0] - 251.5) < 0.01, qPrintable(QString::number(f->quantiles[1][0])));
        QVERIFY2(std::fabs(f->quantiles[1][1] - 253.0) < 0.01, qPrintable(QString::number(f->quantiles[1][1])));
    }
};

QTEST_APPLESS_MAIN(TestTheta)
#include "tst_theta.moc"
