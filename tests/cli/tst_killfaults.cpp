// Fault injection (issue 11): kill -9 at random moments of import, train (the model store) and
// forecast --project, many times over one project. After every kill the project passes SQLite's
// integrity check, everything committed before is still there and readable, and the output file
// is either absent or whole; the next successful write leaves no temporary file behind.
#include "CliRunner.h"

#include <QtTest/QtTest>
#include <signal.h>
#include <sqlite3.h>

class TestKillFaults : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }
    static QString s(const char* text) { return QString::fromLatin1(text); }

    static QString integrity(const QString& project)
    {
        sqlite3* db = nullptr;
        if (sqlite3_open_v2(project.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
            sqlite3_close(db);
            return s("cannot open");
        }
        QString result;
        sqlite3_exec(db, "PRAGMA integrity_check", [](void* out, int, char** values, char**) {
            *static_cast<QString*>(out) += QString::fromUtf8(values[0] ? values[0] : "null");
            return 0;
        }, &result, nullptr);
        sqlite3_close(db);
        return result;
    }
    static QStringList lines(const QString& file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) return {};
        return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private slots:
    void killedAtRandomMomentsLosesNothingCommitted()
    {
        // Daily sales of 300 items over 200 days (60,000 rows: an import of about a second).
        QByteArray csv("item_id,timestamp,target_value\n");
        const QDate first(2024, 1, 1);
        for (int i = 0; i < 300; ++i)
            for (int d = 0; d < 200; ++d)
                csv += "item" + QByteArray::number(i) + "," + first.addDays(d).toString(Qt::ISODate).toUtf8() + ","
                       + QByteArray::number((i * 7 + d * 3) % 23) + "\n";
        const QString data = writeTestFile(m_dir, s("sales.csv"), csv);
        const QString project = path(s("faults.almanac"));
        QCOMPARE(runCli({s("project"), s("create"), project}).exitCode, 0);
        QCOMPARE(runCli({s("import"), s("--project"), project, s("--name"), s("sales"), s("--type"), s("target"), s("--file"), data}).exitCode, 0);
        const QString out = path(s("forecast.csv"));
        const int expectedLines = 1 + 300 * 7;

        // Reproducible, yet a different moment every round; ALMANAC_FAULT_SEED varies it.
        const quint32 seed = qEnvironmentVariableIsSet("ALMANAC_FAULT_SEED") ? quint32(qEnvironmentVariableIntValue("ALMANAC_FAULT_SEED")) : 20261202u;
        QRandomGenerator random(seed);
        QStringList committed{s("\"name\": \"sales\"")};
        int killed = 0;
        for (int round = 0; round < 12; ++round) {
            const int kind = round % 3;
            const QString name = s("round%1").arg(round);
            QStringList args;
            if (kind == 0)
                args = {s("import"), s("--project"), project, s("--name"), name, s("--type"), s("target"), s("--file"), data};
            else if (kind == 1)
                args = {s("train"), s("--project"), project, s("--dataset"), s("sales"), s("--recipe"), s("ets"), s("--horizon"), s("7"),
                        s("--name"), name};
            else
                args = {s("forecast"), s("--project"), project, s("--dataset"), s("sales"), s("--recipe"), s("theta"), s("--horizon"),
                        s("7"), s("--out"), out};
            QProcess process;
            process.start(s(ALMANAC_CLI_PATH), args);
            QVERIFY(process.waitForStarted());
            const int delayMs = int(random.bounded(50, 1500));
            process.waitForFinished(delayMs);
            if (process.state() == QProcess::Running && process.processId() > 0) {
                ::kill(pid_t(process.processId()), SIGKILL);
                ++killed;
            }
            process.waitForFinished();

            QCOMPARE(integrity(project), s("ok"));
            const CliResult info = runCli({s("project"), s("info"), project, s("--json")});
            QVERIFY2(info.exitCode == 0, qPrintable(info.err));
            for (const QString& c : committed) QVERIFY2(info.out.contains(c), qPrintable(QString::number(round) + c));
            if (kind != 2 && info.out.contains(s("\"name\": \"%1\"").arg(name))) committed << s("\"name\": \"%1\"").arg(name);
            // The output is whole or absent, never truncated.
            if (QFile::exists(out)) QCOMPARE(lines(out).size(), expectedLines);
        }
        QVERIFY2(killed >= 4, qPrintable(QString::number(killed))); // the moments must really interrupt work
        // Every model that made it in forecasts.
        for (int round = 1; round < 12; round += 3) {
            const QString model = s("round%1").arg(round);
            if (committed.contains(s("\"name\": \"%1\"").arg(model)))
                QCOMPARE(runCli({s("forecast"), s("--project"), project, s("--predictor"), model, s("--out"), path(s("p.csv"))}).exitCode, 0);
        }
        // The next completed write tidies the temporaries the killed ones left.
        QCOMPARE(runCli({s("forecast"), s("--project"), project, s("--dataset"), s("sales"), s("--recipe"), s("naive"), s("--horizon"),
                         s("7"), s("--out"), out}).exitCode, 0);
        QCOMPARE(lines(out).size(), expectedLines);
        QCOMPARE(QDir(m_dir.path()).entryList({s("forecast.csv.partial-*")}, QDir::Files).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestKillFaults)
#include "tst_killfaults.moc"
