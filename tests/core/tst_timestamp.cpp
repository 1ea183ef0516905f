#include "data/Timestamp.h"

#include <QtTest/QtTest>

using namespace almanac;

class TestTimestamp : public QObject {
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("iso"); // expected, as formatTimestamp writes it

        const int iso = int(TimestampFormat::Iso);
        QTest::newRow("date") << "2017-06-30" << iso << "2017-06-30T00:00:00";
        QTest::newRow("T time") << "2017-06-30T23:00:00" << iso << "2017-06-30T23:00:00";
        QTest::newRow("space time") << "2017-06-30 23:05" << iso << "2017-06-30T23:05:00";
        QTest::newRow("fraction and Z") << "2017-06-30T23:05:09.123Z" << iso << "2017-06-30T23:05:09";
        QTest::newRow("offset kept as wall time") << "2017-06-30T08:00:00+02:00" << iso << "2017-06-30T08:00:00";
        QTest::newRow("leap day") << "2016-02-29" << iso << "2016-02-29T00:00:00";
        QTest::newRow("slashes, year first") << "2017/6/3" << iso << "2017-06-03T00:00:00";
        QTest::newRow("US") << "12/1/2010 8:26" << int(TimestampFormat::MonthDayYear) << "2010-12-01T08:26:00";
        QTest::newRow("US PM") << "6/30/2017 11:15 PM" << int(TimestampFormat::MonthDayYear) << "2017-06-30T23:15:00";
        QTest::newRow("US 12 AM") << "6/30/2017 12:00 AM" << int(TimestampFormat::MonthDayYear) << "2017-06-30T00:00:00";
        QTest::newRow("day first") << "30/06/2017" << int(TimestampFormat::DayMonthYear) << "2017-06-30T00:00:00";
        QTest::newRow("German") << "30.06.2017 14:30" << int(TimestampFormat::DayMonthYearDot) << "2017-06-30T14:30:00";
        QTest::newRow("unix seconds") << "1498867200" << int(TimestampFormat::UnixSeconds) << "2017-07-01T00:00:00";
        QTest::newRow("unix ms") << "1498867200123" << int(TimestampFormat::UnixMillis) << "2017-07-01T00:00:00";
        QTest::newRow("before 1970") << "1969-12-31T23:59:59" << iso << "1969-12-31T23:59:59";
        const int quarter = int(TimestampFormat::YearQuarter);
        QTest::newRow("1998 Q1") << "1998 Q1" << quarter << "1998-01-01T00:00:00";
        QTest::newRow("1998Q3") << "1998Q3" << quarter << "1998-07-01T00:00:00";
        QTest::newRow("1998-Q4") << "1998-Q4" << quarter << "1998-10-01T00:00:00";
        QTest::newRow("lower case q") << "1998 q2" << quarter << "1998-04-01T00:00:00";
        QTest::newRow("Q2 1998") << "Q2 1998" << quarter << "1998-04-01T00:00:00";
        const int month = int(TimestampFormat::YearMonth);
        QTest::newRow("2017-06") << "2017-06" << month << "2017-06-01T00:00:00";
        QTest::newRow("2017/12") << "2017/12" << month << "2017-12-01T00:00:00";
        const int named = int(TimestampFormat::MonthNameYear);
        QTest::newRow("Jun 2017") << "Jun 2017" << named << "2017-06-01T00:00:00";
        QTest::newRow("June 2017") << "June 2017" << named << "2017-06-01T00:00:00";
        QTest::newRow("Sept 2017") << "Sept 2017" << named << "2017-09-01T00:00:00";
        QTest::newRow("Jun-17") << "Jun-17" << named << "2017-06-01T00:00:00";
        QTest::newRow("DEC-1999") << "DEC-1999" << named << "1999-12-01T00:00:00";
        const int week = int(TimestampFormat::IsoWeek);
        // Known answers from the ISO-8601 calendar: week 1 of 2015 starts 2014-12-29, week 53
        // of 2020 ends 2021-01-03.
        QTest::newRow("2017-W05") << "2017-W05" << week << "2017-01-30T00:00:00";
        QTest::newRow("2017W01") << "2017W01" << week << "2017-01-02T00:00:00";
        QTest::newRow("2015-W01 in 2014") << "2015-W01" << week << "2014-12-29T00:00:00";
        QTest::newRow("2020-W53-7") << "2020-W53-7" << week << "2021-01-03T00:00:00";
        QTest::newRow("2017W053") << "2017W053" << week << "2017-02-01T00:00:00";
        QTest::newRow("year") << "1998" << int(TimestampFormat::Year) << "1998-01-01T00:00:00";
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(int, format);
        QFETCH(QString, iso);
        int64_t seconds = 0;
        QVERIFY(parseTimestamp(text.toStdString(), TimestampFormat(format), seconds));
        QCOMPARE(QString::fromStdString(formatTimestamp(seconds, false)), iso);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("format");
        const int iso = int(TimestampFormat::Iso);
        QTest::newRow("Feb 30") << "2017-02-30" << iso;
        QTest::newRow("Feb 29 non-leap") << "2017-02-29" << iso;
        QTest::newRow("month 13") << "2017-13-01" << iso;
        QTest::newRow("hour 24") << "2017-01-01T24:00:00" << iso;
        QTest::newRow("minute 60") << "2017-01-01 10:60" << iso;
        QTest::newRow("garbage tail") << "2017-01-01xyz" << iso;
        QTest::newRow("text") << "yesterday" << iso;
        QTest::newRow("empty") << "" << iso;
        QTest::newRow("US month 13") << "13/1/2017" << int(TimestampFormat::MonthDayYear);
        QTest::newRow("unix letters") << "12ab" << int(TimestampFormat::UnixSeconds);
        QTest::newRow("quarter 5") << "1998 Q5" << int(TimestampFormat::YearQuarter);
        QTest::newRow("quarter 0") << "1998Q0" << int(TimestampFormat::YearQuarter);
        QTest::newRow("month 13 alone") << "2017-13" << int(TimestampFormat::YearMonth);
        QTest::newRow("one-digit month alone") << "2017-6" << int(TimestampFormat::YearMonth);
        QTest::newRow("not a month name") << "Foo 2017" << int(TimestampFormat::MonthNameYear);
        QTest::newRow("month name, 3-digit year") << "Jun 201" << int(TimestampFormat::MonthNameYear);
        QTest::newRow("2017 has no week 53") << "2017-W53" << int(TimestampFormat::IsoWeek);
        QTest::newRow("week 0") << "2017-W00" << int(TimestampFormat::IsoWeek);
        QTest::newRow("weekday 8") << "2017-W05-8" << int(TimestampFormat::IsoWeek);
        QTest::newRow("five-digit year") << "19980" << int(TimestampFormat::Year);
        // Regression (fuzz_csv): 19 digits overflowed the accumulator (undefined behaviour).
        QTest::newRow("19-digit integer") << "9899981929999981680" << int(TimestampFormat::UnixSeconds);
    }
    // Regression (fuzz_csv): text no format reads, parsed with Auto, recursed until the stack
    // overflowed.
    void autoRejectsWhatNoFormatReads()
    {
        int64_t seconds = 0;
        QVERIFY(!parseTimestamp("", TimestampFormat::Auto, seconds));
        QVERIFY(!parseTimestamp("soon", TimestampFormat::Auto, seconds));
        QVERIFY(parseTimestamp("2017-06-30", TimestampFormat::Auto, seconds));
    }

    void rejects()
    {
        QFETCH(QString, text);
        QFETCH(int, format);
        int64_t seconds = 0;
        QVERIFY(!parseTimestamp(text.toStdString(), TimestampFormat(format), seconds));
    }

    void detect_data()
    {
        QTest::addColumn<QStringList>("samples");
        QTest::addColumn<int>("format");
        QTest::newRow("iso") << QStringList{"2017-01-01", "2017-01-02"} << int(TimestampFormat::Iso);
        QTest::newRow("month first by default") << QStringList{"1/2/2017", "3/4/2017"} << int(TimestampFormat::MonthDayYear);
        QTest::newRow("day first when day > 12") << QStringList{"1/2/2017", "25/4/2017"} << int(TimestampFormat::DayMonthYear);
        QTest::newRow("dots") << QStringList{"01.02.2017"} << int(TimestampFormat::DayMonthYearDot);
        QTest::newRow("unix") << QStringList{"881250949", "891717742"} << int(TimestampFormat::UnixSeconds);
        QTest::newRow("unix ms") << QStringList{"1498867200123"} << int(TimestampFormat::UnixMillis);
        QTest::newRow("years") << QStringList{"2017", "2018"} << int(TimestampFormat::Year);
        QTest::newRow("quarters") << QStringList{"1998 Q1", "1998 Q2"} << int(TimestampFormat::YearQuarter);
        QTest::newRow("months") << QStringList{"2017-06", "2017-07"} << int(TimestampFormat::YearMonth);
        QTest::newRow("month names") << QStringList{"Jun 2017", "Jul 2017"} << int(TimestampFormat::MonthNameYear);
        QTest::newRow("iso weeks") << QStringList{"2017-W05", "2017-W06"} << int(TimestampFormat::IsoWeek);
        QTest::newRow("day first, two-digit year") << QStringList{"05/02/10", "12/02/10", "19/02/10"}
                                                   << int(TimestampFormat::DayMonthYear);
        QTest::newRow("majority wins") << QStringList{"2017-01-01", "2017-01-02", "1/2/2017"} << int(TimestampFormat::Iso);
        QTest::newRow("words") << QStringList{"soon", "later"} << int(TimestampFormat::Auto);
    }
    void detect()
    {
        QFETCH(QStringList, samples);
        QFETCH(int, format);
        std::vector<std::string> values;
        for (const QString& s : samples) values.push_back(s.toStdString());
        QCOMPARE(int(detectTimestampFormat(values)), format);
    }

    void civilRoundTrip()
    {
        for (int64_t day = -800000; day <= 800000; day += 997) {
            int y, m, d;
            civilFromDays(day, y, m, d);
            QCOMPARE(daysFromCivil(y, m, d), day);
        }
        QCOMPARE(daysFromCivil(1970, 1, 1), int64_t(0));
        QCOMPARE(daysFromCivil(2000, 3, 1), int64_t(11017));
    }
};

QTEST_APPLESS_MAIN(TestTimestamp)
#include "tst_timestamp.moc"
