#include "data/Timestamp.h"
#include "forecast/ProphetRecipe.h"
#include "forecast/prophet/Holidays.h"

#include <QtTest/QtTest>
#include <cmath>
#include <random>

using namespace almanac;

class TestProphet : public QObject {
    Q_OBJECT

private:
    static bool has(const std::vector<Holiday>& holidays, int y, int m, int d, const std::string& name)
    {
        const int64_t day = daysFromCivil(y, m, d);
        return std::any_of(holidays.begin(), holidays.end(), [&](const Holiday& h) { return h.day == day && h.name == name; });
    }

private slots:
    void easter_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("day");
        QTest::newRow("2019") << 2019 << 4 << 21;
        QTest::newRow("2024") << 2024 << 3 << 31;
        QTest::newRow("2025") << 2025 << 4 << 20;
        QTest::newRow("2038") << 2038 << 4 << 25;
    }
    void easter()
    {
        QFETCH(int, year);
        QFETCH(int, month);
        QFETCH(int, day);
        QCOMPARE(easterSunday(year), daysFromCivil(year, month, day));
    }

    void calendars()
    {
        const auto us = holidaysFor("US", 2024, 2024);
        QVERIFY(has(us, 2024, 11, 28, "Thanksgiving"));
        QVERIFY(has(us, 2024, 5, 27, "Memorial Day"));
        QVERIFY(has(us, 2024, 1, 15, "Martin Luther King Jr. Day"));
        QVERIFY(has(us, 2024, 9, 2, "Labor Day"));
        const auto uk = holidaysFor("uk", 2024, 2024);
        QVERIFY(has(uk, 2024, 3, 29, "Good Friday"));
        QVERIFY(has(uk, 2024, 8, 26, "Summer Bank Holiday"));
        const auto de = holidaysFor("DE", 2024, 2024);
        QVERIFY(has(de, 2024, 5, 9, "Christi Himmelfahrt"));
        QVERIFY(has(de, 2024, 5, 20, "Pfingstmontag"));
        const auto fr = holidaysFor("FR", 2024, 2024);
        QVERIFY(has(fr, 2024, 7, 14, "Fête nationale"));
        const auto jp = holidaysFor("JP", 2024, 2024);
        QVERIFY(has(jp, 2024, 3, 20, "春分の日"));
        QVERIFY(has(jp, 2024, 9, 22, "秋分の日"));
        QVERIFY(has(jp, 2024, 1, 8, "成人の日"));
        QVERIFY(holidaysFor("XX", 2024, 2024).empty());
    }

    void recoversTrendSeasonAndHolidays()
    {
        // Daily data, two and a half years: a trend, a weekly pattern, and demand halved on US
        // holidays. The forecast must follow all three, Thanksgiving 2026 included.
        std::mt19937_64 rng(4);
        std::normal_distribution<double> noise(0, 1);
        const int64_t start = daysFromCivil(2024, 1, 1);
        const auto holidays = holidaysFor("US", 2024, 2026);
        auto truth = [&](int64_t day) {
            double v = 100 + 0.05 * double(day - start) + 10 * ((day % 7 + 7 + 3) % 7 >= 5 ? 1 : -0.4);
            for (const Holiday& h : holidays)
                if (h.day == day) v -= 40;
            return v;
        };
        TimeSeries s;
        s.firstPeriod = start;
        const int64_t end = daysFromCivil(2026, 11, 20);
        for (int64_t d = start; d < end; ++d) s.values.push_back(truth(d) + noise(rng));
        ForecastSpec spec;
        spec.horizon = 14;
        spec.frequency = Frequency(Frequency::Unit::Day);
        spec.parameters = {{"holidays", "US"}};
        auto f = ProphetRecipe().forecastSeries(s, spec);
        QVERIFY(f.isOk());
        double worst = 0;
        for (int h = 0; h < 14; ++h) worst = std::max(worst, std::fabs(f->quantiles[1][size_t(h)] - truth(end + h)));
        QVERIFY2(worst < 5, qPrintable(QString::number(worst)));
        const int thanksgiving = int(daysFromCivil(2026, 11, 26) - end);
        QVERIFY(f->quantiles[1][size_t(thanksgiving)] < f->quantiles[1][size_t(thanksgiving + 7)] - 25); // a week later
        // The 80% interval holds the truth in most periods.
        int inside = 0;
        for (int h = 0; h < 14; ++h) inside += truth(end + h) >= f->quantiles[0][size_t(h)] - 3 && truth(end + h) <= f->quantiles[2][size_t(h)] + 3;
        QVERIFY(inside >= 11);
    }

    void unknownHolidayCountryIsAnError()
    {
        ForecastSpec spec;
        spec.horizon = 2;
        spec.frequency = Frequency(Frequency::Unit::Day);
        spec.parameters = {{"holidays", "Atlantis"}};
        auto f = ProphetRecipe().forecastSeries(TimeSeries::fromValues(std::vector<double>(30, 1.0)), spec);
        QVERIFY(!f.isOk());
    }
};

QTEST_APPLESS_MAIN(TestProphet)
#include "tst_prophet.moc"
