// Gaps are not zeros (issue 12): missing values inside a series are bridged for the models that
// cannot step over them (seasonal interpolation, as R's na.interp) and skipped by the others, so
// a log that lacks days 20-31 of every month is still forecast from its whole history.
#include "forecast/ForecastRecipes.h"
#include "forecast/SeriesHistory.h"

#include <QtTest/QtTest>

#include <cmath>
#include <limits>

using namespace almanac;

namespace {

constexpr double kNan = std::numeric_limits<double>::quiet_NaN();

// A weekly pattern of amplitude 30 on a slow trend: the truth a daily demand series follows.
double weeklyTruth(int t) { return 100.0 + 30.0 * std::sin(2.0 * M_PI * (t % 7) / 7.0) + 0.05 * t; }

// 200 days of weeklyTruth with small alternating noise; days 19-30 of every 31 are missing, as in
// a public bike-sharing log, and the series ends 3 days after such a gap.
std::vector<double> gappyDaily()
{
    std::vector<double> y;
    for (int t = 0; t < 189; ++t) y.push_back(t % 31 >= 19 ? kNan : weeklyTruth(t) + (t % 2 ? 1.5 : -1.5));
    return y;
}

} // namespace

class TestMissingValues : public QObject {
    Q_OBJECT

private slots:
    void observedSpanDropsOnlyTheEnds()
    {
        const std::vector<double> span = observedSpan({kNan, 1, kNan, 3, kNan, kNan});
        QCOMPARE(span.size(), size_t(3));
        QCOMPARE(span[0], 1.0);
        QVERIFY(std::isnan(span[1]));
        QCOMPARE(span[2], 3.0);
        QVERIFY(observedSpan({kNan, kNan}).empty());
    }

    void linearWithoutSeason_data()
    {
        QTest::addColumn<int>("period");
        QTest::addColumn<QString>("values");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no gap") << 1 << "1 2 3" << "1 2 3";
        QTest::newRow("one gap") << 1 << "1 nan 3" << "1 2 3";
        QTest::newRow("long gap") << 1 << "0 nan nan nan 8" << "0 2 4 6 8";
        QTest::newRow("ends dropped") << 1 << "nan 2 nan 4 nan" << "2 3 4";
        // Too little for a period of 7 (two full periods observed): linear.
        QTest::newRow("short seasonal") << 7 << "1 nan 3 4 5" << "1 2 3 4 5";
    }
    void linearWithoutSeason()
    {
        QFETCH(int, period);
        QFETCH(QString, values);
        QFETCH(QString, expected);
        std::vector<double> y;
        for (const QString& v : values.split(QLatin1Char(' '))) y.push_back(v == QLatin1String("nan") ? kNan : v.toDouble());
        QStringList out;
        for (double v : historyForFitting(y, period)) out << QString::number(v);
        QCOMPARE(out.join(QLatin1Char(' ')), expected);
    }

    // Seasonal interpolation keeps the weekly shape through a 12-day gap, where a straight line
    // would flatten it; observed values come back unchanged.
    void seasonalGapKeepsTheShape()
    {
        const std::vector<double> y = gappyDaily();
        const std::vector<double> filled = historyForFitting(y, 7);
        QCOMPARE(filled.size(), y.size());
        double error = 0, flatError = 0;
        int missing = 0;
        for (size_t t = 0; t < y.size(); ++t) {
            QVERIFY(std::isfinite(filled[t]));
            if (!std::isnan(y[t])) {
                QCOMPARE(filled[t], y[t]);
                continue;
            }
            error += std::fabs(filled[t] - weeklyTruth(int(t)));
            flatError += std::fabs(100.0 + 0.05 * double(t) - weeklyTruth(int(t)));
            ++missing;
        }
        error /= missing;
        flatError /= missing;
        QVERIFY2(error < 0.25 * flatError, qPrintable(QStringLiteral("mean error %1, a line's %2").arg(error).arg(flatError)));
    }

    // Every local recipe forecasts the gappy series from its whole history: the next two weeks
    // follow the weekly pattern (a forecast from the 3 days after the last gap would be flat, off
    // by about 19 on average).
    void recipesForecastAcrossGaps_data()
    {
        QTest::addColumn<QString>("recipe");
        QTest::addColumn<double>("bound"); // mean absolute error of p50 over 14 days
        for (const char* r : {"ets", "theta", "arima", "mstl", "snaive", "npts", "prophet"})
            QTest::newRow(r) << QString::fromLatin1(r) << (QByteArray(r) == "npts" ? 9.0 : 6.0);
    }
    void recipesForecastAcrossGaps()
    {
        QFETCH(QString, recipe);
        QFETCH(double, bound);
        auto made = forecastRecipes().create(recipe.toStdString());
        QVERIFY(made);
        ForecastSpec spec;
        spec.horizon = 14;
        spec.frequency = *Frequency::parse("D");
        TimeSeries series = TimeSeries::fromValues(gappyDaily());
        series.itemId = "A";
        auto forecast = made->forecastSeries(series, spec);
        QVERIFY2(forecast.isOk(), forecast.status().message().c_str());
        const std::vector<double>& p50 = forecast->quantiles[1];
        double error = 0;
        for (int h = 0; h < spec.horizon; ++h) {
            QVERIFY(std::isfinite(p50[size_t(h)]));
            QVERIFY(forecast->quantiles[0][size_t(h)] <= p50[size_t(h)] && p50[size_t(h)] <= forecast->quantiles[2][size_t(h)]);
            error += std::fabs(p50[size_t(h)] - weeklyTruth(int(series.values.size()) + h));
        }
        error /= spec.horizon;
        QVERIFY2(error < bound, qPrintable(QStringLiteral("%1: mean absolute error %2").arg(recipe).arg(error)));
    }
};

QTEST_GUILESS_MAIN(TestMissingValues)
#include "tst_missingvalues.moc"
