#include "data/SeriesPreparation.h"
#include "forecast/NaiveRecipe.h"
#include "store/ProjectFile.h"
#include "store/Sqlite.h"

#include <QtTest/QtTest>
#include <sqlite3.h>

using namespace almanac;

class TestProjectFile : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::string path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)).toStdString(); }
    static LoadedDataset load(const std::string& csv, DatasetType type = DatasetType::Target)
    {
        ImportOptions options;
        options.type = type;
        auto data = loadDatasetFromString(csv, "in.csv", options);
        if (!data.isOk()) qFatal("%s", data.status().message().c_str());
        return std::move(*data);
    }

private slots:
    void createAndReopen()
    {
        const std::string file = path("a.almanac");
        {
            auto project = ProjectFile::create(file);
            QVERIFY2(project.isOk(), project.status().message().c_str());
            QCOMPARE((*project)->schemaVersion(), ProjectFile::kSchemaVersion);
        }
        QVERIFY(!ProjectFile::create(file).isOk()); // never overwrites
        auto reopened = ProjectFile::open(file);
        QVERIFY(reopened.isOk());
        QVERIFY((*reopened)->datasets()->empty());
    }

    void datasetRoundTrip()
    {
        auto project = ProjectFile::create(path("b.almanac"));
        QVERIFY(project.isOk());
        LoadedDataset data = load("item_id,timestamp,target_value\nA,2024-01-01,1.5\nB,2024-01-03,\nA,2024-01-02,2\n");
        auto info = (*project)->addDataset("sales", data, "D");
        QVERIFY2(info.isOk(), info.status().message().c_str());
        QCOMPARE(info->rows, int64_t(3));
        QCOMPARE(info->items, int64_t(2));
        QCOMPARE(*info->timeMin, int64_t(daysFromCivil(2024, 1, 1) * kSecondsPerDay));
        QCOMPARE(*info->timeMax, int64_t(daysFromCivil(2024, 1, 3) * kSecondsPerDay));

        auto back = (*project)->loadDataset("sales");
        QVERIFY(back.isOk());
        QCOMPARE(back->table.rowCount, size_t(3));
        const DataColumn* target = back->table.columnWithRole(FieldRole::Target);
        QCOMPARE(target->numbers[0], 1.5);
        QVERIFY(std::isnan(target->numbers[1]));
        QCOMPARE(back->table.columnWithRole(FieldRole::Item)->text(1), std::string("B"));

        auto again = (*project)->addDataset("sales", data, "D");
        QVERIFY(!again.isOk());
        QVERIFY(QString::fromStdString(again.status().message()).contains(QStringLiteral("already exists")));
        QCOMPARE((*project)->datasets()->size(), size_t(1));

        QVERIFY((*project)->removeDataset("sales").isOk());
        QVERIFY((*project)->datasets()->empty());
    }

    void cancelledImportChangesNothing()
    {
        auto project = ProjectFile::create(path("c.almanac"));
        QVERIFY(project.isOk());
        QVERIFY((*project)->addDataset("first", load("item_id,timestamp,target_value\nA,2024-01-01,1\n"), "D").isOk());
        std::string big = "item_id,timestamp,target_value\n";
        for (int i = 0; i < 200000; ++i) {
            big += std::to_string(i % 50);
            big += ",2024-01-01,1\n";
        }
        LoadedDataset data = load(big);
        CancelToken cancel;
        JobContext job;
        job.cancel = &cancel;
        job.progress = [&](double f, const std::string&) {
            if (f > 0.3) cancel.cancel();
        };
        auto info = (*project)->addDataset("second", data, "D", job);
        QVERIFY(info.status().isCancelled());
        auto names = (*project)->datasets();
        QCOMPARE(names->size(), size_t(1));
        QCOMPARE(names->front().name, std::string("first"));
        // The half-written table went with the rolled-back transaction.
        QVERIFY((*project)->addDataset("second", data, "D").isOk());
    }

    void newerSchemaIsRefused()
    {
        const std::string file = path("d.almanac");
        QVERIFY(ProjectFile::create(file).isOk());
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(file.c_str(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        auto project = ProjectFile::open(file);
        QVERIFY(!project.isOk());
        QVERIFY(QString::fromStdString(project.status().message()).contains(QStringLiteral("newer Almanac")));
    }

    void olderProjectsAreMigrated()
    {
        // A schema-1 project (as the first release wrote it): no evaluations table, no preparation
        // settings beside the datasets.
        const std::string file = path("old.almanac");
        {
            auto fresh = ProjectFile::create(file);
            QVERIFY(fresh.isOk());
            const LoadedDataset data = load("item_id,timestamp,target_value\nA,2024-01-01,1\nA,2024-01-02,2\n");
            QVERIFY((*fresh)->addDataset("old", data, "D").isOk());
            auto series = prepareTargetSeries(data, {});
            ForecastSpec spec;
            spec.frequency = series->frequency;
            std::vector<SeriesForecast> forecasts;
            QVERIFY(NaiveRecipe().forecastAll(*series, spec, forecasts, {}).isOk());
            QVERIFY((*fresh)->addForecast({"f", "old", "naive", spec, ""}, *series, forecasts).isOk());
        }
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(file.c_str(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "DROP TABLE forecast_evaluations; ALTER TABLE datasets DROP COLUMN preparation; DROP TABLE recommenders; "
                                  "ALTER TABLE forecasts DROP COLUMN series_count; DROP TABLE schedules; DROP TABLE model_evaluations; DROP TABLE model_forecasts; DROP TABLE models; "
                                  "DELETE FROM schema_migrations WHERE version > 1; PRAGMA user_version = 1",
                              nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        auto project = ProjectFile::open(file);
        QVERIFY2(project.isOk(), project.status().message().c_str());
        QCOMPARE((*project)->schemaVersion(), ProjectFile::kSchemaVersion);
        QCOMPARE((*project)->forecastEvaluation("none").status().code(), Status::Code::NotFound);
        auto old = (*project)->dataset("old");
        QVERIFY(old.isOk());
        QVERIFY(old->preparation.empty());
        QCOMPARE(old->frequency, std::string("D"));
        QCOMPARE((*project)->forecasts()->front().seriesCount, int64_t(1)); // counted once, by the migration
    }

    void foreignFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text") << QByteArray("hello, world\n");
        QTest::newRow("random bytes") << QByteArray("\x13\x37\x00\xFF\xFE garbage", 14);
    }
    void foreignFilesAreRefused()
    {
        QFETCH(QByteArray, content);
        const std::string file = path("foreign.almanac");
        QFile f(QString::fromStdString(file));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
        f.close();
        auto project = ProjectFile::open(file);
        QVERIFY(!project.isOk());
        QVERIFY(QString::fromStdString(project.status().message()).contains(QStringLiteral("not an Almanac project")));
    }

    void damagedSchemaVersionsAreRefusedUntouched_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("-1 (crashed once)") << -1;
        QTest::newRow("-5 (a bus error once)") << -5;
        QTest::newRow("0") << 0;
        QTest::newRow("newer") << ProjectFile::kSchemaVersion + 1;
    }

    void damagedSchemaVersionsAreRefusedUntouched()
    {
        QFETCH(int, version);
        const std::string file = path("damaged.almanac");
        QFile::remove(QString::fromStdString(file));
        QVERIFY(ProjectFile::create(file).isOk());
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(file.c_str(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, ("PRAGMA user_version = " + std::to_string(version)).c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        QFile before(QString::fromStdString(file));
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray bytes = before.readAll();
        before.close();
        auto project = ProjectFile::open(file);
        QVERIFY(!project.isOk());
        QVERIFY(project.status().message().find("schema") != std::string::npos);
        QFile after(QString::fromStdString(file));
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), bytes);
    }

    // Issue 11: "sales" and "SALES" cannot both be datasets; a list would not tell them apart.
    void datasetNamesDifferingInCaseAreRefused()
    {
        auto project = ProjectFile::create(path("case.almanac"));
        QVERIFY(project.isOk());
        LoadedDataset data = load("item_id,timestamp,target_value\nA,2024-01-01,1\n");
        QVERIFY((*project)->addDataset("sales", data, "D").isOk());
        auto upper = (*project)->addDataset("SALES", data, "D");
        QVERIFY(!upper.isOk());
        QVERIFY2(QString::fromStdString(upper.status().message()).contains(QStringLiteral("differs only in case")),
                 upper.status().message().c_str());
        QVERIFY((*project)->addDataset("returns", data, "D").isOk());
        QVERIFY(!(*project)->renameDataset("returns", "Sales").isOk());
        QVERIFY((*project)->renameDataset("sales", "Sales").isOk()); // its own name in another case
    }

    // Live events appended to an interactions dataset keep its counts and time range as an
    // import would state them, also when another connection changed the dataset in between.
    void appendedRowsKeepTheDatasetsCounts()
    {
        const std::string file = path("append.almanac");
        auto project = ProjectFile::create(file);
        QVERIFY(project.isOk());
        QVERIFY((*project)->addDataset("events", load("USER_ID,ITEM_ID,TIMESTAMP\nu1,i1,100\nu1,i2,200\nu2,i1,300\n",
                                                      DatasetType::Interactions), {}).isOk());
        using Cell = ProjectFile::Cell;
        auto event = [](const char* user, const char* item, int64_t time) {
            return std::vector<Cell>{{"USER_ID", std::string(user)}, {"ITEM_ID", std::string(item)}, {"TIMESTAMP", time}};
        };
        QVERIFY((*project)->appendDatasetRows("events", {event("u3", "i2", 400), event("u3", "i3", 50)}).isOk());
        auto info = (*project)->dataset("events");
        QCOMPARE(info->rows, int64_t(5));
        QCOMPARE(info->items, int64_t(3));
        QCOMPARE(*info->timeMin, int64_t(50));
        QCOMPARE(*info->timeMax, int64_t(400));
        QVERIFY((*project)->appendDatasetRows("events", {event("u1", "i3", 500)}).isOk());
        QCOMPARE((*project)->dataset("events")->items, int64_t(3));
        {
            // Another connection adds an item; the first one's next append must count it.
            auto other = ProjectFile::open(file);
            QVERIFY(other.isOk());
            QVERIFY((*other)->appendDatasetRows("events", {event("u9", "i9", 600)}).isOk());
            QCOMPARE((*other)->dataset("events")->items, int64_t(4));
        }
        QVERIFY((*project)->appendDatasetRows("events", {event("u1", "i4", 700)}).isOk());
        info = (*project)->dataset("events");
        QCOMPARE(info->items, int64_t(5));
        QCOMPARE(info->rows, int64_t(8));
        // A batch with a bad value stores none of its rows.
        QVERIFY(!(*project)->appendDatasetRows("events", {event("u1", "i5", 800), {{"NOPE", std::string("x")}}}).isOk());
        QVERIFY((*project)->appendDatasetRows("events", {event("u1", "i1", 900)}).isOk());
        info = (*project)->dataset("events");
        QCOMPARE(info->items, int64_t(5));
        QCOMPARE(info->rows, int64_t(9));
        QCOMPARE((*project)->loadDataset("events")->table.rowCount, size_t(9));
    }

    // Issue 11: a project that cannot be written is read, and a change says why it fails, in
    // words, without touching the file or leaving journal files beside it.
    void readOnlyProjectIsReadNotChanged()
    {
        const std::string file = path("readonly.almanac");
        {
            auto project = ProjectFile::create(file);
            QVERIFY(project.isOk());
            QVERIFY((*project)->addDataset("sales", load("item_id,timestamp,target_value\nA,2024-01-01,1\n"), "D").isOk());
        }
        QFile before(QString::fromStdString(file));
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray bytes = before.readAll();
        before.close();
        {
            auto project = ProjectFile::open(file, ProjectAccess::ReadOnly);
            QVERIFY2(project.isOk(), project.status().message().c_str());
            QVERIFY((*project)->isReadOnly());
            QCOMPARE((*project)->datasets()->size(), size_t(1));
            QVERIFY((*project)->loadDataset("sales").isOk());
            auto added = (*project)->addDataset("more", load("item_id,timestamp,target_value\nB,2024-01-01,1\n"), "D");
            QVERIFY(!added.isOk());
            QVERIFY2(QString::fromStdString(added.status().message()).contains(QStringLiteral("read-only")),
                     added.status().message().c_str());
            QVERIFY(added.status().message().find("SQL") == std::string::npos);
        }
        QVERIFY(!QFile::exists(QString::fromStdString(file + "-wal")));
        QFile after(QString::fromStdString(file));
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), bytes);
    }

    // Issue 11: SQLite's words ("UNIQUE constraint failed: datasets.name") never reach the user.
    void databaseErrorsAreDescribed()
    {
        sqlite3* db = nullptr;
        const std::string file = path("words.db");
        QCOMPARE(sqlite3_open(file.c_str(), &db), SQLITE_OK);
        sqlite3_exec(db, "CREATE TABLE datasets(name TEXT UNIQUE); INSERT INTO datasets VALUES ('a')", nullptr, nullptr, nullptr);
        QVERIFY(sqlite3_exec(db, "INSERT INTO datasets VALUES ('a')", nullptr, nullptr, nullptr) != SQLITE_OK);
        const QString unique = QString::fromStdString(describeSqliteError(db));
        QVERIFY2(unique.contains(QStringLiteral("a dataset of that name already exists")), qPrintable(unique));
        QVERIFY(unique.contains(QString::fromStdString(file)));
        QVERIFY(sqlite3_exec(db, "SELECT * FROM forecasts", nullptr, nullptr, nullptr) != SQLITE_OK);
        const QString missing = QString::fromStdString(describeSqliteError(db));
        QVERIFY2(missing.contains(QStringLiteral("incomplete or damaged")) && !missing.contains(QStringLiteral("no such table")),
                 qPrintable(missing));
        sqlite3_close(db);
    }

    void otherSqliteDatabaseIsRefused()
    {
        const std::string file = path("other.db");
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(file.c_str(), &db), SQLITE_OK);
        sqlite3_exec(db, "CREATE TABLE t(x)", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        QVERIFY(!ProjectFile::open(file).isOk());
    }

    void forecastsAreStored()
    {
        auto project = ProjectFile::create(path("e.almanac"));
        QVERIFY(project.isOk());
        LoadedDataset data = load("item_id,timestamp,target_value\nA,2024-01-01,1\nA,2024-01-02,2\n");
        auto series = prepareTargetSeries(data, {});
        QVERIFY(series.isOk());
        ForecastSpec spec;
        spec.horizon = 3;
        spec.frequency = series->frequency;
        std::vector<SeriesForecast> forecasts;
        QVERIFY(NaiveRecipe().forecastAll(*series, spec, forecasts, {}).isOk());
        QVERIFY((*project)->addForecast({"f1", "sales", "naive", spec, "{\"recipe\": \"naive\"}"}, *series, forecasts).isOk());
        QVERIFY(!(*project)->addForecast({"f1", "sales", "naive", spec, ""}, *series, forecasts).isOk());
        QCOMPARE(*(*project)->forecastNames(), std::vector<std::string>{"f1"});
        QCOMPARE(*(*project)->forecastEvaluation("f1"), std::string("{\"recipe\": \"naive\"}"));

        // Read back as stored: every period's quantiles and mean, the period starts, the metadata.
        auto loaded = (*project)->loadForecast("f1");
        QVERIFY(loaded.isOk());
        QCOMPARE(loaded->info.recipe, std::string("naive"));
        QCOMPARE(loaded->info.horizon, 3);
        QCOMPARE(loaded->info.seriesCount, int64_t(1));
        QCOMPARE(loaded->series.size(), size_t(1));
        const StoredSeriesForecast& f = loaded->series.front();
        QCOMPARE(f.itemId, std::string("A"));
        QCOMPARE(f.timestamps.size(), size_t(3));
        QCOMPARE(f.timestamps.front(), int64_t(1704240000)); // 2024-01-03T00:00:00Z
        for (size_t q = 0; q < spec.quantiles.size(); ++q)
            for (size_t h = 0; h < 3; ++h) QCOMPARE(f.quantiles[q][h], forecasts[0].quantiles[q][h]);
        QCOMPARE(f.mean, forecasts[0].mean);

        // Renaming the dataset carries its forecasts along; renaming and removing a forecast.
        QVERIFY((*project)->addDataset("sales", data, "D").isOk());
        QVERIFY((*project)->renameDataset("sales", "sales_2024").isOk());
        QCOMPARE((*project)->forecasts()->front().datasetName, std::string("sales_2024"));
        QVERIFY((*project)->renameForecast("f1", "first").isOk());
        QVERIFY(!(*project)->renameForecast("missing", "x").isOk());
        QCOMPARE(*(*project)->forecastNames(), std::vector<std::string>{"first"});
        QVERIFY((*project)->removeForecast("first").isOk());
        QVERIFY((*project)->forecastNames()->empty());
        QCOMPARE((*project)->loadForecast("first").status().code(), Status::Code::NotFound);
        QCOMPARE((*project)->removeForecast("first").code(), Status::Code::NotFound);
    }

    void recommendersAreStoredByDefinition()
    {
        auto project = ProjectFile::create(path("r.almanac"));
        QVERIFY(project.isOk());
        StoredRecommender r;
        r.name = "shop-ease";
        r.interactionsDataset = "shop";
        r.recipe = "ease";
        r.parameters = {{"lambda", "200"}};
        r.eventTypes = {"purchase"};
        r.seed = 7;
        r.metricsJson = "{}";
        QVERIFY((*project)->addRecommender(r).isOk());
        QCOMPARE((*project)->addRecommender(r).code(), Status::Code::InvalidInput); // names are unique
        auto stored = (*project)->recommenders();
        QVERIFY(stored.isOk());
        QCOMPARE(stored->size(), size_t(1));
        QCOMPARE(stored->front().parameters, r.parameters);
        QCOMPARE(stored->front().eventTypes, r.eventTypes);
        QCOMPARE(stored->front().seed, uint64_t(7));
        QVERIFY((*project)->removeRecommender("shop-ease").isOk());
        QCOMPARE((*project)->removeRecommender("shop-ease").code(), Status::Code::NotFound);
        QVERIFY((*project)->recommenders()->empty());
    }

    void jobsAreListedNewestFirst()
    {
        auto project = ProjectFile::create(path("j.almanac"));
        QVERIFY(project.isOk());
        QVERIFY((*project)->recordJob("import", "a", "ok").isOk());
        QVERIFY((*project)->recordJob("forecast", "b", "ok").isOk());
        auto jobs = (*project)->jobs();
        QVERIFY(jobs.isOk());
        QCOMPARE(jobs->size(), size_t(2));
        QCOMPARE(jobs->front().detail, std::string("b"));
    }
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
