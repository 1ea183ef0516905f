#include "forecast/MstlRecipe.h"
#include "forecast/Stl.h"

#include <QtTest/QtTest>
#include <cmath>

using namespace almanac;

class TestMstl : public QObject {
    Q_OBJECT

private slots:
    void loessKnownAnswers()
    {
        const std::vector<double> xs = {0, 1, 2, 3, 4, 5, 6};
        std::vector<double> line;
        for (double x : xs) line.push_back(3 + 2 * x);
        // A local line reproduces a line exactly, anywhere, extrapolation included.
        QVERIFY(std::fabs(loessAt(xs, line, 2.5, 5, 1) - 8.0) < 1e-9);
        QVERIFY(std::fabs(loessAt(xs, line, -1, 5, 1) - 1.0) < 1e-9);
        // Local constant over the 3 nearest points 2..4: the window's half-width is 1, so the
        // tricube weights of the ends are 0 and the fit is the centre value.
        QVERIFY(std::fabs(loessAt(xs, line, 3, 3, 0) - 9.0) < 1e-9);
    }

    void stlRecoversTrendAndSeason()
    {
        std::vector<double> y, season;
        for (int t = 0; t < 240; ++t) {
            season.push_back(5 * std::sin(2 * M_PI * t / 12));
            y.push_back(100 + 0.5 * t + season.back());
        }
        StlOptions o;
        o.period = 12;
        const StlResult r = stl(y, o);
        double worst = 0;
        for (size_t t = 24; t < 216; ++t) {
            worst = std::max(worst, std::fabs(r.seasonal[t] - season[t]));
            worst = std::max(worst, std::fabs(r.trend[t] - (100 + 0.5 * double(t))));
        }
        QVERIFY2(worst < 0.1, qPrintable(QString::number(worst)));
    }

    void stlFollowsACurvedTrendAtLongPeriods_data()
    {
        // Long periods make long trend spans, smoothed every tenth of the span and interpolated
        // between (R's jumps): the trend must still follow a slow curve.
        QTest::addColumn<int>("period");
        QTest::newRow("24") << 24;
        QTest::newRow("168") << 168;
    }

    void stlFollowsACurvedTrendAtLongPeriods()
    {
        QFETCH(int, period);
        std::vector<double> y, season, trend;
        const int n = 8 * period;
        for (int t = 0; t < n; ++t) {
            season.push_back(5 * std::sin(2 * M_PI * t / period));
            trend.push_back(100 + 20 * std::sin(2 * M_PI * t / (4.0 * n)));
            y.push_back(trend.back() + season.back());
        }
        StlOptions o;
        o.period = period;
        const StlResult r = stl(y, o);
        double worst = 0;
        for (size_t t = size_t(period); t + size_t(period) < size_t(n); ++t) {
            worst = std::max(worst, std::fabs(r.seasonal[t] - season[t]));
            worst = std::max(worst, std::fabs(r.trend[t] - trend[t]));
        }
        QVERIFY2(worst < 0.1, qPrintable(QString::number(worst)));
    }

    void mstlSeparatesTwoCycles()
    {
        std::vector<double> y, daily, weekly;
        for (int t = 0; t < 24 * 7 * 6; ++t) {
            daily.push_back(10 * std::sin(2 * M_PI * t / 24));
            weekly.push_back(4 * std::cos(2 * M_PI * t / 168));
            y.push_back(50 + daily.back() + weekly.back());
        }
        const MstlResult r = mstl(y, {168, 24});
        QCOMPARE(r.periods, (std::vector<int>{24, 168}));
        double worstDaily = 0, worstWeekly = 0;
        for (size_t t = 168; t + 168 < y.size(); ++t) {
            worstDaily = std::max(worstDaily, std::fabs(r.seasonal[0][t] - daily[t]));
            worstWeekly = std::max(worstWeekly, std::fabs(r.seasonal[1][t] - weekly[t]));
        }
        QVERIFY2(worstDaily < 0.5, qPrintable(QString::number(worstDaily)));
        QVERIFY2(worstWeekly < 0.5, qPrintable(QString::number(worstWeekly)));
    }

    void recipeContinuesBothCycles()
    {
        TimeSeries s;
        auto truth = [](int t) { return 50 + 10 * std::sin(2 * M_PI * t / 24) + 4 * std::cos(2 * M_PI * t / 168); };
        for (int t = 0; t < 24 * 7 * 6; ++t) s.values.push_back(truth(t));
        ForecastSpec spec;
        spec.horizon = 48;
        spec.frequency = Frequency(Frequency::Unit::Hour);
        auto f = MstlRecipe().forecastSeries(s, spec);
        QVERIFY(f.isOk());
        for (int h = 0; h < 48; ++h)
            QVERIFY2(std::fabs(f->quantiles[1][size_t(h)] - truth(1008 + h)) < 1.0, qPrintable(QString::number(h)));
    }
};

QTEST_APPLESS_MAIN(TestMstl)
#include "tst_mstl.moc"
