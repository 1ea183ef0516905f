// train / forecast --predictor / recommend --recommender / retrain / monitor from the command
// line: stored models forecast and recommend as the one-shot commands do, bad parameters are
// errors naming them, and a kill while a model is stored loses nothing committed before.
#include "CliRunner.h"

#include <QtTest/QtTest>
#include <csignal>
#include <cmath>

class TestModelCommands : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_sales, m_later, m_events;
    QString write(const QString& name, const QByteArray& content) { return writeTestFile(m_dir, name, content); }
    QString path(const char* name) { return m_dir.filePath(QString::fromUtf8(name)); }
    static QString s(const char* text) { return QString::fromUtf8(text); }

    // Daily series with a weekly cycle; days 0-89 train, 90-96 arrive later.
    static QByteArray daily(int first, int last)
    {
        QByteArray csv("item_id,timestamp,target_value\n");
        for (int item = 0; item < 4; ++item)
            for (int d = first; d < last; ++d) {
                const QDate date = QDate(2024, 1, 1).addDays(d);
                const double v = 20 + item * 5 + 6 * std::sin(2 * M_PI * (d % 7) / 7.0) + 0.05 * d + ((d * 7919 + item * 104729) % 13) * 0.3;
                csv += "item" + QByteArray::number(item) + "," + date.toString(Qt::ISODate).toUtf8() + "," + QByteArray::number(v, 'f', 3) + "\n";
            }
        return csv;
    }

    QString project(const char* name)
    {
        const QString p = path(name);
        QFile::remove(p);
        if (runCli({s("project"), s("create"), p}).exitCode != 0) return {};
        if (runCli({s("import"), s("--project"), p, s("--name"), s("sales"), s("--type"), s("target"), s("--file"), m_sales}).exitCode != 0)
            return {};
        return p;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sales = write(s("sales.csv"), daily(0, 90));
        m_later = write(s("later.csv"), daily(90, 97));
        QByteArray events("USER_ID,ITEM_ID,TIMESTAMP\n");
        for (int u = 0; u < 40; ++u)
            for (int k = 0; k < 6; ++k)
                events += QByteArray::number(u) + (u < 20 ? ",a" : ",b") + QByteArray::number((u + k) % 8) + "," + QByteArray::number(1000 + u * 10 + k) + "\n";
        m_events = write(s("events.csv"), events);
    }

    void predictorForecastsAsTheOneShotCommand_data()
    {
        QTest::addColumn<QString>("recipe");
        QTest::addColumn<QStringList>("parameters");
        for (const char* r : {"naive", "snaive", "ets", "theta", "arima", "npts", "mstl", "prophet", "auto"})
            QTest::newRow(r) << s(r) << QStringList{};
#ifdef ALMANAC_HAVE_DEEP_PLUGIN // the checking build has no LibTorch
        // The global network: its weights stored, its sampled paths reproduced after the reload.
        QTest::newRow("deepar") << s("deepar") << QStringList{s("--param"), s("epochs=3"), s("--param"), s("num_cells=8")};
        QTest::newRow("cnnqr") << s("cnnqr") << QStringList{s("--param"), s("epochs=3"), s("--param"), s("num_cells=8")};
#endif
    }

    void predictorForecastsAsTheOneShotCommand()
    {
        QFETCH(QString, recipe);
        QFETCH(QStringList, parameters);
        const QString p = project("same.almanac");
        QVERIFY(!p.isEmpty());
        const CliResult trained = runCli(QStringList{s("train"), s("--project"), p, s("--dataset"), s("sales"), s("--recipe"), recipe,
                                                     s("--horizon"), s("7"), s("--name"), s("m")}
                                         + parameters);
        QVERIFY2(trained.exitCode == 0, qPrintable(trained.err));
        const QString fromPredictor = path("from-predictor.csv"), oneShot = path("one-shot.csv");
        const CliResult forecast = runCli({s("forecast"), s("--project"), p, s("--predictor"), s("m"), s("--out"), fromPredictor});
        QVERIFY2(forecast.exitCode == 0, qPrintable(forecast.err));
        const CliResult direct = runCli(QStringList{s("forecast"), s("--target"), m_sales, s("--horizon"), s("7"), s("--recipe"), recipe,
                                                    s("--out"), oneShot}
                                        + parameters);
        QVERIFY2(direct.exitCode == 0, qPrintable(direct.err));
        QFile a(fromPredictor), b(oneShot);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), b.readAll());
        const CliResult info = runCli({s("project"), s("info"), p, s("--json")});
        QVERIFY(info.out.contains(s("\"kind\": \"predictor\"")));
    }

    void misspeltOrBadParametersAreErrorsNamingThem_data()
    {
        QTest::addColumn<QString>("recipe");
        QTest::addColumn<QString>("parameter");
        QTest::addColumn<QString>("named");
        for (const char* r : {"naive", "snaive", "ets", "theta", "arima", "npts", "mstl", "prophet", "auto", "deepar", "cnnqr"})
            QTest::newRow((std::string(r) + " misspelt").c_str()) << s(r) << s("lamda=3") << s("lamda");
        QTest::newRow("deepar unknown likelihood") << s("deepar") << s("likelihood=poisson") << s("likelihood");
        QTest::newRow("deepar out of range") << s("deepar") << s("num_cells=0") << s("num_cells");
        QTest::newRow("cnnqr unknown related use") << s("cnnqr") << s("use_related_data=future") << s("use_related_data");
        QTest::newRow("cnnqr out of range") << s("cnnqr") << s("num_layers=9") << s("num_layers");
        QTest::newRow("ets unparsable") << s("ets") << s("simulations=many") << s("simulations");
        QTest::newRow("npts out of range") << s("npts") << s("decay=-2") << s("decay");
        QTest::newRow("prophet unparsable") << s("prophet") << s("changepoint_prior=abc") << s("changepoint_prior");
    }

    void misspeltOrBadParametersAreErrorsNamingThem()
    {
        QFETCH(QString, recipe);
        QFETCH(QString, parameter);
        QFETCH(QString, named);
        const QString p = project("params.almanac");
        const CliResult r = runCli({s("train"), s("--project"), p, s("--dataset"), s("sales"), s("--recipe"), recipe,
                                    s("--horizon"), s("7"), s("--param"), parameter});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(s("'") + named + s("'")), qPrintable(r.err));
        QVERIFY(!runCli({s("project"), s("info"), p, s("--json")}).out.contains(s("\"kind\"")));
    }

    void monitoringScoresTheEarlierForecastOnNewActuals()
    {
        const QString p = project("monitor.almanac");
        QCOMPARE(runCli({s("train"), s("--project"), p, s("--dataset"), s("sales"), s("--recipe"), s("ets"), s("--horizon"), s("7"),
                         s("--name"), s("e")}).exitCode, 0);
        QCOMPARE(runCli({s("forecast"), s("--project"), p, s("--predictor"), s("e"), s("--out"), path("f.csv")}).exitCode, 0);
        const CliResult none = runCli({s("monitor"), s("--project"), p, s("--predictor"), s("e")});
        QCOMPARE(none.exitCode, 0);
        QVERIFY(none.out.contains(s("no forecast of it has actuals yet")));
        const CliResult appended = runCli({s("import"), s("--project"), p, s("--name"), s("sales"), s("--type"), s("target"),
                                           s("--file"), m_later, s("--mode"), s("append")});
        QVERIFY2(appended.exitCode == 0, qPrintable(appended.err));
        const CliResult report = runCli({s("monitor"), s("--project"), p, s("--predictor"), s("e"), s("--json")});
        QCOMPARE(report.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(report.out.toUtf8()).object();
        const QJsonArray evaluations = json.value(s("evaluations")).toArray();
        QCOMPARE(evaluations.size(), 1);
        const QJsonObject metrics = evaluations.first().toObject().value(s("metrics")).toObject();
        QCOMPARE(metrics.value(s("points")).toInt(), 4 * 7);
        QVERIFY(metrics.value(s("WAPE")).toDouble() > 0);
        // A limit the forecast cannot meet: drift is an error (exit 1).
        const CliResult drift = runCli({s("monitor"), s("--project"), p, s("--predictor"), s("e"), s("--fail-above"), s("0.0001")});
        QCOMPARE(drift.exitCode, 1);
        QVERIFY(drift.err.contains(s("drifted")));
        // Retrained, it keeps its name and history.
        QCOMPARE(runCli({s("retrain"), s("--project"), p, s("--model"), s("e")}).exitCode, 0);
        const CliResult after = runCli({s("monitor"), s("--project"), p, s("--predictor"), s("e"), s("--json")});
        QCOMPARE(QJsonDocument::fromJson(after.out.toUtf8()).object().value(s("retrained_at")).toArray().size(), 1);
    }

    void scheduleRunsItsStepsAsAJob()
    {
        const QString p = project("schedule.almanac");
        QCOMPARE(runCli({s("train"), s("--project"), p, s("--dataset"), s("sales"), s("--recipe"), s("theta"), s("--horizon"), s("7"),
                         s("--name"), s("weekly")}).exitCode, 0);
        const QString out = path("scheduled.csv");
        const QString steps = s("import sales=%1 append; retrain weekly; forecast weekly; export %2").arg(m_later, out);
        const CliResult bad = runCli({s("schedule"), s("add"), s("--project"), p, s("--name"), s("s"), s("--every"), s("sometimes"),
                                      s("--steps"), steps, s("--no-install")});
        QCOMPARE(bad.exitCode, 1);
        const CliResult badStep = runCli({s("schedule"), s("add"), s("--project"), p, s("--name"), s("s"), s("--steps"),
                                          s("export /tmp/x.csv"), s("--no-install")});
        QCOMPARE(badStep.exitCode, 1);
        QVERIFY(badStep.err.contains(s("forecast step")));
        const CliResult added = runCli({s("schedule"), s("add"), s("--project"), p, s("--name"), s("s"), s("--every"), s("0 6 * * 1"),
                                        s("--steps"), steps, s("--no-install")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const CliResult run = runCli({s("schedule"), s("run"), s("--project"), p, s("--name"), s("s")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(s("retrain weekly")));
        // The forecast starts after the appended week: 4 items x 7 days, dated from 2024-04-07 on.
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray csv = f.readAll();
        QCOMPARE(csv.count('\n'), 1 + 4 * 7);
        QVERIFY(csv.contains("2024-04-07"));
        const CliResult list = runCli({s("schedule"), s("list"), s("--project"), p});
        QVERIFY(list.out.contains(s("last run")) && list.out.contains(s(": ok")));
        // A failing run is a job with its outcome, and a non-zero exit.
        QFile::remove(m_dir.filePath(s("gone.csv")));
        QCOMPARE(runCli({s("schedule"), s("add"), s("--project"), p, s("--name"), s("broken"), s("--steps"),
                         s("import sales=%1; forecast weekly").arg(m_dir.filePath(s("gone.csv"))), s("--no-install")}).exitCode, 0);
        QVERIFY(runCli({s("schedule"), s("run"), s("--project"), p, s("--name"), s("broken")}).exitCode != 0);
        QVERIFY(runCli({s("schedule"), s("list"), s("--project"), p}).out.contains(s("error")));
        QCOMPARE(runCli({s("schedule"), s("remove"), s("--project"), p, s("--name"), s("broken")}).exitCode, 0);
    }

    void recommenderServesWithoutRefitting()
    {
        const QString p = path("recs.almanac");
        QFile::remove(p);
        QCOMPARE(runCli({s("project"), s("create"), p}).exitCode, 0);
        QCOMPARE(runCli({s("import"), s("--project"), p, s("--name"), s("events"), s("--type"), s("interactions"), s("--file"), m_events}).exitCode, 0);
        for (const char* recipe : {"ease", "sims", "auto"}) {
            QCOMPARE(runCli({s("train"), s("--project"), p, s("--dataset"), s("events"), s("--recipe"), s(recipe), s("--name"), s(recipe)}).exitCode, 0);
            const CliResult stored = runCli({s("recommend"), s("--project"), p, s("--recommender"), s(recipe), s("--num-results"), s("5"),
                                             s("--out"), path("stored.csv")});
            QVERIFY2(stored.exitCode == 0, qPrintable(stored.err));
            QCOMPARE(runCli({s("recommend"), s("--interactions"), m_events, s("--recipe"), s(recipe), s("--num-results"), s("5"),
                             s("--out"), path("direct.csv")}).exitCode, 0);
            QFile a(path("stored.csv")), b(path("direct.csv"));
            QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
            QCOMPARE(a.readAll(), b.readAll());
        }
        // A stored recommender's settings are its training's: --param with --recommender was
        // silently ignored; now a model setting is refused, naming it, and one the recipe does
        // not declare too (exploration is user-personalization's).
        const CliResult setting = runCli({s("recommend"), s("--project"), p, s("--recommender"), s("ease"), s("--param"),
                                          s("lambda=5"), s("--out"), path("refused.csv")});
        QCOMPARE(setting.exitCode, 1);
        QVERIFY2(setting.err.contains(s("--param lambda")) && setting.err.contains(s("retrain")), qPrintable(setting.err));
        const CliResult undeclared = runCli({s("recommend"), s("--project"), p, s("--recommender"), s("ease"), s("--param"),
                                             s("exploration_weight=0.3"), s("--out"), path("refused.csv")});
        QCOMPARE(undeclared.exitCode, 1);
        QVERIFY2(undeclared.err.contains(s("exploration_weight")), qPrintable(undeclared.err));
        QVERIFY(!QFile::exists(path("refused.csv")));
        // Related items from the stored SIMS, as from SIMS fitted on the file; EASE has none.
        QCOMPARE(runCli({s("similar-items"), s("--project"), p, s("--recommender"), s("sims"), s("--num-results"), s("3"), s("--out"),
                         path("related-stored.csv")}).exitCode, 0);
        QCOMPARE(runCli({s("similar-items"), s("--interactions"), m_events, s("--num-results"), s("3"), s("--out"),
                         path("related-direct.csv")}).exitCode, 0);
        QFile ss(path("related-stored.csv")), sd(path("related-direct.csv"));
        QVERIFY(ss.open(QIODevice::ReadOnly) && sd.open(QIODevice::ReadOnly));
        QCOMPARE(ss.readAll(), sd.readAll());
        const CliResult notSims = runCli({s("similar-items"), s("--project"), p, s("--recommender"), s("ease"), s("--out"), path("r.csv")});
        QCOMPARE(notSims.exitCode, 1);
        QVERIFY(notSims.err.contains(s("sims recommender")));
        // Personalized ranking from the stored EASE, as from EASE fitted on the file.
        const QString candidates = write(s("candidates.csv"), "USER_ID,ITEM_ID\n1,a3\n1,b2\n1,a7\n25,b1\n25,a1\n");
        QCOMPARE(runCli({s("rank"), s("--project"), p, s("--recommender"), s("ease"), s("--candidates"), candidates, s("--out"),
                         path("rank-stored.csv")}).exitCode, 0);
        QCOMPARE(runCli({s("rank"), s("--interactions"), m_events, s("--recipe"), s("ease"), s("--candidates"), candidates, s("--out"),
                         path("rank-direct.csv")}).exitCode, 0);
        QFile rs(path("rank-stored.csv")), rd(path("rank-direct.csv"));
        QVERIFY(rs.open(QIODevice::ReadOnly) && rd.open(QIODevice::ReadOnly));
        const QByteArray ranked = rs.readAll();
        QCOMPARE(ranked, rd.readAll());
        QCOMPARE(ranked.count('\n'), 6);
        const CliResult misspelt = runCli({s("train"), s("--project"), p, s("--dataset"), s("events"), s("--recipe"), s("ease"),
                                           s("--param"), s("lamda=3")});
        QCOMPARE(misspelt.exitCode, 1);
        QVERIFY2(misspelt.err.contains(s("'lamda'")), qPrintable(misspelt.err));
        const CliResult notANumber = runCli({s("recommend"), s("--interactions"), m_events, s("--recipe"), s("ease"), s("--param"),
                                             s("lambda=abc"), s("--out"), path("y.csv")});
        QCOMPARE(notANumber.exitCode, 1);
        QVERIFY2(notANumber.err.contains(s("not a number")), qPrintable(notANumber.err));
        const CliResult wrongKind = runCli({s("forecast"), s("--project"), p, s("--predictor"), s("ease"), s("--out"), path("x.csv")});
        QCOMPARE(wrongKind.exitCode, 1);
        QVERIFY(wrongKind.err.contains(s("not a predictor")));
    }

    // Issue 10: rating prediction behind the model split — a rating recipe trained into the
    // project predicts pairs exactly as the one-shot command does, without refitting; retrain
    // keeps its settings; its parameters are checked like every recipe's.
    void ratingModelPredictsAsTheOneShotCommand_data()
    {
        QTest::addColumn<QString>("recipe");
        QTest::addColumn<QStringList>("params");
        QTest::newRow("svdpp") << s("svdpp") << QStringList{s("epochs=15")};
        QTest::newRow("biased-mf") << s("biased-mf") << QStringList{s("factors=8")};
        QTest::newRow("knn-baseline") << s("knn-baseline") << QStringList{s("knn_k=10")};
        QTest::newRow("bpmf") << s("bpmf") << QStringList{s("samples=20"), s("burn_in=5")};
        QTest::newRow("blend") << s("blend") << QStringList{s("epochs=10"), s("bpmf_samples=15")};
    }
    void ratingModelPredictsAsTheOneShotCommand()
    {
        QFETCH(QString, recipe);
        QFETCH(QStringList, params);
        QByteArray csv("USER_ID,ITEM_ID,TIMESTAMP,EVENT_VALUE\n");
        int t = 1000;
        for (int u = 0; u < 50; ++u)
            for (int i = 0; i < 16; ++i) {
                if ((u * 7 + i * 3) % 4 == 0) continue;
                csv += "u" + QByteArray::number(u) + ",i" + QByteArray::number(i) + "," + QByteArray::number(t++) + ","
                       + QByteArray::number(1 + (u % 5 + i % 3) % 5) + "\n";
            }
        const QString ratings = write(s("ratings.csv"), csv);
        const QString pairs = write(s("rating-pairs.csv"), "USER_ID,ITEM_ID\nu0,i0\nu3,i5\nu49,i15\nnewcomer,i2\nu1,unknown\n");
        const QString p = path("ratings.almanac");
        QFile::remove(p);
        QCOMPARE(runCli({s("project"), s("create"), p}).exitCode, 0);
        QCOMPARE(runCli({s("import"), s("--project"), p, s("--name"), s("ratings"), s("--type"), s("interactions"), s("--file"), ratings}).exitCode, 0);
        QStringList paramArgs;
        for (const QString& param : params) paramArgs << s("--param") << param;
        const CliResult trained = runCli(QStringList{s("train"), s("--project"), p, s("--dataset"), s("ratings"), s("--recipe"), recipe,
                                                     s("--name"), s("r"), s("--seed"), s("9")} + paramArgs);
        QVERIFY2(trained.exitCode == 0, qPrintable(trained.err));
        QVERIFY2(trained.err.contains(s("rating model r")), qPrintable(trained.err));
        const CliResult stored = runCli({s("predict-ratings"), s("--project"), p, s("--recommender"), s("r"), s("--pairs"), pairs,
                                         s("--out"), path("ratings-stored.csv")});
        QVERIFY2(stored.exitCode == 0, qPrintable(stored.err));
        const CliResult direct = runCli(QStringList{s("predict-ratings"), s("--interactions"), ratings, s("--recipe"), recipe, s("--seed"),
                                                    s("9"), s("--pairs"), pairs, s("--out"), path("ratings-direct.csv")} + paramArgs);
        QVERIFY2(direct.exitCode == 0, qPrintable(direct.err));
        QFile a(path("ratings-stored.csv")), b(path("ratings-direct.csv"));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        const QByteArray fromStored = a.readAll();
        QCOMPARE(fromStored, b.readAll());
        QCOMPARE(fromStored.count('\n'), 6);
        // The holdout figures are kept with the model.
        const CliResult info = runCli({s("project"), s("info"), p, s("--json")});
        QVERIFY(info.out.contains(s("rating-model")));
        QVERIFY(info.out.contains(s("RMSE")));
        QCOMPARE(runCli({s("retrain"), s("--project"), p, s("--model"), s("r")}).exitCode, 0);
        QCOMPARE(runCli({s("predict-ratings"), s("--project"), p, s("--recommender"), s("r"), s("--pairs"), pairs, s("--out"),
                         path("ratings-retrained.csv")}).exitCode, 0);
        QFile c(path("ratings-retrained.csv"));
        QVERIFY(c.open(QIODevice::ReadOnly));
        QCOMPARE(c.readAll(), fromStored); // same settings, same seed, same data: the same model
        const CliResult misspelt = runCli({s("train"), s("--project"), p, s("--dataset"), s("ratings"), s("--recipe"), recipe,
                                           s("--param"), s("factros=3")});
        QCOMPARE(misspelt.exitCode, 1);
        QVERIFY2(misspelt.err.contains(s("'factros'")), qPrintable(misspelt.err));
        const CliResult wrongKind = runCli({s("recommend"), s("--project"), p, s("--recommender"), s("r"), s("--out"), path("w.csv")});
        QCOMPARE(wrongKind.exitCode, 1);
        QVERIFY2(wrongKind.err.contains(s("not a recommender")), qPrintable(wrongKind.err));
        const CliResult noProject = runCli({s("predict-ratings"), s("--recommender"), s("r"), s("--pairs"), pairs, s("--out"), path("n.csv")});
        QCOMPARE(noProject.exitCode, 2);
    }

    void killedWhileStoringAModelKeepsEarlierModels()
    {
        const QString p = project("kill.almanac");
        QCOMPARE(runCli({s("train"), s("--project"), p, s("--dataset"), s("sales"), s("--recipe"), s("naive"), s("--horizon"), s("7"),
                         s("--name"), s("kept")}).exitCode, 0);
        for (int attempt = 0; attempt < 3; ++attempt) {
            QProcess process;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(s("ALMANAC_PROGRESS"), s("stream")); // stage lines as they happen
            process.setProcessEnvironment(environment);
            process.start(s(ALMANAC_CLI_PATH), {s("train"), s("--project"), p, s("--dataset"), s("sales"), s("--recipe"), s("ets"),
                                                 s("--horizon"), s("7"), s("--name"), s("killed%1").arg(attempt)});
            QVERIFY(process.waitForStarted());
            QElapsedTimer timer;
            timer.start();
            // Killed at a different moment each time: while fitting, and while storing.
            const QByteArray stage = attempt == 0 ? QByteArray("fitting") : QByteArray("storing");
            QByteArray seen;
            while (!seen.contains(stage) && timer.elapsed() < 60000 && process.state() == QProcess::Running) {
                process.waitForReadyRead(1);
                seen += process.readAllStandardError();
            }
            // Only a live child: kill(0) would signal this whole process group.
            if (process.state() == QProcess::Running && process.processId() > 0) ::kill(pid_t(process.processId()), SIGKILL);
            process.waitForFinished();
            const CliResult info = runCli({s("project"), s("info"), p, s("--json")});
            QCOMPARE(info.exitCode, 0);
            QVERIFY(info.out.contains(s("\"name\": \"kept\"")));
            QCOMPARE(runCli({s("forecast"), s("--project"), p, s("--predictor"), s("kept"), s("--out"), path("k.csv")}).exitCode, 0);
            // Whatever made it in is whole.
            if (info.out.contains(s("killed%1").arg(attempt)))
                QCOMPARE(runCli({s("forecast"), s("--project"), p, s("--predictor"), s("killed%1").arg(attempt), s("--out"), path("k2.csv")}).exitCode, 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestModelCommands)
#include "tst_modelcommands.moc"
