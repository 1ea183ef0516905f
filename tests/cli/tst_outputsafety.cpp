// Outputs never destroy inputs, and are written whole or not at all (issue 11's first findings).
#include "CliRunner.h"

#include <QtTest/QtTest>
#include <unistd.h>

class TestOutputSafety : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_sales, m_events, m_pairs;
    static QString s(const char* text) { return QString::fromUtf8(text); }
    QByteArray read(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QByteArray sales("item_id,timestamp,target_value\n");
        for (int d = 1; d <= 28; ++d) sales += "A,2024-02-" + QByteArray(d < 10 ? "0" : "") + QByteArray::number(d) + "," + QByteArray::number(d % 7 + 3) + "\n";
        m_sales = writeTestFile(m_dir, s("sales.csv"), sales);
        QByteArray events("USER_ID,ITEM_ID,TIMESTAMP,EVENT_VALUE\n");
        for (int u = 0; u < 10; ++u)
            for (int k = 0; k < 4; ++k) events += QByteArray::number(u) + ",i" + QByteArray::number((u + k) % 6) + "," + QByteArray::number(100 + u * 10 + k) + "," + QByteArray::number(1 + (u + k) % 5) + "\n";
        m_events = writeTestFile(m_dir, s("events.csv"), events);
        m_pairs = writeTestFile(m_dir, s("pairs.csv"), "USER_ID,ITEM_ID\n1,i2\n2,i3\n");
        QVERIFY(::symlink(m_sales.toUtf8().constData(), m_dir.filePath(s("sales-link.csv")).toUtf8().constData()) == 0);
        QVERIFY(::link(m_sales.toUtf8().constData(), m_dir.filePath(s("sales-hard.csv")).toUtf8().constData()) == 0);
        QVERIFY(::symlink(m_events.toUtf8().constData(), m_dir.filePath(s("events-link.csv")).toUtf8().constData()) == 0);
    }

    void anOutputThatIsAnInputIsRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("input");
        const QString sales = m_dir.filePath(s("sales.csv")), events = m_dir.filePath(s("events.csv"));
        const QString viaParent = m_dir.path() + s("/sub/../sales.csv");
        QDir(m_dir.path()).mkdir(s("sub"));
        const QStringList forecast{s("forecast"), s("--target"), sales, s("--horizon"), s("3")};
        QTest::newRow("forecast --out = --target") << (forecast + QStringList{s("--out"), sales}) << sales;
        QTest::newRow("forecast --out through ..") << (forecast + QStringList{s("--out"), viaParent}) << sales;
        QTest::newRow("forecast --out a symbolic link to it") << (forecast + QStringList{s("--out"), m_dir.filePath(s("sales-link.csv"))}) << sales;
        QTest::newRow("forecast --out a hard link to it") << (forecast + QStringList{s("--out"), m_dir.filePath(s("sales-hard.csv"))}) << sales;
        QTest::newRow("forecast --metrics = --target")
            << (forecast + QStringList{s("--out"), m_dir.filePath(s("f.csv")), s("--metrics"), sales}) << sales;
        QTest::newRow("recommend --out = --interactions")
            << QStringList{s("recommend"), s("--interactions"), events, s("--out"), m_dir.filePath(s("events-link.csv"))} << events;
        QTest::newRow("predict-ratings --out = --pairs")
            << QStringList{s("predict-ratings"), s("--interactions"), events, s("--pairs"), m_pairs, s("--out"), m_pairs} << m_pairs;
    }

    void anOutputThatIsAnInputIsRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, input);
        const QByteArray before = read(input);
        const CliResult r = runCli(arguments);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(s("is also an input")), qPrintable(r.err));
        QCOMPARE(read(input), before);
    }

    void outputsAreWrittenWholeOrNotAtAll()
    {
        // A folder that cannot be written: an I/O error, and nothing left behind.
        const QString out = m_dir.filePath(s("nowhere/f.csv"));
        const CliResult missing = runCli({s("forecast"), s("--target"), m_sales, s("--horizon"), s("3"), s("--out"), out});
        QCOMPARE(missing.exitCode, 3);
        QVERIFY2(missing.err.contains(out), qPrintable(missing.err));
        // A folder given as the output file.
        QCOMPARE(runCli({s("forecast"), s("--target"), m_sales, s("--horizon"), s("3"), s("--out"), m_dir.path()}).exitCode, 3);
        // A good run leaves the output and no temporary file beside it.
        const QString good = m_dir.filePath(s("good.csv"));
        QCOMPARE(runCli({s("forecast"), s("--target"), m_sales, s("--horizon"), s("3"), s("--out"), good}).exitCode, 0);
        QCOMPARE(read(good).count('\n'), 4);
        const QStringList partial = QDir(m_dir.path()).entryList({s("*.partial-*")});
        QVERIFY2(partial.isEmpty(), qPrintable(partial.join(s(", "))));
    }
};

QTEST_GUILESS_MAIN(TestOutputSafety)
#include "tst_outputsafety.moc"
