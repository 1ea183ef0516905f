// End to end: awkward but valid CSVs forecast correctly; invalid ones fail with one clean line.
#include "CliRunner.h"

#include <QtTest/QtTest>

class TestForecastCommand : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString write(const QString& name, const QByteArray& content) { return writeTestFile(m_dir, name, content); }
    QStringList readLines(const QString& path)
    {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private slots:
    void awkwardButValid_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("extraArgs");
        QTest::addColumn<QString>("firstRow"); // the first forecast row

        // Two items, daily, last day 2024-01-04: naive forecasts the last value.
        QTest::newRow("BOM and CRLF") << QByteArray("\xEF\xBB\xBFitem_id,timestamp,target_value\r\nA,2024-01-01,1\r\n"
                                                    "A,2024-01-02,2\r\nA,2024-01-03,3\r\nA,2024-01-04,4\r\n")
                                      << QStringList() << "A,2024-01-05,5,5,5";
        QTest::newRow("semicolon decimal comma") << QByteArray("item_id;timestamp;target_value\nA;2024-01-01;1,5\n"
                                                               "A;2024-01-02;2,5\nA;2024-01-03;3,5\nA;2024-01-04;4,5\n")
                                                 << QStringList() << "A,2024-01-05,5.5,5.5,5.5";
        QTest::newRow("tab") << QByteArray("item_id\ttimestamp\ttarget_value\nA\t2024-01-01\t1\nA\t2024-01-02\t2\n"
                                           "A\t2024-01-03\t3\nA\t2024-01-04\t4\n")
                             << QStringList() << "A,2024-01-05,5,5,5";
        QTest::newRow("unsorted rows") << QByteArray("item_id,timestamp,target_value\nA,2024-01-04,4\nA,2024-01-02,2\n"
                                                     "A,2024-01-01,1\nA,2024-01-03,3\n")
                                       << QStringList() << "A,2024-01-05,5,5,5";
        QTest::newRow("reordered columns") << QByteArray("target_value,item_id,timestamp\n1,A,2024-01-01\n2,A,2024-01-02\n"
                                                         "3,A,2024-01-03\n4,A,2024-01-04\n")
                                           << QStringList() << "A,2024-01-05,5,5,5";
        QTest::newRow("empty values and gaps as zero") << QByteArray("item_id,timestamp,target_value\nA,2024-01-01,1\nA,2024-01-02,\n"
                                                                     "A,2024-01-04,4\n")
                                                       << QStringList{"--fill-middle", "zero"} << "A,2024-01-05,3.2,4,7.2";
        // Automatic: the empty cell stays missing (a zero there would add the changes -1 and 3),
        // so the naive rule's only change is 4 - 3.
        QTest::newRow("empty value missing by default") << QByteArray("item_id,timestamp,target_value\nA,2024-01-01,1\nA,2024-01-02,\n"
                                                                      "A,2024-01-03,3\nA,2024-01-04,4\n")
                                                        << QStringList() << "A,2024-01-05,5,5,5";
        QTest::newRow("space-separated timestamps, hourly")
            << QByteArray("item_id,timestamp,target_value\nA,2024-01-01 00:00:00,1\nA,2024-01-01 01:00:00,2\n"
                          "A,2024-01-01 02:00:00,3\n")
            << QStringList() << "A,2024-01-01T03:00:00,4,4,4";
        QTest::newRow("Latin-1 item names") << QByteArray("item_id,timestamp,target_value\nCaf\xE9,2024-01-01,1\nCaf\xE9,2024-01-02,2\n")
                                            << QStringList() << "Caf\u00e9,2024-01-03,3,3,3";
        QTest::newRow("US dates, aggregated to weeks")
            << QByteArray("sku,date,sales\nA,1/1/2024,1\nA,1/2/2024,1\nA,1/8/2024,2\nA,1/9/2024,2\n")
            << QStringList{QStringLiteral("--frequency"), QStringLiteral("W")} << "A,2024-01-15,6,6,6";
        QTest::newRow("mapped headers") << QByteArray("StockCode,InvoiceDate,Quantity\nA,2024-01-01,1\nA,2024-01-02,2\n")
                                        << QStringList{QStringLiteral("--map"), QStringLiteral("item_id=StockCode"),
                                                       QStringLiteral("--map"), QStringLiteral("timestamp=InvoiceDate")}
                                        << "A,2024-01-03,3,3,3";
        // Issue 12: the output keeps the data's calendar, and business date formats are read.
        QTest::newRow("Friday weeks stay on Fridays")
            << QByteArray("Store,Date,Weekly_Sales\n1,05/02/10,1\n1,12/02/10,2\n1,19/02/10,3\n")
            << QStringList{QStringLiteral("--map"), QStringLiteral("item_id=Store"), QStringLiteral("--map"),
                           QStringLiteral("timestamp=Date"), QStringLiteral("--map"), QStringLiteral("target_value=Weekly_Sales")}
            << "1,2010-02-26,4,4,4";
        QTest::newRow("quarters written 1998 Q1")
            << QByteArray("Quarter,Region,Trips\n1998 Q1,A,1\n1998 Q2,A,2\n1998 Q3,A,3\n")
            << QStringList{QStringLiteral("--map"), QStringLiteral("timestamp=Quarter"), QStringLiteral("--map"),
                           QStringLiteral("item_id=Region"), QStringLiteral("--map"), QStringLiteral("target_value=Trips")}
            << "A,1998-10-01,4,4,4";
        QTest::newRow("quarter ends stay quarter ends")
            << QByteArray("item_id,timestamp,target_value\nA,2017-03-31,1\nA,2017-06-30,2\nA,2017-09-30,3\n")
            << QStringList() << "A,2017-12-31,4,4,4";
        QTest::newRow("months written 2017-06") << QByteArray("item_id,timestamp,target_value\nA,2017-06,1\nA,2017-07,2\n")
                                                << QStringList() << "A,2017-08-01,3,3,3";
        QTest::newRow("months written Jun 2017") << QByteArray("item_id,timestamp,target_value\nA,Jun 2017,1\nA,Jul 2017,2\n")
                                                 << QStringList() << "A,2017-08-01,3,3,3";
        QTest::newRow("ISO weeks") << QByteArray("item_id,timestamp,target_value\nA,2017-W05,1\nA,2017-W06,2\n")
                                   << QStringList() << "A,2017-02-13,3,3,3";
        QTest::newRow("alignment chosen") << QByteArray("item_id,timestamp,target_value\nA,2024-01-05,1\nA,2024-01-12,2\n")
                                          << QStringList{QStringLiteral("--frequency"), QStringLiteral("W-MON")}
                                          << "A,2024-01-15,3,3,3";
    }
    void awkwardButValid()
    {
        QFETCH(QByteArray, content);
        QFETCH(QStringList, extraArgs);
        QFETCH(QString, firstRow);
        const QString in = write(QStringLiteral("in.csv"), content);
        const QString out = m_dir.filePath(QStringLiteral("out.csv"));
        QFile::remove(out);
        const CliResult r = runCli(QStringList{QStringLiteral("forecast"), QStringLiteral("--target"), in,
                                               QStringLiteral("--horizon"), QStringLiteral("2"), QStringLiteral("--recipe"),
                                               QStringLiteral("naive"), QStringLiteral("--out"), out}
                                   + extraArgs);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = readLines(out);
        QCOMPARE(lines.value(0), QStringLiteral("item_id,date,p10,p50,p90"));
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.value(1), firstRow);
    }

    // Issue 12: a stretch in which no item has a row is said, with what the gap rule made of it.
    void gapsInTheWholeFileAreSaid_data()
    {
        QTest::addColumn<int>("gap");
        QTest::addColumn<QStringList>("extraArgs");
        QTest::addColumn<QString>("said"); // empty: nothing said about gaps
        QTest::newRow("a week, auto") << 8 << QStringList() << "8 periods in 1 stretches have no row for any series "
                                                               "(the longest 8 periods, 2024-01-11 to 2024-01-18): kept missing";
        QTest::newRow("a week, zero") << 8 << QStringList{QStringLiteral("--fill-middle"), QStringLiteral("zero")}
                                      << "filled by the gap rule 'zero' (auto would keep them missing)";
        QTest::newRow("three days") << 3 << QStringList() << QString();
    }
    void gapsInTheWholeFileAreSaid()
    {
        QFETCH(int, gap);
        QFETCH(QStringList, extraArgs);
        QFETCH(QString, said);
        QByteArray content("item_id,timestamp,target_value\n");
        for (int d = 0; d < 20 + gap; ++d) {
            if (d >= 10 && d < 10 + gap) continue;
            const QByteArray day = QDate(2024, 1, 1).addDays(d).toString(Qt::ISODate).toLatin1();
            content += "A," + day + ",1\nB," + day + ",2\n";
        }
        const QString in = write(QStringLiteral("gaps.csv"), content);
        const CliResult r = runCli(QStringList{QStringLiteral("forecast"), QStringLiteral("--target"), in, QStringLiteral("--horizon"),
                                               QStringLiteral("2"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("gaps_out.csv"))}
                                   + extraArgs);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        if (said.isEmpty()) QVERIFY2(!r.err.contains(QStringLiteral("no row for any series")), qPrintable(r.err));
        else QVERIFY2(r.err.contains(said), qPrintable(r.err));
    }

    void invalidFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << "row 1: the file is empty";
        QTest::newRow("header only") << QByteArray("item_id,timestamp,target_value\n") << "row 2";
        QTest::newRow("missing target column") << QByteArray("item_id,timestamp\nA,2024-01-01\n") << "row 1: no column for required field";
        QTest::newRow("impossible timestamp") << QByteArray("item_id,timestamp,target_value\nA,2024-01-01,1\nA,2024-13-45,1\n") << "row 3, column 2";
        QTest::newRow("non-numeric value") << QByteArray("item_id,timestamp,target_value\nA,2024-01-01,x\n") << "row 2, column 3";
        QTest::newRow("ragged row") << QByteArray("item_id,timestamp,target_value\nA,2024-01-01,1,9,9\n") << "row 2";
        QTest::newRow("unterminated quote") << QByteArray("item_id,timestamp,target_value\nA,2024-01-01,\"1\n") << "row 2";
        QByteArray random(4096, 0);
        for (int i = 0; i < random.size(); ++i) random[i] = char((i * 7919 + 13) % 251);
        QTest::newRow("random bytes") << random << "row";
        QTest::newRow("20 MB field") << QByteArray("item_id,timestamp,target_value\nA,2024-01-01,") + QByteArray(20 << 20, '7')
                                     << "row 2";
    }
    void invalidFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString in = write(QStringLiteral("bad.csv"), content);
        const CliResult r = runCli({QStringLiteral("forecast"), QStringLiteral("--target"), in, QStringLiteral("--horizon"),
                                    QStringLiteral("3"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("bad-out.csv"))});
        QVERIFY2(r.exitCode >= 1 && r.exitCode <= 125, qPrintable(QString::number(r.exitCode) + r.err));
        const QStringList errLines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        // Issue 11: with stderr not a terminal, the error is the only line, and a short one.
        QCOMPARE(errLines.size(), 1);
        const QString last = errLines.last();
        QVERIFY2(last.startsWith(QStringLiteral("error: ")), qPrintable(last));
        QVERIFY2(last.contains(in), qPrintable(last));
        QVERIFY2(last.contains(expected), qPrintable(last));
        QVERIFY2(last.size() < 2200, qPrintable(QString::number(last.size())));
        for (QChar c : last) QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f, qPrintable(last));
    }

    // Issue 11: values a command cannot use are usage errors (exit 2), as unparsable ones are.
    void outOfRangeOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("horizon 0") << QStringList{QStringLiteral("--horizon"), QStringLiteral("0")} << "--horizon";
        QTest::newRow("horizon missing") << QStringList() << "--horizon";
        QTest::newRow("threads -1") << QStringList{QStringLiteral("--horizon"), QStringLiteral("2"), QStringLiteral("--threads"),
                                                   QStringLiteral("-1")} << "--threads";
        QTest::newRow("quantile 1.5") << QStringList{QStringLiteral("--horizon"), QStringLiteral("2"), QStringLiteral("--quantiles"),
                                                     QStringLiteral("0.1,1.5")} << "--quantiles";
        QTest::newRow("quantile twice") << QStringList{QStringLiteral("--horizon"), QStringLiteral("2"), QStringLiteral("--quantiles"),
                                                       QStringLiteral("0.5,0.5")} << "p50 is asked for twice";
        QTest::newRow("backtest windows 0") << QStringList{QStringLiteral("--horizon"), QStringLiteral("2"),
                                                           QStringLiteral("--backtest-windows"), QStringLiteral("0")} << "--backtest-windows";
        QTest::newRow("time budget -1") << QStringList{QStringLiteral("--horizon"), QStringLiteral("2"), QStringLiteral("--time-budget"),
                                                       QStringLiteral("-1")} << "--time-budget: must be seconds";
    }
    void outOfRangeOptions()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const QString in = write(QStringLiteral("ok.csv"), "item_id,timestamp,target_value\nA,2024-01-01,1\nA,2024-01-02,2\n");
        const CliResult r = runCli(QStringList{QStringLiteral("forecast"), QStringLiteral("--target"), in, QStringLiteral("--out"),
                                               m_dir.filePath(QStringLiteral("range.csv"))} + args);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("error: ")) && r.err.contains(expected), qPrintable(r.err));
    }

    // Issue 11: requests that could not be held, or dates past 9999, are refused up front, with
    // the size or the date said; a folder given as the input is an I/O error.
    void impossibleRequestsAreRefusedUpFront_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("hourly from year 1 to 9999")
            << QByteArray("item_id,timestamp,target_value\nA,0001-01-01T00:00:00,1\nA,0001-01-01T01:00:00,1\nA,9999-12-31T23:00:00,2\n")
            << QStringList{QStringLiteral("--horizon"), QStringLiteral("2")} << 1 << "a series may span at most 5000000";
        QTest::newRow("past 9999-12-31") << QByteArray("item_id,timestamp,target_value\nA,9999-12-01,1\nA,9999-12-02,2\n")
                                         << QStringList{QStringLiteral("--horizon"), QStringLiteral("40")} << 1 << "past 9999-12-31";
        QByteArray many("item_id,timestamp,target_value\n");
        for (int i = 0; i < 2000; ++i) many += "i" + QByteArray::number(i) + ",2024-01-01,1\ni" + QByteArray::number(i) + ",2024-01-02,1\n";
        QTest::newRow("2000 items x 100000 periods") << many << QStringList{QStringLiteral("--horizon"), QStringLiteral("100000")} << 1
                                                     << "about 6.4 GB in memory";
    }
    void impossibleRequestsAreRefusedUpFront()
    {
        QFETCH(QByteArray, content);
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        const QString in = write(QStringLiteral("impossible.csv"), content);
        const QString out = m_dir.filePath(QStringLiteral("impossible-out.csv"));
        const CliResult r = runCli(QStringList{QStringLiteral("forecast"), QStringLiteral("--target"), in, QStringLiteral("--out"), out} + args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }

    void folderAsInputIsAnIoError()
    {
        const CliResult r = runCli({QStringLiteral("forecast"), QStringLiteral("--target"), m_dir.path(), QStringLiteral("--horizon"),
                                    QStringLiteral("1"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("folder-out.csv"))});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QLatin1String("is a folder, not a file")), qPrintable(r.err));
    }

    // Control bytes in a bad value are escaped and a huge value is cut: the line stays readable.
    void errorLineIsEscapedAndCapped()
    {
        const QString in = write(QStringLiteral("bell.csv"), "item_id,timestamp,target_value\nA,2024-01-01,1\nA,\a" + QByteArray(100000, 'x')
                                                                 + ",1\n");
        const CliResult r = runCli({QStringLiteral("forecast"), QStringLiteral("--target"), in, QStringLiteral("--horizon"),
                                    QStringLiteral("1"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("bell-out.csv"))});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.size() < 2200, qPrintable(QString::number(r.err.size())));
        QVERIFY2(r.err.contains(QLatin1String("\\x07")) || r.err.contains(QLatin1String("more bytes")), qPrintable(r.err.left(300)));
    }

    void usageErrors()
    {
        const CliResult r = runCli({QStringLiteral("forecast"), QStringLiteral("--horizon"), QStringLiteral("3")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith(QStringLiteral("error: ")));
        const CliResult help = runCli({QStringLiteral("forecast"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("--quantiles")));
    }

    void anyQuantilesAndDimensions()
    {
        const QString in = write(QStringLiteral("dims.csv"),
                                 "item_id,store,timestamp,target_value\nA,S1,2024-01-01,1\nA,S2,2024-01-01,5\n"
                                 "A,S1,2024-01-02,2\nA,S2,2024-01-02,6\nA,S1,2024-01-03,4\nA,S2,2024-01-03,7\n");
        const QString out = m_dir.filePath(QStringLiteral("dims-out.csv"));
        const CliResult r = runCli({QStringLiteral("forecast"), QStringLiteral("--target"), in, QStringLiteral("--dimensions"),
                                    QStringLiteral("store"), QStringLiteral("--horizon"), QStringLiteral("1"),
                                    QStringLiteral("--recipe"), QStringLiteral("naive"), QStringLiteral("--quantiles"),
                                    QStringLiteral("0.05,0.5,0.975"), QStringLiteral("--with-mean"), QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = readLines(out);
        QCOMPARE(lines.value(0), QStringLiteral("item_id,store,date,p05,p50,p975,mean"));
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.value(2).startsWith(QStringLiteral("A,S2,2024-01-04,")));
    }

    void calibrateKeepsTheMedianAndScalesTheBand()
    {
        // npts samples past values: on a trending series its band is too narrow, and the backtest
        // says so; calibration (npts's default) widens the band around an unchanged median.
        QByteArray csv("item_id,timestamp,target_value\n");
        for (int item = 0; item < 6; ++item)
            for (int d = 0; d < 120; ++d)
                csv += QStringLiteral("I%1,%2,%3\n").arg(item).arg(QDate(2024, 1, 1).addDays(d).toString(Qt::ISODate))
                           .arg(d * (item + 1) + (d * 7919 % 13)).toUtf8();
        const QString in = write(QStringLiteral("trend.csv"), csv);
        auto run = [&](const QString& out, const QStringList& extra) {
            QStringList args{QStringLiteral("forecast"), QStringLiteral("--target"), in, QStringLiteral("--horizon"),
                             QStringLiteral("7"), QStringLiteral("--recipe"), QStringLiteral("npts"), QStringLiteral("--out"), out};
            const CliResult r = runCli(args + extra);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        };
        const QString plain = m_dir.filePath(QStringLiteral("plain.csv")), calibrated = m_dir.filePath(QStringLiteral("calibrated.csv"));
        const QString byDefault = m_dir.filePath(QStringLiteral("default.csv"));
        run(plain, {QStringLiteral("--no-calibrate")});
        run(calibrated, {QStringLiteral("--calibrate")});
        run(byDefault, {});
        QCOMPARE(readLines(byDefault), readLines(calibrated));
        const QStringList a = readLines(plain), b = readLines(calibrated);
        QCOMPARE(a.size(), b.size());
        double widthA = 0, widthB = 0;
        for (int i = 1; i < a.size(); ++i) {
            const QStringList x = a[i].split(QLatin1Char(',')), y = b[i].split(QLatin1Char(','));
            QCOMPARE(x[3], y[3]); // p50
            widthA += x[4].toDouble() - x[2].toDouble();
            widthB += y[4].toDouble() - y[2].toDouble();
        }
        QVERIFY2(widthB > widthA, qPrintable(QStringLiteral("%1 vs %2").arg(widthB).arg(widthA)));
    }

    void datasetStoredInAProject()
    {
        const QString project = m_dir.filePath(QStringLiteral("stored.almanac"));
        QCOMPARE(runCli({QStringLiteral("sample"), QStringLiteral("--out"), project}).exitCode, 0);
        const QString out = m_dir.filePath(QStringLiteral("stored.csv"));
        const CliResult r = runCli({QStringLiteral("forecast"), QStringLiteral("--project"), project, QStringLiteral("--dataset"),
                                    QStringLiteral("retail_demand"), QStringLiteral("--horizon"), QStringLiteral("7"),
                                    QStringLiteral("--recipe"), QStringLiteral("snaive"), QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(readLines(out).size(), 1 + 120 * 7);
        // Demand never goes below zero, even where the calibrated band would.
        for (const QString& line : readLines(out).mid(1)) QVERIFY(line.split(QLatin1Char(','))[2].toDouble() >= 0);
        const CliResult info = runCli({QStringLiteral("project"), QStringLiteral("info"), project});
        QVERIFY(info.out.contains(QStringLiteral("retail_demand-snaive-")));
        // The sample comes with a predictor whose earlier forecast was scored on the weeks that arrived since.
        QVERIFY(info.out.contains(QStringLiteral("retail_demand-ets")));

        const CliResult noProject = runCli({QStringLiteral("forecast"), QStringLiteral("--dataset"), QStringLiteral("retail_demand"),
                                            QStringLiteral("--horizon"), QStringLiteral("7"), QStringLiteral("--out"), out});
        QVERIFY(noProject.exitCode != 0);
        QVERIFY(noProject.err.contains(QStringLiteral("--project")));
        const CliResult missing = runCli({QStringLiteral("forecast"), QStringLiteral("--project"), project, QStringLiteral("--dataset"),
                                          QStringLiteral("nope"), QStringLiteral("--horizon"), QStringLiteral("7"), QStringLiteral("--out"), out});
        QVERIFY(missing.exitCode != 0);
        QVERIFY(missing.err.contains(QStringLiteral("nope")));
    }

    void autoWithMetrics()
    {
        QByteArray csv("item_id,timestamp,target_value\n");
        // A weekly pattern: seasonal naive must win the backtest over naive.
        for (int d = 0; d < 70; ++d)
            csv += "A," + QDate(2024, 1, 1).addDays(d).toString(Qt::ISODate).toLatin1() + "," + QByteArray::number(10 + (d % 7) * 5) + "\n";
        const QString in = write(QStringLiteral("weekly.csv"), csv);
        const QString out = m_dir.filePath(QStringLiteral("auto.csv"));
        const QString metrics = m_dir.filePath(QStringLiteral("metrics.json"));
        const CliResult r = runCli({QStringLiteral("forecast"), QStringLiteral("--target"), in, QStringLiteral("--horizon"),
                                    QStringLiteral("7"), QStringLiteral("--recipe"), QStringLiteral("auto"), QStringLiteral("--auto-mode"),
                                    QStringLiteral("dataset"), QStringLiteral("--backtest-windows"), QStringLiteral("3"),
                                    QStringLiteral("--metrics"), metrics,
                                    QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(metrics);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(json.value(QStringLiteral("recipe")).toString(), QStringLiteral("snaive"));
        const QJsonArray board = json.value(QStringLiteral("leaderboard")).toArray();
        QVERIFY(board.size() >= 3); // every registered recipe
        QCOMPARE(board[0].toObject().value(QStringLiteral("recipe")).toString(), QStringLiteral("snaive"));
        QCOMPARE(json.value(QStringLiteral("windows")).toArray().size(), 3);
        const QJsonObject overall = json.value(QStringLiteral("overall")).toObject();
        QCOMPARE(overall.value(QStringLiteral("WAPE")).toDouble(), 0.0);
        QCOMPARE(overall.value(QStringLiteral("points")).toInt(), 21);
        QCOMPARE(json.value(QStringLiteral("items")).toArray().size(), 1);
    }

    void itemMetadataBringsColdItems_data()
    {
        QTest::addColumn<QString>("recipe");
        QTest::newRow("naive") << "naive";
        QTest::newRow("auto") << "auto";
    }
    void itemMetadataBringsColdItems()
    {
        // C and D have no history: listed in the item metadata only, they are forecast as the
        // average of the items sharing their category, and the note says why.
        QFETCH(QString, recipe);
        QByteArray csv("item_id,timestamp,target_value\n");
        for (int d = 0; d < 21; ++d) {
            const QByteArray date = QDate(2024, 1, 1).addDays(d).toString(Qt::ISODate).toLatin1();
            csv += "A," + date + ",10\nB," + date + ",30\nE," + date + ",20\n";
        }
        const QString in = write(QStringLiteral("cold-target.csv"), csv);
        const QString items = write(QStringLiteral("cold-items.csv"), "item_id,category\nA,x\nB,y\nE,x\nC,x\nD,y\n");
        const QString out = m_dir.filePath(QStringLiteral("cold-out-%1.csv").arg(recipe));
        const QString metrics = m_dir.filePath(QStringLiteral("cold-metrics-%1.json").arg(recipe));
        const CliResult r = runCli({QStringLiteral("forecast"), QStringLiteral("--target"), in, QStringLiteral("--items"), items,
                                    QStringLiteral("--horizon"), QStringLiteral("3"), QStringLiteral("--recipe"), recipe,
                                    QStringLiteral("--metrics"), metrics, QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = readLines(out);
        QCOMPARE(lines.size(), 1 + 5 * 3);
        QVERIFY2(lines.contains(QStringLiteral("C,2024-01-22,15,15,15")), qPrintable(lines.join(QLatin1Char(' '))));
        QVERIFY2(lines.contains(QStringLiteral("D,2024-01-24,30,30,30")), qPrintable(lines.join(QLatin1Char(' '))));
        QVERIFY2(r.err.contains(QStringLiteral("2 items without target history (cold start) were given the average forecast")), qPrintable(r.err));
    }

    void autoPerItem()
    {
        // Item A is weekly-periodic, item B a straight line: each gets its own recipe.
        QByteArray csv("item_id,timestamp,target_value\n");
        for (int d = 0; d < 70; ++d) {
            const QByteArray date = QDate(2024, 1, 1).addDays(d).toString(Qt::ISODate).toLatin1();
            csv += "A," + date + "," + QByteArray::number(10 + (d % 7) * 5) + "\n";
            csv += "B," + date + "," + QByteArray::number(100 + 3 * d) + "\n";
        }
        const QString in = write(QStringLiteral("two.csv"), csv);
        const QString metrics = m_dir.filePath(QStringLiteral("item-metrics.json"));
        const CliResult r = runCli({QStringLiteral("forecast"), QStringLiteral("--target"), in, QStringLiteral("--horizon"),
                                    QStringLiteral("7"), QStringLiteral("--recipe"), QStringLiteral("auto"), QStringLiteral("--auto-mode"),
                                    QStringLiteral("item"), QStringLiteral("--metrics"), metrics, QStringLiteral("--out"),
                                    m_dir.filePath(QStringLiteral("item.csv"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(metrics);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(json.value(QStringLiteral("recipe")).toString(), QStringLiteral("auto-item"));
        const QJsonArray items = json.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 2);
        for (const QJsonValue& item : items) QVERIFY(!item.toObject().value(QStringLiteral("recipe")).toString().isEmpty());
        const QStringList lines = readLines(m_dir.filePath(QStringLiteral("item.csv")));
        QCOMPARE(lines.size(), 1 + 14);
        // B continues its line exactly (naive plus the median change does): 100 + 3 * 70 = 310.
        QVERIFY2(lines.contains(QStringLiteral("B,2024-03-11,310,310,310")), qPrintable(lines.join(QLatin1Char(' '))));
    }

    void projectKeepsForecastAndEvaluation()
    {
        const QString in = write(QStringLiteral("p.csv"), "item_id,timestamp,target_value\nA,2024-01-01,1\nA,2024-01-02,2\n"
                                                          "A,2024-01-03,3\nA,2024-01-04,4\nA,2024-01-05,5\n");
        const QString project = m_dir.filePath(QStringLiteral("kept.almanac"));
        const CliResult r = runCli({QStringLiteral("forecast"), QStringLiteral("--target"), in, QStringLiteral("--horizon"),
                                    QStringLiteral("2"), QStringLiteral("--recipe"), QStringLiteral("naive"), QStringLiteral("--metrics"),
                                    m_dir.filePath(QStringLiteral("p.json")), QStringLiteral("--project"), project,
                                    QStringLiteral("--out"), m_dir.filePath(QStringLiteral("p-out.csv"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const CliResult info = runCli({QStringLiteral("project"), QStringLiteral("info"), project, QStringLiteral("--json")});
        const QJsonObject json = QJsonDocument::fromJson(info.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("datasets")).toArray().size(), 1);
        QCOMPARE(json.value(QStringLiteral("forecasts")).toArray().first().toString(), QStringLiteral("p-naive-1"));
    }

    void autoOnShortHistories()
    {
        // Five days against a 7-day horizon: auto's two backtest windows shrink to (5 - 2) / 2 = 1
        // day each; one day: naive.
        const QString five = write(QStringLiteral("five.csv"), "item_id,timestamp,target_value\nA,2024-01-01,1\nA,2024-01-02,2\n"
                                                                "A,2024-01-03,3\nA,2024-01-04,4\nA,2024-01-05,5\n");
        const QString metrics = m_dir.filePath(QStringLiteral("short.json"));
        CliResult r = runCli({QStringLiteral("forecast"), QStringLiteral("--target"), five, QStringLiteral("--horizon"),
                              QStringLiteral("7"), QStringLiteral("--recipe"), QStringLiteral("auto"), QStringLiteral("--metrics"),
                              metrics, QStringLiteral("--out"), m_dir.filePath(QStringLiteral("short.csv"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(metrics);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("backtest_horizon")).toInt(), 1);
        QCOMPARE(readLines(m_dir.filePath(QStringLiteral("short.csv"))).size(), 1 + 7);

        const QString one = write(QStringLiteral("one.csv"), "item_id,timestamp,target_value\nA,2024-01-01,4\n");
        r = runCli({QStringLiteral("forecast"), QStringLiteral("--target"), one, QStringLiteral("--frequency"), QStringLiteral("D"),
                    QStringLiteral("--horizon"), QStringLiteral("2"), QStringLiteral("--recipe"), QStringLiteral("auto"),
                    QStringLiteral("--out"), m_dir.filePath(QStringLiteral("one-out.csv"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(readLines(m_dir.filePath(QStringLiteral("one-out.csv"))).value(1), QStringLiteral("A,2024-01-02,4,4,4"));
    }

    void xlsxExport()
    {
        const QString in = write(QStringLiteral("x.csv"), "item_id,timestamp,target_value\nA,2024-01-01,1\nA,2024-01-02,2\n");
        const QString out = m_dir.filePath(QStringLiteral("x.xlsx"));
        const CliResult r = runCli({QStringLiteral("forecast"), QStringLiteral("--target"), in, QStringLiteral("--horizon"),
                                    QStringLiteral("2"), QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(2), QByteArray("PK")); // a zip container, as XLSX is
    }

    // Issue 12: a spreadsheet shows date cells and number cells; ids are text, never formulas.
    void xlsxCellsAreTyped()
    {
        const QString in = write(QStringLiteral("typed.csv"), "item_id,timestamp,target_value\n=1+1,2010-02-05,1\n=1+1,2010-02-12,2\n");
        const QString out = m_dir.filePath(QStringLiteral("typed.xlsx"));
        const CliResult r = runCli({QStringLiteral("forecast"), QStringLiteral("--target"), in, QStringLiteral("--horizon"),
                                    QStringLiteral("1"), QStringLiteral("--recipe"), QStringLiteral("naive"), QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        auto unzip = [&](const QString& member) {
            QProcess p;
            p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), out, member});
            p.waitForFinished();
            return QString::fromUtf8(p.readAllStandardOutput());
        };
        const QString sheet = unzip(QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY2(!sheet.isEmpty(), "unzip could not read the workbook");
        QVERIFY(!sheet.contains(QLatin1String("<f>")));
        // Row 2: the id as a shared string, 2010-02-19 (Excel serial 40228) as a styled number, p10 a number
        // (naive continues the two points' step).
        static const QRegularExpression id(QStringLiteral("<c r=\"A2\" t=\"s\""));
        static const QRegularExpression date(QStringLiteral("<c r=\"B2\" s=\"(\\d+)\"><v>40228</v></c>"));
        static const QRegularExpression number(QStringLiteral("<c r=\"C2\"><v>3</v></c>"));
        QVERIFY2(id.match(sheet).hasMatch(), qPrintable(sheet));
        QVERIFY2(date.match(sheet).hasMatch(), qPrintable(sheet));
        QVERIFY2(number.match(sheet).hasMatch(), qPrintable(sheet));
        QVERIFY(unzip(QStringLiteral("xl/styles.xml")).contains(QLatin1String("formatCode=\"yyyy-mm-dd\"")));
        QVERIFY(unzip(QStringLiteral("xl/sharedStrings.xml")).contains(QLatin1String("=1+1")));
    }

    void m4HourlySeasonalNaive()
    {
        const QString train = QStringLiteral(ALMANAC_SHARED_DATA_DIR "/m4-hourly/train.csv");
        if (!QFile::exists(train)) QSKIP("../shared/data is not present");
        const QString out = m_dir.filePath(QStringLiteral("m4.csv"));
        const CliResult r = runCli({QStringLiteral("forecast"), QStringLiteral("--target"), train, QStringLiteral("--frequency"),
                                    QStringLiteral("H"), QStringLiteral("--horizon"), QStringLiteral("48"),
                                    QStringLiteral("--recipe"), QStringLiteral("snaive"), QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = readLines(out);
        QCOMPARE(lines.size(), 1 + 414 * 48);
        QCOMPARE(lines.value(1).section(QLatin1Char(','), 0, 1), QStringLiteral("H1,2017-07-01T00:00:00"));
    }
};

QTEST_GUILESS_MAIN(TestForecastCommand)
#include "tst_forecastcommand.moc"
