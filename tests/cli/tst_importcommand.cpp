// The project workflow: import, info, and the rule that failed or killed imports change nothing.
#include "CliRunner.h"

#include <QtTest/QtTest>
#include <csignal>

class TestImportCommand : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString write(const QString& name, const QByteArray& content) { return writeTestFile(m_dir, name, content); }
    QString info(const QString& project)
    {
        const CliResult r = runCli({QStringLiteral("project"), QStringLiteral("info"), project, QStringLiteral("--json")});
        return r.exitCode == 0 ? r.out : QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err);
    }
    CliResult import(const QString& project, const QString& name, const QString& type, const QString& file,
                     const QStringList& extra = {})
    {
        return runCli(QStringList{QStringLiteral("import"), QStringLiteral("--project"), project, QStringLiteral("--name"), name,
                                  QStringLiteral("--type"), type, QStringLiteral("--file"), file}
                      + extra);
    }

private slots:
    void importAndDescribe()
    {
        const QString project = m_dir.filePath(QStringLiteral("p.almanac"));
        QCOMPARE(runCli({QStringLiteral("project"), QStringLiteral("create"), project}).exitCode, 0);
        const QString target = write(QStringLiteral("t.csv"), "item_id,timestamp,demand\nA,2024-01-01,1\nB,2024-01-02,2\n"
                                                              "A,2024-01-02,3\n");
        const CliResult r = import(project, QStringLiteral("sales"), QStringLiteral("target"), target,
                                   {QStringLiteral("--domain"), QStringLiteral("RETAIL")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString users = write(QStringLiteral("u.csv"), "USER_ID,AGE\nu1,30\nu2,40\n");
        QCOMPARE(import(project, QStringLiteral("people"), QStringLiteral("users"), users).exitCode, 0);

        const QJsonObject json = QJsonDocument::fromJson(info(project).toUtf8()).object();
        const QJsonArray datasets = json.value(QStringLiteral("datasets")).toArray();
        QCOMPARE(datasets.size(), 2);
        const QJsonObject sales = datasets[0].toObject();
        QCOMPARE(sales.value(QStringLiteral("name")).toString(), QStringLiteral("sales"));
        QCOMPARE(sales.value(QStringLiteral("type")).toString(), QStringLiteral("target"));
        QCOMPARE(sales.value(QStringLiteral("domain")).toString(), QStringLiteral("RETAIL"));
        QCOMPARE(sales.value(QStringLiteral("frequency")).toString(), QStringLiteral("D"));
        QCOMPARE(sales.value(QStringLiteral("rows")).toInt(), 3);
        QCOMPARE(sales.value(QStringLiteral("items")).toInt(), 2);
        QCOMPARE(sales.value(QStringLiteral("time_start")).toString(), QStringLiteral("2024-01-01"));
        QCOMPARE(sales.value(QStringLiteral("time_end")).toString(), QStringLiteral("2024-01-02"));
        QCOMPARE(datasets[1].toObject().value(QStringLiteral("items")).toInt(), 2);
    }

    void failedImportsChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("name");
        QTest::newRow("bad value") << QByteArray("item_id,timestamp,target_value\nA,2024-01-01,1\nA,2024-01-02,oops\n") << "new";
        QTest::newRow("missing column") << QByteArray("item_id,timestamp\nA,2024-01-01\n") << "new";
        QTest::newRow("duplicate name") << QByteArray("item_id,timestamp,target_value\nA,2024-01-01,1\n") << "base";
    }
    void failedImportsChangeNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, name);
        const QString project = m_dir.filePath(QStringLiteral("f.almanac"));
        if (!QFile::exists(project)) {
            QCOMPARE(runCli({QStringLiteral("project"), QStringLiteral("create"), project}).exitCode, 0);
            const QString base = write(QStringLiteral("base.csv"), "item_id,timestamp,target_value\nA,2024-01-01,1\n");
            QCOMPARE(import(project, QStringLiteral("base"), QStringLiteral("target"), base).exitCode, 0);
        }
        const QString before = info(project);
        const QString bad = write(QStringLiteral("bad.csv"), content);
        const CliResult r = import(project, name, QStringLiteral("target"), bad);
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.err.trimmed().split(QLatin1Char('\n')).last().startsWith(QStringLiteral("error: ")));
        QCOMPARE(info(project), before);
    }

    // Issue 12: --skip-bad-rows imports the other rows and says how many were left out and why.
    void badRowsSkipped()
    {
        const QString project = m_dir.filePath(QStringLiteral("skip.almanac"));
        QCOMPARE(runCli({QStringLiteral("project"), QStringLiteral("create"), project}).exitCode, 0);
        const QString file = write(QStringLiteral("skip.csv"), "item_id,timestamp,target_value\nA,2024-01-01,1\nB,2024-01-02,oops\n"
                                                                "A,2024-01-02,2\nA,2024-01-03\nA,2024-01-04,4\n");
        const CliResult r = import(project, QStringLiteral("sales"), QStringLiteral("target"), file, {QStringLiteral("--skip-bad-rows")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("skipped 2 rows with errors, 3 read; the first: ") + file
                                + QStringLiteral(": row 3, column 3 ('target_value'): 'oops' is not a number")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("also: ") + file + QStringLiteral(": row 5: 2 fields, but the header has 3")), qPrintable(r.err));
        const QJsonObject sales = QJsonDocument::fromJson(info(project).toUtf8()).object().value(QStringLiteral("datasets")).toArray()[0].toObject();
        QCOMPARE(sales.value(QStringLiteral("rows")).toInt(), 3);
        QCOMPARE(sales.value(QStringLiteral("items")).toInt(), 1); // B's only row was bad
    }

    void killedImportLeavesEarlierDatasets()
    {
        const QString project = m_dir.filePath(QStringLiteral("k.almanac"));
        QCOMPARE(runCli({QStringLiteral("project"), QStringLiteral("create"), project}).exitCode, 0);
        const QString small = write(QStringLiteral("small.csv"), "item_id,timestamp,target_value\nA,2024-01-01,1\n");
        QCOMPARE(import(project, QStringLiteral("kept"), QStringLiteral("target"), small).exitCode, 0);
        QByteArray big("item_id,timestamp,target_value\n");
        for (int i = 0; i < 1500000; ++i)
            big += "item" + QByteArray::number(i % 1000) + ",2024-01-01T" + QByteArray::number(10 + i % 10) + ":00:00,1\n";
        const QString bigFile = write(QStringLiteral("big.csv"), big);
        const QString before = info(project);

        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("ALMANAC_PROGRESS"), QStringLiteral("stream")); // stage lines as they happen
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(ALMANAC_CLI_PATH),
                      {QStringLiteral("import"), QStringLiteral("--project"), project, QStringLiteral("--name"),
                       QStringLiteral("big"), QStringLiteral("--type"), QStringLiteral("target"), QStringLiteral("--file"), bigFile});
        QVERIFY(process.waitForStarted());
        // Wait until it writes (the stage line), then kill it without warning.
        QElapsedTimer timer;
        timer.start();
        while (!process.readAllStandardError().contains("storing") && timer.elapsed() < 60000)
            process.waitForReadyRead(50);
        QVERIFY(process.processId() > 0);
        ::kill(pid_t(process.processId()), SIGKILL);
        process.waitForFinished();
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        QCOMPARE(info(project), before);
        // And the project still takes new work.
        QCOMPARE(import(project, QStringLiteral("after"), QStringLiteral("target"), small).exitCode, 0);
    }

    void missingProjectIsAnError()
    {
        const QString file = write(QStringLiteral("m.csv"), "item_id,timestamp,target_value\nA,2024-01-01,1\n");
        const CliResult r = import(m_dir.filePath(QStringLiteral("nope.almanac")), QStringLiteral("x"), QStringLiteral("target"), file);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("no such project file")));
    }

    void schemasAreListed()
    {
        const CliResult r = runCli({QStringLiteral("schemas")});
        QCOMPARE(r.exitCode, 0);
        for (const char* domain : {"RETAIL", "INVENTORY_PLANNING", "EC2_CAPACITY", "WORK_FORCE", "WEB_TRAFFIC", "METRICS",
                                   "CUSTOM", "ECOMMERCE", "VIDEO_ON_DEMAND"})
            QVERIFY2(r.out.contains(QString::fromLatin1(domain)), domain);
    }
};

QTEST_GUILESS_MAIN(TestImportCommand)
#include "tst_importcommand.moc"
