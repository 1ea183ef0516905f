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
        QTest::newRow("years are not timestamps") << QStringList{"2017", "2018"} << int(TimestampFormat::Auto);
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
