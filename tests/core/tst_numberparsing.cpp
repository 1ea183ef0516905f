#include "data/NumberParsing.h"
#include "util/NumberFormat.h"

#include <QtTest/QtTest>
#include <cmath>

using namespace almanac;

class TestNumberParsing : public QObject {
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("decimalComma");
        QTest::addColumn<double>("expected");
        QTest::newRow("integer") << "42" << false << 42.0;
        QTest::newRow("decimal") << "3.25" << false << 3.25;
        QTest::newRow("negative") << "-6" << false << -6.0;
        QTest::newRow("plus") << "+1.5" << false << 1.5;
        QTest::newRow("exponent") << "1e3" << false << 1000.0;
        QTest::newRow("spaces") << "  7 " << false << 7.0;
        QTest::newRow("thousands commas") << "1,234,567.5" << false << 1234567.5;
        QTest::newRow("decimal comma") << "1,5" << true << 1.5;
        QTest::newRow("decimal comma with thousands") << "1.234,5" << true << 1234.5;
        QTest::newRow("point still read in comma files") << "2.5" << true << 2.5;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, decimalComma);
        QFETCH(double, expected);
        double value = 0;
        QVERIFY(parseNumber(text.toStdString(), decimalComma, value));
        QCOMPARE(value, expected);
    }

    void missing_data()
    {
        QTest::addColumn<QString>("text");
        for (const char* t : {"", "NaN", "NA", "null", " "}) QTest::newRow(t[0] ? t : "empty") << QString::fromLatin1(t);
    }
    void missing()
    {
        QFETCH(QString, text);
        double value = 0;
        QVERIFY(parseNumber(text.toStdString(), false, value));
        QVERIFY(std::isnan(value));
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("decimalComma");
        QTest::newRow("word") << "abc" << false;
        QTest::newRow("trailing letters") << "12kg" << false;
        QTest::newRow("comma without decimal-comma") << "1,5" << false;
        QTest::newRow("infinity") << "1e999" << false;
        QTest::newRow("two numbers") << "1 2" << false;
    }
    void rejects()
    {
        QFETCH(QString, text);
        QFETCH(bool, decimalComma);
        double value = 0;
        QVERIFY(!parseNumber(text.toStdString(), decimalComma, value));
    }

    void format_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << 0.0 << "0";
        QTest::newRow("integer") << 42.0 << "42";
        QTest::newRow("fraction") << 0.1 << "0.1";
        // The shortest decimal that reads back as the same double: nothing rounded away.
        QTest::newRow("round trip, not rounded") << 0.30000000000000004 << "0.30000000000000004";
        QTest::newRow("small values keep their digits") << 5e-13 << "0.0000000000005";
        QTest::newRow("large values keep their magnitude") << 1e63 << "1000000000000000000000000000000000000000000000000000000000000000";
        QTest::newRow("large, no exponent") << 12345678901.0 << "12345678901";
        QTest::newRow("small, no exponent") << 0.000012345 << "0.000012345";
        QTest::newRow("negative") << -2.5 << "-2.5";
        QTest::newRow("missing") << std::nan("") << "";
    }
    void format()
    {
        QFETCH(double, value);
        QFETCH(QString, text);
        QCOMPARE(QString::fromStdString(formatNumber(value)), text);
            // Whatever it writes reads back exactly (1e308 too).
        QCOMPARE(std::strtod(formatNumber(value).c_str(), nullptr), std::isnan(value) ? 0.0 : value);
        QCOMPARE(std::strtod(formatNumber(1e308).c_str(), nullptr), 1e308);
    }
};

QTEST_APPLESS_MAIN(TestNumberParsing)
#include "tst_numberparsing.moc"
