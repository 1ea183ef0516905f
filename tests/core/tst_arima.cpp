#include "forecast/ArimaRecipe.h"
#include "forecast/arima/Arima.h"
#include "forecast/arima/ArimaRegression.h"

#include <QtTest/QtTest>
#include <cmath>
#include <random>

using namespace almanac;
using namespace almanac::arima;

class TestArima : public QObject {
    Q_OBJECT

private slots:
    void differencing_data()
    {
        QTest::addColumn<int>("d");
        QTest::addColumn<int>("D");
        QTest::addColumn<int>("m");
        QTest::addColumn<QVector<double>>("expected");
        // y = 1 4 9 16 25 36: squares.
        QTest::newRow("d=1") << 1 << 0 << 1 << QVector<double>{3, 5, 7, 9, 11};
        QTest::newRow("d=2") << 2 << 0 << 1 << QVector<double>{2, 2, 2, 2};
        QTest::newRow("D=1, m=2") << 0 << 1 << 2 << QVector<double>{8, 12, 16, 20};
        QTest::newRow("D=1, d=1, m=2") << 1 << 1 << 2 << QVector<double>{4, 4, 4};
    }
    void differencing()
    {
        QFETCH(int, d);
        QFETCH(int, D);
        QFETCH(int, m);
        QFETCH(QVector<double>, expected);
        const auto w = difference({1, 4, 9, 16, 25, 36}, d, D, m);
        QCOMPARE(QVector<double>(w.begin(), w.end()), expected);
    }

    void unitRootTests()
    {
        std::mt19937_64 rng(11);
        std::normal_distribution<double> noise(0, 1);
        std::vector<double> white, walk;
        double level = 0;
        for (int t = 0; t < 500; ++t) {
            white.push_back(noise(rng));
            level += noise(rng);
            walk.push_back(level);
        }
        QVERIFY(kpssStatistic(white) < 0.463);
        QVERIFY(kpssStatistic(walk) > 0.463);
        QCOMPARE(chooseRegularDifferences(white), 0);
        QCOMPARE(chooseRegularDifferences(walk), 1);
        std::vector<double> seasonal;
        for (int t = 0; t < 240; ++t) seasonal.push_back(10 * std::sin(2 * M_PI * t / 12) + 0.3 * noise(rng));
        QCOMPARE(chooseSeasonalDifferences(seasonal, 12), 1);
        QCOMPARE(chooseSeasonalDifferences(white, 12), 0);
    }

    void recoversAnAutoregression()
    {
        // y_t - 5 = 0.7 (y_{t-1} - 5) + e_t
        std::mt19937_64 rng(3);
        std::normal_distribution<double> noise(0, 1);
        std::vector<double> y{5};
        for (int t = 1; t < 3000; ++t) y.push_back(5 + 0.7 * (y.back() - 5) + noise(rng));
        ArimaOrder order;
        order.p = 1;
        order.constant = true;
        auto fit = fitArima(y, order);
        QVERIFY(fit);
        QVERIFY2(std::fabs(fit->ar[0] - 0.7) < 0.05, qPrintable(QString::number(fit->ar[0])));
        QVERIFY(std::fabs(fit->mean - 5) < 0.2);
        QVERIFY(std::fabs(fit->sigma2 - 1) < 0.1);
        // Forecasts decay geometrically to the mean: f_h - mean = 0.7^h (y_n - mean).
        const auto f = forecastArima(*fit, 3, {0.5});
        for (int h = 1; h <= 3; ++h)
            QVERIFY(std::fabs((f.mean[size_t(h - 1)] - fit->mean) - std::pow(fit->ar[0], h) * (y.back() - fit->mean)) < 1e-9);
    }

    void randomWalkIntervalsGrowWithTheSquareRoot()
    {
        std::mt19937_64 rng(5);
        std::normal_distribution<double> noise(0, 2);
        std::vector<double> y{100};
        for (int t = 1; t < 400; ++t) y.push_back(y.back() + noise(rng));
        ArimaOrder order;
        order.d = 1;
        auto fit = fitArima(y, order);
        QVERIFY(fit);
        const auto f = forecastArima(*fit, 9, {0.1, 0.5, 0.9});
        QCOMPARE(f.mean[8], y.back());
        const double width1 = f.quantiles[2][0] - f.quantiles[0][0];
        const double width9 = f.quantiles[2][8] - f.quantiles[0][8];
        QVERIFY(std::fabs(width9 / width1 - 3.0) < 1e-9);
        QVERIFY(std::fabs(width1 - 2 * 1.2815515655446004 * std::sqrt(fit->sigma2)) < 1e-9);
    }

    void seasonalModelIsChosenForSeasonalData()
    {
        std::mt19937_64 rng(8);
        std::normal_distribution<double> noise(0, 0.5);
        std::vector<double> y;
        for (int t = 0; t < 24 * 20; ++t) y.push_back(50 + 0.05 * t + 8 * std::sin(2 * M_PI * t / 24) + noise(rng));
        auto fit = autoArima(y, 24);
        QVERIFY(fit);
        QCOMPARE(fit->order.D, 1);
        TimeSeries s = TimeSeries::fromValues(y);
        ForecastSpec spec;
        spec.horizon = 24;
        spec.frequency = Frequency(Frequency::Unit::Hour);
        auto f = ArimaRecipe().forecastSeries(s, spec);
        QVERIFY(f.isOk());
        for (int h = 0; h < 24; ++h) {
            const int t = 24 * 20 + h;
            const double truth = 50 + 0.05 * t + 8 * std::sin(2 * M_PI * t / 24);
            QVERIFY2(std::fabs(f->quantiles[1][size_t(h)] - truth) < 2.0, qPrintable(QString::number(h)));
        }
    }

    void promotionsAsRegressors()
    {
        // Demand = 20 + 6 * promotion + AR(1) noise; promotions are known through the horizon.
        std::mt19937_64 rng(5);
        std::normal_distribution<double> noise(0, 1.0);
        std::bernoulli_distribution promoted(0.25);
        const int n = 300, horizon = 14;
        std::vector<double> promotion, y;
        double e = 0;
        for (int t = 0; t < n + horizon; ++t) {
            promotion.push_back(promoted(rng) ? 1.0 : 0.0);
            e = 0.5 * e + noise(rng);
            if (t < n) y.push_back(20 + 6 * promotion.back() + e);
        }
        auto regression = autoRegressionArima(y, {promotion}, 1, horizon);
        QVERIFY(regression);
        QCOMPARE(regression->beta.size(), size_t(1));
        QVERIFY2(std::fabs(regression->beta[0] - 6.0) < 0.4, qPrintable(QString::number(regression->beta[0])));

        TimeSeries s = TimeSeries::fromValues(y);
        s.features = {promotion};
        ForecastSpec spec;
        spec.horizon = horizon;
        spec.frequency = Frequency(Frequency::Unit::Day);
        spec.season = 1;
        auto with = ArimaRecipe().forecastSeries(s, spec);
        spec.parameters["regressors"] = "none";
        auto without = ArimaRecipe().forecastSeries(s, spec);
        QVERIFY(with.isOk() && without.isOk());
        // The regression forecasts the promotion days up and the others down; plain ARIMA cannot.
        for (int h = 0; h < horizon; ++h) {
            const double expected = 20 + 6 * promotion[size_t(n + h)];
            QVERIFY2(std::fabs(with->quantiles[1][size_t(h)] - expected) < 2.5, qPrintable(QString::number(h)));
        }
        double spreadWith = 0, spreadWithout = 0;
        for (int h = 0; h < horizon; ++h) {
            spreadWith += std::fabs(with->quantiles[1][size_t(h)] - 20 - 6 * promotion[size_t(n + h)]);
            spreadWithout += std::fabs(without->quantiles[1][size_t(h)] - 20 - 6 * promotion[size_t(n + h)]);
        }
        QVERIFY(spreadWith < 0.5 * spreadWithout);

        // A constant regressor carries nothing and is left out.
        QVERIFY(!autoRegressionArima(y, {std::vector<double>(size_t(n + horizon), 1.0)}, 1, horizon));
    }
};

QTEST_APPLESS_MAIN(TestArima)
#include "tst_arima.moc"
