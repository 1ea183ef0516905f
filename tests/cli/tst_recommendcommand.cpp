// End to end: recommendations, holdout metrics and automatic recipe choice.
#include "CliRunner.h"

#include <QtTest/QtTest>

class TestRecommendCommand : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void autoChoosesAndReports()
    {
        // Two taste groups: users 0-19 like items a*, users 20-39 items b*; popularity alone
        // cannot tell them apart, EASE can.
        QByteArray csv("USER_ID,ITEM_ID,TIMESTAMP\n");
        int t = 1000000000;
        for (int u = 0; u < 40; ++u)
            for (int i = 0; i < 8; ++i) {
                const char group = u < 20 ? 'a' : 'b';
                const int item = (u + i) % 10;
                csv += "u" + QByteArray::number(u) + "," + group + QByteArray::number(item) + "," + QByteArray::number(t++) + "\n";
            }
        const QString in = writeTestFile(m_dir, QStringLiteral("events.csv"), csv);
        const QString out = m_dir.filePath(QStringLiteral("recs.csv"));
        const QString metrics = m_dir.filePath(QStringLiteral("metrics.json"));
        const CliResult r = runCli({QStringLiteral("recommend"), QStringLiteral("--interactions"), in, QStringLiteral("--recipe"),
                                    QStringLiteral("auto"), QStringLiteral("--num-results"), QStringLiteral("3"),
                                    QStringLiteral("--metrics"), metrics, QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(metrics);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(json.value(QStringLiteral("recipe")).toString(), QStringLiteral("ease"));
        QVERIFY(json.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("NDCG@10")).toDouble() > 0.5);
        QFile recs(out);
        QVERIFY(recs.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(recs.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), QStringLiteral("user_id,rank,item_id,score"));
        QCOMPARE(lines.size(), 1 + 40 * 3);
        for (const QString& line : lines.mid(1)) {
            const QStringList cells = line.split(QLatin1Char(','));
            const bool firstGroup = cells[0].mid(1).toInt() < 20;
            // Each user has seen 8 of the 10 items of their group: ranks 1 and 2 are the other two.
            if (cells[1] != QLatin1String("3")) QCOMPARE(cells[2].startsWith(QLatin1Char('a')), firstGroup);
        }
    }

    void badInteractionsFail()
    {
        const QString in = writeTestFile(m_dir, QStringLiteral("bad.csv"), "USER_ID,ITEM_ID,TIMESTAMP\nu1,i1,yesterday\n");
        const CliResult r = runCli({QStringLiteral("recommend"), QStringLiteral("--interactions"), in, QStringLiteral("--out"),
                                    m_dir.filePath(QStringLiteral("x.csv"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("row 2, column 3")));
    }
};

QTEST_GUILESS_MAIN(TestRecommendCommand)
#include "tst_recommendcommand.moc"
