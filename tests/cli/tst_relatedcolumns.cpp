// Related series as an analyst gives them (issue 12): often the target file itself, with columns
// known in the future (promotions, holidays) and columns observed only up to today (weather,
// CPI). The target never becomes a regressor, a copy of it is refused, and a column without
// future values is not carried through the horizon as if it were known.
#include "CliRunner.h"

#include <QtTest/QtTest>
#include <cmath>

class TestRelatedColumns : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_retail;       // weekly, Fridays, 4 stores: Weekly_Sales with holiday flag, temperature, CPI
    QString m_withFuture;   // the same, with the holiday flag (and a price) given through 8 future weeks

    static QStringList keyMap()
    {
        return {QStringLiteral("--map"), QStringLiteral("item_id=Store"), QStringLiteral("--map"), QStringLiteral("timestamp=Date"),
                QStringLiteral("--map"), QStringLiteral("target_value=Weekly_Sales")};
    }
    // Weekly sales with a yearly swing and a holiday lift; the covariates are deterministic so the
    // test reads the same everywhere.
    static QByteArray retail(bool future, bool copyColumn)
    {
        QByteArray csv = "Store,Date,Weekly_Sales,Holiday_Flag,Temperature,CPI";
        if (copyColumn) csv += ",Sales_Thousands";
        csv += "\n";
        const QDate first(2010, 2, 5); // a Friday
        for (int store = 1; store <= 4; ++store) {
            for (int w = 0; w < 120 + (future ? 8 : 0); ++w) {
                const bool holiday = w % 13 == 6;
                const double sales = 1000.0 * store * (1.0 + 0.2 * std::sin(w * 6.2831853 / 52.0)) * (holiday ? 1.3 : 1.0)
                                     + 37.0 * ((w * 7 + store * 3) % 11);
                const bool history = w < 120;
                csv += QByteArray::number(store) + "," + first.addDays(7 * w).toString(QStringLiteral("dd/MM/yy")).toUtf8() + ","
                       + (history ? QByteArray::number(sales, 'f', 2) : QByteArray()) + "," + (holiday ? "1" : "0") + ","
                       + (history ? QByteArray::number(50 + 20 * std::sin(w / 8.0), 'f', 1) : QByteArray()) + ","
                       + (history ? QByteArray::number(211 + 0.1 * w, 'f', 2) : QByteArray());
                if (copyColumn) csv += "," + (history ? QByteArray::number(sales / 1000.0, 'f', 4) : QByteArray("1"));
                csv += "\n";
            }
        }
        return csv;
    }
    CliResult forecast(const QString& target, const QString& related, const QStringList& extra, const QString& out)
    {
        QStringList args{QStringLiteral("forecast"), QStringLiteral("--target"), target, QStringLiteral("--related"), related,
                         QStringLiteral("--horizon"), QStringLiteral("8"), QStringLiteral("--recipe"), QStringLiteral("arima"),
                         QStringLiteral("--out"), out};
        return runCli(args + keyMap() + extra);
    }
    static QStringList rows(const QString& path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) return {};
        QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (!lines.isEmpty()) lines.removeFirst();
        return lines;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_retail = writeTestFile(m_dir, QStringLiteral("retail.csv"), retail(false, false));
        m_withFuture = writeTestFile(m_dir, QStringLiteral("retail-future.csv"), retail(true, false));
    }

    // Done-when of issue 12: the file as both target and related series forecasts with a band,
    // and says the target column was left out.
    void targetFileAsItsOwnRelatedSeries()
    {
        const QString out = m_dir.filePath(QStringLiteral("self.csv"));
        const CliResult r = forecast(m_retail, m_retail, {}, out);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("target column Weekly_Sales")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("no values in the forecast horizon")), qPrintable(r.err));
        const QStringList lines = rows(out);
        QCOMPARE(lines.size(), 4 * 8);
        for (const QString& line : lines) {
            const QStringList f = line.split(QLatin1Char(','));
            QVERIFY2(f.value(4).toDouble() > f.value(2).toDouble(), qPrintable(line)); // p90 > p10
        }
        // The forecast dates fall on the history's weekday (Fridays).
        QCOMPARE(lines.first().section(QLatin1Char(','), 1, 1), QStringLiteral("2012-05-25"));
        QCOMPARE(QDate::fromString(lines.first().section(QLatin1Char(','), 1, 1), Qt::ISODate).dayOfWeek(), 5);
    }

    void columnChoices_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("saysOnStderr");
        QTest::addColumn<QString>("neverSays");
        QTest::newRow("future-known flag used") << QStringList() << 0 << "(Temperature, CPI) were left out" << "Holiday_Flag";
        QTest::newRow("chosen columns") << QStringList{QStringLiteral("--related-columns"), QStringLiteral("Holiday_Flag")} << 0
                                        << "" << "left out";
        QTest::newRow("historical columns")
            << QStringList{QStringLiteral("--related-columns"), QStringLiteral("Holiday_Flag"), QStringLiteral("--historical-columns"),
                           QStringLiteral("Temperature,CPI")}
            << 0 << "historical-only columns (Temperature, CPI) are read up to the forecast origin" << "were left out";
        QTest::newRow("chosen fill keeps the column")
            << QStringList{QStringLiteral("--fill-future"), QStringLiteral("last")} << 0 << "" << "were left out";
        QTest::newRow("unknown column") << QStringList{QStringLiteral("--related-columns"), QStringLiteral("NOPE")} << 1
                                        << "no related column 'NOPE'" << "";
        QTest::newRow("text column") << QStringList{QStringLiteral("--related-columns"), QStringLiteral("Date")} << 1
                                     << "column 'Date' is not numeric" << "";
    }
    void columnChoices()
    {
        QFETCH(QStringList, extra);
        QFETCH(int, exitCode);
        QFETCH(QString, saysOnStderr);
        QFETCH(QString, neverSays);
        const QString out = m_dir.filePath(QStringLiteral("choice.csv"));
        QFile::remove(out);
        const CliResult r = forecast(m_retail, m_withFuture, extra, out);
        QCOMPARE(r.exitCode, exitCode);
        if (!saysOnStderr.isEmpty()) QVERIFY2(r.err.contains(saysOnStderr), qPrintable(r.err));
        if (!neverSays.isEmpty()) QVERIFY2(!r.err.contains(neverSays), qPrintable(r.err));
        QCOMPARE(QFile::exists(out), exitCode == 0);
        if (exitCode != 0) QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    }

    // A column that is the target under another name (here in thousands, with made-up future
    // values) would leak the answer: refused, naming it.
    void copyOfTheTargetIsRefused()
    {
        const QString copy = writeTestFile(m_dir, QStringLiteral("copy.csv"), retail(true, true));
        const QString out = m_dir.filePath(QStringLiteral("copy-out.csv"));
        const CliResult r = forecast(m_retail, copy, {}, out);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("'Sales_Thousands' (nearly) equals the target Weekly_Sales")), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }

    void columnsNeedRelated()
    {
        const CliResult r = runCli(QStringList{QStringLiteral("forecast"), QStringLiteral("--target"), m_retail,
                                               QStringLiteral("--horizon"), QStringLiteral("4"), QStringLiteral("--related-columns"),
                                               QStringLiteral("CPI"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.csv"))}
                                   + keyMap());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("need --related")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestRelatedColumns)
#include "tst_relatedcolumns.moc"
