#include "forecast/EtsRecipe.h"
#include "forecast/ets/EtsFit.h"

#include <QtTest/QtTest>
#include <cmath>
#include <random>

using namespace almanac;
using namespace almanac::ets;

class TestEts : public QObject {
    Q_OBJECT

private:
    static bool near(double a, double b, double tol = 1e-9) { return std::fabs(a - b) < tol; }
    static EtsForm form(Component error, Component trend, bool damped, Component season)
    {
        EtsForm f;
        f.error = error;
        f.trend = trend;
        f.damped = damped;
        f.season = season;
        return f;
    }

private slots:
    void simpleExponentialSmoothingByHand()
    {
        // ANN, alpha 0.5, level 10, y = 12 11 13: forecasts 10 11 11, errors 2 0 2, SSE 8.
        EtsParameters p;
        p.alpha = 0.5;
        p.level = 10;
        EtsParameters final;
        std::vector<double> residuals;
        const EtsForm ann = form(Component::Additive, Component::None, false, Component::None);
        QVERIFY(near(etsLikelihood({12, 11, 13}, ann, p, 1, &residuals, &final), 3 * std::log(8.0)));
        QCOMPARE(residuals, (std::vector<double>{2, 0, 2}));
        QVERIFY(near(final.level, 12));
        QCOMPARE(etsPointForecast(ann, final, 1, 2), (std::vector<double>{12, 12}));
    }

    void holtByHand()
    {
        // AAN, alpha 0.5, beta 0.25, level 10, slope 1, y = 12 12:
        // f1 = 11, l1 = 11.5, b1 = 1.25; f2 = 12.75, l2 = 12.375, b2 = 1.0625.
        EtsParameters p;
        p.alpha = 0.5;
        p.beta = 0.25;
        p.level = 10;
        p.slope = 1;
        EtsParameters final;
        const EtsForm aan = form(Component::Additive, Component::Additive, false, Component::None);
        QVERIFY(near(etsLikelihood({12, 12}, aan, p, 1, nullptr, &final), 2 * std::log(1 + 0.5625)));
        QVERIFY(near(final.level, 12.375));
        QVERIFY(near(final.slope, 1.0625));
        const auto f = etsPointForecast(aan, final, 1, 2);
        QVERIFY(near(f[0], 13.4375) && near(f[1], 14.5));
    }

    void multiplicativeSeasonByHand()
    {
        // MNM, m 2, alpha 0.5, gamma 0.5, level 10, seasons 1.2 0.8, y = 12 10:
        // f1 = 12 (e 0), l1 = 10, s = 1.2; f2 = 8, e = 0.25, l2 = 10 + 0.5 (12.5 - 10) = 11.25,
        // s2 = 0.8 + 0.5 (1 - 0.8) = 0.9. Criterion 2 log(0.0625) + 2 (log 12 + log 8).
        EtsParameters p;
        p.alpha = 0.5;
        p.gamma = 0.5;
        p.level = 10;
        p.seasonal = {1.2, 0.8};
        EtsParameters final;
        const EtsForm mnm = form(Component::Multiplicative, Component::None, false, Component::Multiplicative);
        const double criterion = etsLikelihood({12, 10}, mnm, p, 2, nullptr, &final);
        QVERIFY(near(criterion, 2 * std::log(0.0625) + 2 * (std::log(12.0) + std::log(8.0))));
        QVERIFY(near(final.level, 11.25));
        QVERIFY(near(final.seasonal[0], 1.2) && near(final.seasonal[1], 0.9));
    }

    void unitCircle_data()
    {
        QTest::addColumn<QVector<double>>("coefficients"); // lowest power first
        QTest::addColumn<bool>("inside");
        QTest::newRow("z^2 - 0.25") << QVector<double>{-0.25, 0, 1} << true;
        QTest::newRow("(z - 2)(z - 0.1)") << QVector<double>{0.2, -2.1, 1} << false;
        QTest::newRow("z - 0.999") << QVector<double>{-0.999, 1} << true;
        QTest::newRow("z - 1.001") << QVector<double>{-1.001, 1} << false;
        QTest::newRow("z^3 + 0.5 z^2 + 0.2") << QVector<double>{0.2, 0, 0.5, 1} << true;
        QTest::newRow("complex pair outside: z^2 + 1.21") << QVector<double>{1.21, 0, 1} << false;
    }
    void unitCircle()
    {
        QFETCH(QVector<double>, coefficients);
        QFETCH(bool, inside);
        QCOMPARE(rootsInsideUnitCircle(std::vector<double>(coefficients.begin(), coefficients.end())), inside);
    }

    void admissibility()
    {
        EtsParameters p;
        p.alpha = 0.5;
        p.gamma = 0.2;
        const EtsForm ana = form(Component::Additive, Component::None, false, Component::Additive);
        QVERIFY(etsAdmissible(ana, p, 4));
        p.gamma = 1.9; // beyond 1 + 1/phi - alpha
        QVERIFY(!etsAdmissible(ana, p, 4));
    }

    void selectionFindsTrendAndSeason()
    {
        // Trending multiplicative-seasonal data with little noise: the chosen model must have a
        // trend and a season, and forecast the next season within a few percent.
        std::mt19937_64 rng(3);
        std::normal_distribution<double> noise(0, 0.01);
        const int m = 4;
        auto truth = [](int t) { return (50 + 0.8 * t) * (1 + 0.3 * std::sin(2 * M_PI * t / 4.0)); };
        std::vector<double> y;
        for (int t = 0; t < 80; ++t) y.push_back(truth(t) * (1 + noise(rng)));
        auto fit = selectEts(y, m);
        QVERIFY(fit);
        QVERIFY(fit->form.trend != Component::None);
        QVERIFY(fit->form.season != Component::None);
        const auto f = etsPointForecast(fit->form, fit->final, m, 4);
        for (int h = 0; h < 4; ++h) QVERIFY2(std::fabs(f[size_t(h)] / truth(80 + h) - 1) < 0.05, qPrintable(QString::number(f[size_t(h)])));
    }

    void codes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ZZZ") << "ZZZ" << true;
        QTest::newRow("ANN") << "ANN" << true;
        QTest::newRow("MAdM") << "MAdM" << true;
        QTest::newRow("multiplicative trend") << "AMN" << false;
        QTest::newRow("no error") << "NAN" << false;
        QTest::newRow("garbage") << "hello" << false;
    }
    void codes()
    {
        QFETCH(QString, code);
        QFETCH(bool, valid);
        EtsSelection selection;
        QCOMPARE(parseEtsCode(code.toStdString(), selection), valid);
    }

    void linearIntervalsAreAnalytic()
    {
        // ANN on a noisy level: variance grows as sigma^2 (1 + (h - 1) alpha^2), so the p90-p10
        // width at h must exceed that at h = 1 by that ratio's square root.
        std::mt19937_64 rng(5);
        std::normal_distribution<double> noise(0, 1);
        TimeSeries s;
        double level = 100;
        for (int t = 0; t < 300; ++t) {
            level += 0.3 * noise(rng);
            s.values.push_back(level + noise(rng));
        }
        ForecastSpec spec;
        spec.horizon = 10;
        spec.frequency = Frequency(Frequency::Unit::Day);
        spec.season = 1;
        spec.parameters["model"] = "ANN";
        auto f = EtsRecipe().forecastSeries(s, spec);
        QVERIFY(f.isOk());
        auto fit = selectEts(s.values, 1, [] { EtsSelection e; parseEtsCode("ANN", e); return e; }());
        QVERIFY(fit);
        const double alpha = fit->parameters.alpha;
        const double width1 = f->quantiles[2][0] - f->quantiles[0][0];
        const double width10 = f->quantiles[2][9] - f->quantiles[0][9];
        QVERIFY(near(width10 / width1, std::sqrt(1 + 9 * alpha * alpha), 1e-6));
        QVERIFY(near(width1, 2 * 1.2815515655446004 * std::sqrt(fit->sigma2), 1e-6));
    }
};

QTEST_APPLESS_MAIN(TestEts)
#include "tst_ets.moc"
