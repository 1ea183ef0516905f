// The model lifecycle's contract, over every registered forecasting recipe: fit, store, load,
// forecast identically; quantiles ordered; declared parameters validated. Then the predictor as
// the project keeps it: trained, reloaded, forecast on newer data without refitting, monitored.
#include "DailySeries.h"
#include "forecast/ForecastRecipes.h"
#include "forecast/Predictor.h"
#include "data/Timestamp.h"
#include "forecast/Quantiles.h"
#include "jobs/ParallelFor.h"
#include "project/DatasetResync.h"
#include "project/PredictorMonitoring.h"
#include "project/PredictorWorkflow.h"

#include <nlohmann/json.hpp>

#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <cmath>
#include <cstring>
#include <random>
#include <sstream>

using namespace almanac;
using namespace almanac::testing;

namespace {

std::string dailyCsv(size_t items, size_t days, uint64_t seed)
{
    std::ostringstream csv;
    csv << "item_id,timestamp,target_value\n";
    for (size_t i = 0; i < items; ++i) {
        const TimeSeries s = weeklySeries("item" + std::to_string(i), days, seed + i);
        for (size_t t = 0; t < days; ++t)
            csv << s.itemId << "," << formatTimestamp(int64_t(19000 + t) * 86400, true) << "," << s.values[t] << "\n";
    }
    return csv.str();
}

LoadedDataset loadText(const std::string& text, const std::string& name)
{
    ImportOptions options;
    options.type = DatasetType::Target;
    auto data = loadDatasetFromString(text, name, options);
    if (!data.isOk()) qFatal("%s", data.status().message().c_str());
    return std::move(*data);
}

} // namespace

class TestPredictors : public QObject {
    Q_OBJECT
private slots:
    void everyRecipeFitsStoresLoadsAndForecastsIdentically_data()
    {
        QTest::addColumn<QString>("recipe");
        QTest::addColumn<int>("length");
        for (const std::string& name : forecastRecipes().names()) {
            QTest::newRow((name + " long").c_str()) << QString::fromStdString(name) << 120;
            // Too short for most recipes: their fallback must round-trip too.
            QTest::newRow((name + " short").c_str()) << QString::fromStdString(name) << 3;
        }
    }

    void everyRecipeFitsStoresLoadsAndForecastsIdentically()
    {
        QFETCH(QString, recipe);
        QFETCH(int, length);
        auto r = forecastRecipes().create(recipe.toStdString());
        QVERIFY(r);
        const TimeSeries series = weeklySeries("A", size_t(length), 7);
        const ForecastSpec spec = dailySpec();
        auto direct = r->forecastSeries(series, spec);
        QVERIFY2(direct.isOk(), direct.status().message().c_str());
        auto model = r->fitSeries(series, spec);
        QVERIFY(model.isOk());
        ByteWriter w;
        (*model)->write(w);
        ByteReader reader(w.bytes());
        auto loaded = r->readSeriesModel(reader);
        QVERIFY2(loaded.isOk(), loaded.status().message().c_str());
        QVERIFY(reader.atEnd());
        auto again = r->forecastFromModel(**loaded, series, spec);
        QVERIFY(again.isOk());
        QVERIFY(sameForecast(*direct, *again));
        // Quantiles never cross.
        for (size_t h = 0; h < size_t(spec.horizon); ++h)
            for (size_t k = 1; k < again->quantiles.size(); ++k) QVERIFY(again->quantiles[k][h] >= again->quantiles[k - 1][h]);
    }

    void aNewerHistoryIsForecastWithTheStoredEstimates_data()
    {
        QTest::addColumn<QString>("recipe");
        for (const char* name : {"ets", "theta", "arima", "mstl", "prophet"}) QTest::newRow(name) << name;
    }

    void aNewerHistoryIsForecastWithTheStoredEstimates()
    {
        // Fitted on 100 days, forecast from 114: the forecast starts after the new data (it moves
        // with it) and differs from a refit on 114 days (nothing was re-estimated).
        QFETCH(QString, recipe);
        auto r = forecastRecipes().create(recipe.toStdString());
        const TimeSeries full = weeklySeries("A", 114, 3);
        TimeSeries older = full;
        older.values.resize(100);
        const ForecastSpec spec = dailySpec();
        auto model = r->fitSeries(older, spec);
        QVERIFY(model.isOk());
        auto fromModel = r->forecastFromModel(**model, full, spec);
        auto onOlder = r->forecastFromModel(**model, older, spec);
        auto refit = r->forecastSeries(full, spec);
        QVERIFY(fromModel.isOk() && onOlder.isOk() && refit.isOk());
        QVERIFY(!sameForecast(*fromModel, *onOlder));
        QVERIFY(!sameForecast(*fromModel, *refit));
        // Close to the refit all the same: the same process generated both histories.
        double gap = 0, level = 0;
        for (size_t h = 0; h < size_t(spec.horizon); ++h) {
            gap += std::fabs(fromModel->mean[h] - refit->mean[h]);
            level += std::fabs(refit->mean[h]);
        }
        QVERIFY2(gap / level < 0.1, std::to_string(gap / level).c_str());
    }

    void damagedModelBytesAreAnErrorNotACrash()
    {
        for (const std::string& name : forecastRecipes().names()) {
            auto r = forecastRecipes().create(name);
            auto model = r->fitSeries(weeklySeries("A", 60, 1), dailySpec());
            QVERIFY(model.isOk());
            ByteWriter w;
            (*model)->write(w);
            for (size_t cut = 0; cut + 1 < w.bytes().size(); cut += 3) {
                std::vector<uint8_t> truncated(w.bytes().begin(), w.bytes().begin() + long(cut));
                ByteReader reader(truncated);
                auto loaded = r->readSeriesModel(reader);
                QVERIFY2(!loaded.isOk(), (name + " read a model cut at " + std::to_string(cut)).c_str());
            }
        }
    }

    void declaredParametersAreValidated_data()
    {
        QTest::addColumn<QString>("recipe");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("misspelt") << "prophet" << "changepoint_prio" << "0.1" << "unknown parameter 'changepoint_prio'";
        QTest::newRow("not a number") << "npts" << "decay" << "abc" << "not a number";
        QTest::newRow("out of range") << "npts" << "paths" << "5" << "out of range";
        QTest::newRow("not whole") << "ets" << "simulations" << "150.5" << "not a whole number";
        QTest::newRow("not a choice") << "arima" << "fit" << "ml" << "is not one of css-ml, css";
        QTest::newRow("naive takes none") << "naive" << "lambda" << "1" << "known: none";
        QTest::newRow("auto: no recipe takes it") << "auto" << "lamda" << "1" << "no recipe takes it";
        QTest::newRow("auto: checked by the recipe that takes it") << "auto" << "decay" << "-1" << "out of range";
    }

    void declaredParametersAreValidated()
    {
        QFETCH(QString, recipe);
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QString, message);
        const Status s = validateForecastParameters(recipe.toStdString(), {{name.toStdString(), value.toStdString()}});
        QVERIFY(!s.isOk());
        QVERIFY2(s.message().find(name.toStdString()) != std::string::npos, s.message().c_str());
        QVERIFY2(s.message().find(message.toStdString()) != std::string::npos, s.message().c_str());
    }

    void everyDeclaredDefaultIsAccepted()
    {
        for (const std::string& name : forecastRecipes().names()) {
            auto r = forecastRecipes().create(name);
            std::map<std::string, std::string> defaults;
            for (const ParameterSpec& p : r->parameters())
                if (!p.defaultValue.empty()) defaults[p.name] = p.defaultValue;
            const Status s = validateForecastParameters(name, defaults);
            QVERIFY2(s.isOk(), s.message().c_str());
        }
    }

    void predictorRoundTripsThroughBytes_data()
    {
        QTest::addColumn<QString>("recipe");
        QTest::newRow("ets") << "ets";
        QTest::newRow("auto") << "auto";
    }

    void predictorRoundTripsThroughBytes()
    {
        QFETCH(QString, recipe);
        const LoadedDataset data = loadText(dailyCsv(4, 120, 11), "daily.csv");
        ForecastInputs inputs;
        inputs.target = &data;
        ForecastSpec spec = dailySpec();
        auto run = runForecast(inputs, spec, recipe.toStdString());
        QVERIFY2(run.isOk(), run.status().message().c_str());
        QVERIFY(run->predictor);
        auto loaded = Predictor::fromBytes(run->predictor->toBytes());
        QVERIFY2(loaded.isOk(), loaded.status().message().c_str());
        std::vector<SeriesForecast> again;
        std::vector<size_t> unknown;
        QVERIFY(loaded->forecast(run->series, again, unknown, 2).isOk());
        QVERIFY(unknown.empty());
        QCOMPARE(again.size(), run->forecasts.size());
        for (size_t s = 0; s < again.size(); ++s) QVERIFY(sameForecast(again[s], run->forecasts[s]));
        // Any cut of the bytes is refused cleanly.
        const std::vector<uint8_t> bytes = run->predictor->toBytes();
        for (size_t cut = 0; cut < bytes.size(); cut += std::max<size_t>(1, bytes.size() / 97))
            QVERIFY(!Predictor::fromBytes(std::vector<uint8_t>(bytes.begin(), bytes.begin() + long(cut))).isOk());
    }

    void exceptionsInWorkersBecomeErrors()
    {
        // bad_alloc in a worker thread aborted the process once; now it is the loop's error.
        const Status oom = parallelFor(100, 2, [](size_t i) -> Status {
            if (i == 37) throw std::bad_alloc();
            return Status::ok();
        });
        QVERIFY(!oom.isOk());
        QVERIFY(oom.message().find("out of memory") != std::string::npos);
        const Status other = parallelFor(10, 2, [](size_t) -> Status { throw std::runtime_error("boom"); });
        QVERIFY(!other.isOk());
        QVERIFY(other.message().find("boom") != std::string::npos);
    }

    void predictorKeepsItsItemMetadataAndForecastsColdItems()
    {
        QTemporaryDir dir;
        auto project = ProjectFile::create(dir.filePath("p.almanac").toStdString());
        QVERIFY(project.isOk());
        QVERIFY((*project)->addDataset("sales", loadText(dailyCsv(3, 60, 9), "train.csv"), "D").isOk());
        ImportOptions itemOptions;
        itemOptions.type = DatasetType::Items;
        auto items = loadDatasetFromString("item_id,category\nitem0,a\nitem1,b\nitem2,b\nfresh,b\n", "items.csv", itemOptions);
        QVERIFY(items.isOk());
        QVERIFY((*project)->addDataset("catalogue", *items, {}).isOk());
        TrainPredictorRequest request;
        request.name = "p";
        request.dataset = "sales";
        request.itemsDataset = "catalogue";
        request.recipe = "naive";
        request.spec = dailySpec();
        auto trained = trainPredictor(**project, request);
        QVERIFY2(trained.isOk(), trained.status().message().c_str());
        QCOMPARE(trained->stored.datasets.at("items"), std::string("catalogue"));
        PredictorForecastRequest forecastRequest;
        forecastRequest.predictor = "p";
        auto forecast = forecastFromPredictor(**project, forecastRequest);
        QVERIFY2(forecast.isOk(), forecast.status().message().c_str());
        // The cold item comes last, as the average of item1 and item2, which share its category.
        QCOMPARE(forecast->series.series.size(), size_t(4));
        QCOMPARE(forecast->series.series.back().itemId, std::string("fresh"));
        const auto& f = forecast->forecasts;
        QCOMPARE(f[3].mean[0], (f[1].mean[0] + f[2].mean[0]) / 2);
        QCOMPARE(forecast->notes.size(), size_t(1));
        QVERIFY2(QString::fromStdString(forecast->notes[0]).contains(QStringLiteral("1 item without target history (cold start)")),
                 forecast->notes[0].c_str());
    }

    // The workbench's Train keeps the training run's forecast with the predictor, tied to it for
    // monitoring, with the backtest figures the explorer shows; the same values a forecast from
    // the stored predictor gives.
    void trainingForecastIsKeptWithThePredictor()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("kept.almanac").toStdString();
        auto project = ProjectFile::create(path);
        QVERIFY(project.isOk());
        QVERIFY((*project)->addDataset("sales", loadText(dailyCsv(3, 90, 21), "train.csv"), "D").isOk());
        TrainPredictorRequest request;
        request.name = "kept";
        request.dataset = "sales";
        request.recipe = "theta";
        request.spec = dailySpec();
        request.storeForecast = true;
        auto trained = trainPredictor(**project, request);
        QVERIFY2(trained.isOk(), trained.status().message().c_str());
        QCOMPARE(trained->forecastName, std::string("kept-forecast"));
        auto links = (*project)->modelForecasts("kept");
        QVERIFY(links.isOk());
        QCOMPARE(links->size(), size_t(1));
        QCOMPARE(links->front().first, trained->forecastName);
        auto stored = (*project)->loadForecast(trained->forecastName);
        QVERIFY(stored.isOk());
        QCOMPARE(stored->series.size(), trained->run.forecasts.size());
        PredictorForecastRequest again;
        again.predictor = "kept";
        again.store = false;
        auto fromPredictor = forecastFromPredictor(**project, again);
        QVERIFY(fromPredictor.isOk());
        for (size_t s = 0; s < stored->series.size(); ++s)
            for (size_t q = 0; q < stored->series[s].quantiles.size(); ++q)
                QCOMPARE(stored->series[s].quantiles[q], fromPredictor->forecasts[s].quantiles[q]);
        auto forecasts = (*project)->forecasts();
        QVERIFY(forecasts.isOk());
        bool withMetrics = false;
        for (const ForecastInfo& f : *forecasts) withMetrics = withMetrics || f.name == trained->forecastName;
        QVERIFY(withMetrics);
        // Without storeForecast nothing but the model is kept.
        request.name = "bare";
        request.storeForecast = false;
        auto bare = trainPredictor(**project, request);
        QVERIFY(bare.isOk());
        QVERIFY(bare->forecastName.empty());
        QVERIFY((*project)->modelForecasts("bare")->empty());
    }

    void projectPredictorLifecycle()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("p.almanac").toStdString();
        auto project = ProjectFile::create(path);
        QVERIFY(project.isOk());
        const std::string all = dailyCsv(3, 134, 5);
        // The first 120 days train; the last 14 arrive later.
        std::string train, later = "item_id,timestamp,target_value\n";
        {
            std::istringstream lines(all);
            std::string line;
            std::getline(lines, line);
            train = line + "\n";
            size_t row = 0;
            while (std::getline(lines, line)) (row++ % 134 < 120 ? train : later) += line + "\n";
        }
        QVERIFY((*project)->addDataset("sales", loadText(train, "train.csv"), "D").isOk());
        TrainPredictorRequest request;
        request.name = "p1";
        request.dataset = "sales";
        request.recipe = "ets";
        request.spec = dailySpec();
        auto trained = trainPredictor(**project, request);
        QVERIFY2(trained.isOk(), trained.status().message().c_str());
        QVERIFY(!trained->stored.metricsJson.empty());
        // A second model of the same name is refused, the first kept.
        QVERIFY(!trainPredictor(**project, request).isOk());

        project->reset();
        project = ProjectFile::open(path);
        QVERIFY(project.isOk());
        PredictorForecastRequest forecastRequest;
        forecastRequest.predictor = "p1";
        auto first = forecastFromPredictor(**project, forecastRequest);
        QVERIFY2(first.isOk(), first.status().message().c_str());
        QCOMPARE(first->forecasts.size(), trained->run.forecasts.size());
        for (size_t s = 0; s < first->forecasts.size(); ++s) QVERIFY(sameForecast(first->forecasts[s], trained->run.forecasts[s]));

        // New actuals: the earlier forecast is scored on them, as an independent computation does.
        auto resync = resyncDataset(**project, "sales", loadText(later, "later.csv"), ResyncMode::Append);
        QVERIFY2(resync.isOk(), resync.status().message().c_str());
        QCOMPARE(resync->evaluations, 1);
        QCOMPARE(resync->dataset.rows, int64_t(3 * 134));
        auto evaluations = (*project)->modelEvaluations("p1");
        QVERIFY(evaluations.isOk());
        QCOMPARE(evaluations->size(), size_t(1));
        const auto metrics = nlohmann::json::parse(evaluations->front().metricsJson);
        double absError = 0, absActual = 0;
        {
            std::istringstream lines(later);
            std::string line;
            std::getline(lines, line);
            size_t row = 0;
            while (std::getline(lines, line)) {
                const double actual = std::stod(line.substr(line.rfind(',') + 1));
                const size_t item = row / 14, h = row % 14;
                absError += std::fabs(actual - first->forecasts[item].quantiles[1][h]);
                absActual += std::fabs(actual);
                ++row;
            }
        }
        QVERIFY(std::fabs(metrics["WAPE"].get<double>() - absError / absActual) < 1e-6);
        QCOMPARE(metrics["items"].get<int>(), 3);
        auto report = monitoringReport(**project, "p1");
        QVERIFY(report.isOk());
        QVERIFY(std::isfinite(report->driftRatio));

        // Forecasting again moves with the data, without refitting.
        forecastRequest.forecastName = "after";
        auto second = forecastFromPredictor(**project, forecastRequest);
        QVERIFY(second.isOk());
        QCOMPARE(second->series.endPeriod, first->series.endPeriod + 14);
        // Retraining keeps the name and what is tied to it.
        auto retrained = retrainPredictor(**project, "p1", "", 1);
        QVERIFY2(retrained.isOk(), retrained.status().message().c_str());
        QCOMPARE((*project)->modelForecasts("p1")->size(), size_t(2));
        QCOMPARE((*project)->models()->size(), size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestPredictors)
#include "tst_predictors.moc"
