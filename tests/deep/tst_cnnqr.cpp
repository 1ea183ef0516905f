// CNN-QR's contract: the pinball loss's known answers, a causal encoder (no origin sees a later
// step), that it learns what many series share and what a known related series says about the
// horizon, ordered real bands, reproducibility for a seed, and that a stored model, alone or in
// a predictor, forecasts bit-identically and forecasts items it never saw.
#include "deep/CnnQrNetwork.h"
#include "deep/DeepRecipes.h"
#include "deep/QuantileLevels.h"
#include "forecast/ForecastRecipes.h"
#include "forecast/prophet/Holidays.h"
#include "forecast/Predictor.h"

#include "DeepTestSeries.h"

#include <QtTest/QtTest>

#include <cmath>
#include <random>
#include <set>

using namespace almanac;
using namespace almanac::testing;

namespace {

ForecastSpec smallSpec(int horizon = 24)
{
    ForecastSpec spec;
    spec.horizon = horizon;
    spec.frequency = *Frequency::parse("H");
    spec.threads = 1;
    spec.seed = 7;
    spec.parameters = {{"epochs", "12"}, {"num_batches_per_epoch", "20"}, {"num_cells", "16"}, {"num_layers", "2"}};
    return spec;
}

// Daily series whose level jumps by 80% on promotion days, which are random and known ahead:
// only a model that reads the related series can foresee them.
SeriesSet promotionSet(size_t count, size_t length, int horizon, uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> noise(0, 1);
    std::bernoulli_distribution promoted(0.2);
    SeriesSet set;
    set.frequency = *Frequency::parse("D");
    set.featureNames = {"promotion"};
    const int64_t start = 17000;
    for (size_t i = 0; i < count; ++i) {
        TimeSeries s;
        s.itemId = "item" + std::to_string(i);
        s.firstPeriod = start;
        const double level = 50.0 + 15.0 * double(i % 4);
        std::vector<double> promotion;
        for (size_t t = 0; t < length + size_t(horizon); ++t) promotion.push_back(promoted(rng) ? 1.0 : 0.0);
        for (size_t t = 0; t < length; ++t) s.values.push_back(level * (1.0 + 0.8 * promotion[t]) + 0.03 * level * noise(rng));
        s.features = {promotion};
        set.series.push_back(std::move(s));
    }
    set.endPeriod = start + int64_t(length);
    return set;
}

// Daily series led by an indicator known only up to the origin: demand jumps by 80% seven days
// after each random signal day. A horizon of seven is foreseeable from the past signals alone.
SeriesSet leadingIndicatorSet(size_t count, size_t length, uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> noise(0, 1);
    std::bernoulli_distribution signal(0.2);
    SeriesSet set;
    set.frequency = *Frequency::parse("D");
    set.pastFeatureNames = {"signal"};
    const int64_t start = 17000;
    for (size_t i = 0; i < count; ++i) {
        TimeSeries s;
        s.itemId = "item" + std::to_string(i);
        s.firstPeriod = start;
        const double level = 50.0 + 15.0 * double(i % 4);
        std::vector<double> signals;
        for (size_t t = 0; t < length; ++t) signals.push_back(signal(rng) ? 1.0 : 0.0);
        for (size_t t = 0; t < length; ++t)
            s.values.push_back(level * (1.0 + (t >= 7 ? 0.8 * signals[t - 7] : 0.0)) + 0.03 * level * noise(rng));
        s.pastFeatures = {signals};
        set.series.push_back(std::move(s));
    }
    set.endPeriod = start + int64_t(length);
    return set;
}

// Held out as withoutLast does, the related series kept through the horizon.
SeriesSet relatedWithoutLast(const SeriesSet& full, size_t periods)
{
    SeriesSet out = withoutLast(full, periods);
    for (size_t i = 0; i < out.series.size(); ++i) out.series[i].features = full.series[i].features;
    return out;
}

} // namespace

class TestCnnQr : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { deep::registerDeepRecipes(); }

    void pinballLossKnownAnswers_data()
    {
        QTest::addColumn<double>("level");
        QTest::addColumn<double>("predicted");
        QTest::addColumn<double>("actual");
        QTest::addColumn<double>("expected");
        QTest::newRow("median, under by 2") << 0.5 << 1.0 << 3.0 << 1.0;
        QTest::newRow("p90, under by 2") << 0.9 << 1.0 << 3.0 << 1.8;
        QTest::newRow("p90, over by 2") << 0.9 << 5.0 << 3.0 << 0.2;
        QTest::newRow("p10, over by 1") << 0.1 << 4.0 << 3.0 << 0.9;
        QTest::newRow("exact") << 0.3 << 3.0 << 3.0 << 0.0;
    }
    void pinballLossKnownAnswers()
    {
        QFETCH(double, level);
        QFETCH(double, predicted);
        QFETCH(double, actual);
        QFETCH(double, expected);
        // A masked second entry must not count.
        const auto p = torch::tensor({float(predicted), 100.0f}).view({2, 1});
        const auto y = torch::tensor({float(actual), 0.0f});
        const auto mask = torch::tensor({1.0f, 0.0f});
        const double got = deep::pinballLoss(p, y, mask, torch::tensor({float(level)})).item<double>();
        QVERIFY2(std::fabs(got - expected) < 1e-6, qPrintable(QString::number(got)));
    }

    void calibratedLevelKnownAnswers_data()
    {
        QTest::addColumn<double>("asked");
        QTest::addColumn<double>("expected");
        // Trained levels 0.1, 0.5, 0.9 measured to cover 0.2, 0.5, 0.8 of the held-out periods.
        QTest::newRow("the median covered its share") << 0.5 << 0.5;
        QTest::newRow("p80 is read from the p90 head") << 0.8 << 0.9;
        QTest::newRow("between: linear") << 0.65 << 0.7;
        QTest::newRow("below every coverage: the lowest level") << 0.1 << 0.1;
        QTest::newRow("above every coverage: the highest level") << 0.95 << 0.9;
    }
    void calibratedLevelKnownAnswers()
    {
        QFETCH(double, asked);
        QFETCH(double, expected);
        const std::vector<double> levels{0.1, 0.5, 0.9}, coverage{0.2, 0.5, 0.8};
        QVERIFY(std::fabs(deep::calibratedLevel(levels, coverage, asked) - expected) < 1e-12);
        QCOMPARE(deep::calibratedLevel(levels, {}, asked), asked); // nothing measured
    }

    void coverageIsShrunkTowardsTheLevel()
    {
        const std::vector<double> levels{0.1, 0.5, 0.9};
        // 40 of 100 below the p10 head, with 100 pseudo-observations at 0.1: (40 + 10) / 200.
        const auto c = deep::shrunkCoverage(levels, {40, 45, 95}, 100, 100);
        QCOMPARE(c[0], 0.25);
        QCOMPARE(c[1], 0.475);
        QCOMPARE(c[2], 0.925);
        // Crossing heads never make the coverage fall.
        const auto monotone = deep::shrunkCoverage(levels, {60, 30, 90}, 100, 0);
        QCOMPARE(monotone[1], 0.6);
        const auto grid = deep::trainedLevels({0.1, 0.5, 0.9}, 10);
        QVERIFY(std::is_sorted(grid.begin(), grid.end()));
        QCOMPARE(grid.size(), size_t(17)); // 0.1, 0.5, 0.9, ten midpoints, four tails
        const std::vector<double> values{1, 2, 3};
        QCOMPARE(deep::valueAtLevel(levels, values.data(), 0.3), 1.5);
        QCOMPARE(deep::valueAtLevel(levels, values.data(), 0.01), 1.0);
    }

    void receptiveFieldByLayers_data()
    {
        QTest::addColumn<int>("layers");
        QTest::addColumn<int>("field");
        // Kernel 7 at dilation 1, then kernel 3 at dilations 3, 9, 27.
        QTest::newRow("1") << 1 << 7;
        QTest::newRow("2") << 2 << 13;
        QTest::newRow("3") << 3 << 31;
        QTest::newRow("4") << 4 << 85;
    }
    void receptiveFieldByLayers()
    {
        QFETCH(int, layers);
        QFETCH(int, field);
        deep::CnnQrShape shape;
        shape.layers = layers;
        QCOMPARE(int(shape.receptiveField()), field);
    }

    void encoderIsCausal()
    {
        deep::CnnQrShape shape;
        shape.encoderWidth = 3;
        shape.decoderWidth = 2;
        shape.seasonalWidth = 2;
        shape.cardinalities = {4};
        shape.layers = 3;
        shape.channels = 8;
        shape.horizon = 5;
        shape.quantiles = 3;
        torch::manual_seed(1);
        deep::CnnQrNetwork network(shape);
        network->eval();
        torch::NoGradGuard noGrad;
        const int64_t steps = 40;
        auto past = torch::randn({1, steps, 3});
        const auto future = torch::randn({1, steps, 5, 2}), seasonal = torch::randn({1, steps, 5, 2});
        const auto statics = network->staticInputs(torch::tensor({{2}}, torch::kInt64), torch::ones({1}), torch::zeros({1}));
        const auto before = network->forward(past, statics, future, seasonal, nullptr);
        const int64_t changed = 25;
        past.select(1, changed).add_(3.0);
        const auto after = network->forward(past, statics, future, seasonal, nullptr);
        // Origins before the changed step are untouched; it and later ones (within reach) move.
        QCOMPARE((after.narrow(1, 0, changed) - before.narrow(1, 0, changed)).abs().max().item<double>(), 0.0);
        QVERIFY((after.select(1, changed) - before.select(1, changed)).abs().max().item<double>() > 1e-4);
        QVERIFY((after.select(1, changed + 10) - before.select(1, changed + 10)).abs().max().item<double>() > 1e-4);
    }

    void learnsWhatTheSeriesShareWithCalibratedBands()
    {
        const SeriesSet full = dailyProfileSet(16, 24 * 20, 29);
        const SeriesSet history = withoutLast(full, 24);
        auto cnnqr = forecastRecipes().create("cnnqr");
        QVERIFY(cnnqr && cnnqr->traits().global && cnnqr->traits().usesRelatedSeries);
        std::vector<SeriesForecast> forecasts, naive;
        const Status status = cnnqr->forecastAll(history, smallSpec(), forecasts, {});
        QVERIFY2(status.isOk(), status.message().c_str());
        QVERIFY(forecastRecipes().create("naive")->forecastAll(history, smallSpec(), naive, {}).isOk());
        const double deepError = absoluteError(full, forecasts, 24), naiveError = absoluteError(full, naive, 24);
        QVERIFY2(deepError < 0.5 * naiveError, qPrintable(QStringLiteral("cnnqr %1, naive %2").arg(deepError).arg(naiveError)));
        for (const SeriesForecast& f : forecasts)
            for (size_t h = 0; h < 24; ++h) {
                QVERIFY(f.quantiles[0][h] <= f.quantiles[1][h] && f.quantiles[1][h] <= f.quantiles[2][h]);
                QVERIFY(f.quantiles[2][h] > f.quantiles[0][h]); // a real band
                // The mean, from an even grid of quantiles, lies near the band (its tails are
                // the least trained quantiles after a few epochs).
                const double width = f.quantiles[2][h] - f.quantiles[0][h];
                QVERIFY(std::isfinite(f.mean[h]) && f.mean[h] > f.quantiles[0][h] - width && f.mean[h] < f.quantiles[2][h] + width);
            }
        // Trained on windows it has seen, a quantile regressor draws its bands too narrow; the
        // levels read are those that covered the held-out last horizon.
        int inside = 0, count = 0;
        for (size_t i = 0; i < full.series.size(); ++i)
            for (size_t h = 0; h < 24; ++h, ++count) {
                const double actual = full.series[i].values[full.series[i].values.size() - 24 + h];
                inside += actual >= forecasts[i].quantiles[0][h] && actual <= forecasts[i].quantiles[2][h] ? 1 : 0;
            }
        const double coverage = double(inside) / count;
        QVERIFY2(coverage > 0.7 && coverage < 0.95, qPrintable(QString::number(coverage)));
    }

    void readsTheRelatedSeriesThroughTheHorizon_data()
    {
        QTest::addColumn<QString>("without");
        // Promotions are random: neither no related data nor only their past can foresee them.
        QTest::newRow("none") << "none";
        QTest::newRow("historical") << "historical";
    }
    void readsTheRelatedSeriesThroughTheHorizon()
    {
        QFETCH(QString, without);
        const int horizon = 14;
        const SeriesSet full = promotionSet(12, 200, horizon, 21);
        const SeriesSet history = relatedWithoutLast(full, horizon);
        ForecastSpec spec = smallSpec(horizon);
        spec.frequency = full.frequency;
        spec.parameters["epochs"] = "10";
        auto cnnqr = forecastRecipes().create("cnnqr");
        std::vector<SeriesForecast> all, blind;
        QVERIFY(cnnqr->forecastAll(history, spec, all, {}).isOk());
        spec.parameters["use_related_data"] = without.toStdString();
        QVERIFY(cnnqr->forecastAll(history, spec, blind, {}).isOk());
        const double allError = absoluteError(full, all, size_t(horizon)), blindError = absoluteError(full, blind, size_t(horizon));
        QVERIFY2(allError < 0.6 * blindError, qPrintable(QStringLiteral("all %1, %2 %3").arg(allError).arg(without).arg(blindError)));
    }

    void readsPastCovariatesUpToTheOrigin()
    {
        const int horizon = 7;
        const SeriesSet full = leadingIndicatorSet(12, 200, 31);
        SeriesSet history = withoutLast(full, horizon);
        for (TimeSeries& s : history.series) s.pastFeatures[0].resize(s.values.size());
        ForecastSpec spec = smallSpec(horizon);
        spec.frequency = full.frequency;
        spec.parameters["epochs"] = "40";
        spec.parameters["context_length"] = "40";
        auto cnnqr = forecastRecipes().create("cnnqr");
        std::vector<SeriesForecast> withPast, blind;
        QVERIFY(cnnqr->forecastAll(history, spec, withPast, {}).isOk());
        spec.parameters["use_related_data"] = "none";
        QVERIFY(cnnqr->forecastAll(history, spec, blind, {}).isOk());
        const double pastError = absoluteError(full, withPast, size_t(horizon)), blindError = absoluteError(full, blind, size_t(horizon));
        QVERIFY2(pastError < 0.5 * blindError, qPrintable(QStringLiteral("with past %1, without %2").arg(pastError).arg(blindError)));
        // A model trained with a past covariate refuses data without it.
        spec.parameters["epochs"] = "1";
        auto model = cnnqr->fitGlobal(history, spec, {});
        QVERIFY(model.isOk());
        SeriesSet without = history;
        without.pastFeatureNames.clear();
        for (TimeSeries& s : without.series) s.pastFeatures.clear();
        std::vector<SeriesForecast> out;
        QVERIFY(!cnnqr->forecastFromGlobal(**model, without, spec, out, {}).isOk());
    }

    void reproducibleForASeed()
    {
        const SeriesSet data = dailyProfileSet(6, 24 * 12, 5);
        ForecastSpec spec = smallSpec();
        spec.parameters["epochs"] = "3";
        auto cnnqr = forecastRecipes().create("cnnqr");
        std::vector<SeriesForecast> a, b, c;
        QVERIFY(cnnqr->forecastAll(data, spec, a, {}).isOk());
        QVERIFY(cnnqr->forecastAll(data, spec, b, {}).isOk());
        QVERIFY(sameForecasts(a, b));
        spec.seed = 8;
        QVERIFY(cnnqr->forecastAll(data, spec, c, {}).isOk());
        QVERIFY(!sameForecasts(a, c));
    }

    void countsNeverGoNegative()
    {
        const SeriesSet data = dailyProfileSet(8, 24 * 12, 9, true);
        ForecastSpec spec = smallSpec();
        spec.parameters["epochs"] = "4";
        std::vector<SeriesForecast> out;
        QVERIFY(forecastRecipes().create("cnnqr")->forecastAll(data, spec, out, {}).isOk());
        for (const SeriesForecast& f : out) {
            for (const auto& q : f.quantiles)
                for (double v : q) QVERIFY(v >= 0.0 && std::isfinite(v));
            for (double v : f.mean) QVERIFY(v >= 0.0);
        }
    }

    void quantilesNotTrainedAreInterpolated()
    {
        const SeriesSet data = dailyProfileSet(6, 24 * 12, 23);
        ForecastSpec spec = smallSpec();
        spec.parameters["epochs"] = "3";
        auto cnnqr = forecastRecipes().create("cnnqr");
        auto model = cnnqr->fitGlobal(data, spec, {});
        QVERIFY2(model.isOk(), model.status().message().c_str());
        std::vector<SeriesForecast> trained, other;
        QVERIFY(cnnqr->forecastFromGlobal(**model, data, spec, trained, {}).isOk());
        ForecastSpec asked = spec;
        asked.quantiles = {0.3, 0.5, 0.7};
        QVERIFY(cnnqr->forecastFromGlobal(**model, data, asked, other, {}).isOk());
        for (size_t i = 0; i < data.series.size(); ++i)
            for (size_t h = 0; h < 24; ++h) {
                QCOMPARE(other[i].quantiles[1][h], trained[i].quantiles[1][h]); // the median was trained
                QVERIFY(other[i].quantiles[0][h] >= trained[i].quantiles[0][h] && other[i].quantiles[0][h] <= other[i].quantiles[1][h]);
                QVERIFY(other[i].quantiles[2][h] <= trained[i].quantiles[2][h] && other[i].quantiles[2][h] >= other[i].quantiles[1][h]);
            }
        // The network emits the horizon it was trained for; a longer one needs retraining.
        ForecastSpec longer = spec;
        longer.horizon = 48;
        const Status refused = cnnqr->forecastFromGlobal(**model, data, longer, other, {});
        QVERIFY(!refused.isOk());
        QVERIFY2(QString::fromStdString(refused.message()).contains(QStringLiteral("24 periods")), refused.message().c_str());
    }

    void storedPredictorForecastsIdenticallyAndColdStarts()
    {
        const SeriesSet data = dailyProfileSet(6, 24 * 12, 13);
        ForecastSpec spec = smallSpec();
        spec.parameters["epochs"] = "3";
        PredictorPlan plan;
        plan.label = "cnnqr";
        plan.members.push_back({});
        plan.members.back().recipe = "cnnqr";
        plan.membersOfSeries.assign(data.series.size(), {0});
        auto predictor = fitPredictor(data, spec, std::move(plan));
        QVERIFY2(predictor.isOk(), predictor.status().message().c_str());
        std::vector<SeriesForecast> trained, reloaded;
        std::vector<size_t> unknown;
        QVERIFY(predictor->forecast(data, trained, unknown, 1).isOk());
        const auto bytes = predictor->toBytes();
        auto back = Predictor::fromBytes(bytes);
        QVERIFY2(back.isOk(), back.status().message().c_str());
        QVERIFY(back->forecast(data, reloaded, unknown, 1).isOk());
        QVERIFY(sameForecasts(trained, reloaded));
        QVERIFY(back->toBytes() == bytes);
        for (size_t cut : {size_t(8), bytes.size() / 3, bytes.size() / 2, bytes.size() - 1}) {
            std::vector<uint8_t> damaged(bytes.begin(), bytes.begin() + long(cut));
            QVERIFY(!Predictor::fromBytes(damaged).isOk());
        }
        SeriesSet withNew = data;
        TimeSeries fresh = data.series.front();
        fresh.itemId = "new-item";
        withNew.series.push_back(fresh);
        std::vector<SeriesForecast> coldStart;
        QVERIFY(back->forecast(withNew, coldStart, unknown, 1).isOk());
        QVERIFY(unknown.empty());
        QCOMPARE(coldStart.size(), withNew.series.size());
        QCOMPARE(coldStart.back().mean.size(), size_t(spec.horizon));
        // An unseen item is forecast from the "never seen" embedding, trained by category dropout:
        // near the forecast of the item it copies.
        const double seen = trained.front().quantiles[1][0], cold = coldStart.back().quantiles[1][0];
        QVERIFY2(std::fabs(cold - seen) < 0.25 * std::fabs(seen), qPrintable(QStringLiteral("%1 vs %2").arg(cold).arg(seen)));
    }

    void coldItemsBeatTheirMetadataGroupAverage()
    {
        // The bar of issue 14: an item with no history, known by its metadata and related series,
        // is forecast at least 20% better (WAPE) than the average of the items sharing its metadata.
        const int horizon = 14;
        const ColdStartCase c = coldStartCase(8, 2, 240, horizon, 31);
        ForecastSpec spec = smallSpec(horizon);
        spec.frequency = c.warm.frequency;
        spec.parameters["epochs"] = "20";
        auto predictor = globalPredictor("cnnqr", c.warm, spec);
        QVERIFY2(predictor.isOk(), predictor.status().message().c_str());
        std::vector<SeriesForecast> cold;
        std::vector<size_t> unknown;
        QVERIFY(predictor->forecast(c.cold, cold, unknown, 1).isOk());
        QVERIFY(unknown.empty());
        QCOMPARE(cold.size(), c.cold.series.size());
        const auto [model, group] = coldStartWape(c, cold);
        qInfo("cnnqr cold-start WAPE %.4f, metadata-group average %.4f", model, group);
        QVERIFY2(model <= 0.8 * group, qPrintable(QStringLiteral("cold-start WAPE %1, metadata-group average %2").arg(model).arg(group)));
        // Reloaded, the model forecasts the cold items identically.
        auto back = Predictor::fromBytes(predictor->toBytes());
        QVERIFY2(back.isOk(), back.status().message().c_str());
        std::vector<SeriesForecast> again;
        QVERIFY(back->forecast(c.cold, again, unknown, 1).isOk());
        QVERIFY(sameForecasts(cold, again));
    }

    void learnsHolidaysFromTheBuiltInCalendar()
    {
        // Daily demand falls to a fifth on US holidays. The horizon holds Thanksgiving 2023
        // (day 19684): with holidays=US the model foresees the dip, without it cannot.
        std::mt19937_64 rng(5);
        std::normal_distribution<double> noise(0, 1);
        SeriesSet set;
        set.frequency = *Frequency::parse("D");
        const int64_t start = 18628, end = 19677; // 2021-01-01 .. 2023-11-16
        std::set<int64_t> holidays;
        for (const Holiday& h : holidaysFor("US", 2021, 2023)) holidays.insert(h.day);
        QVERIFY(holidays.count(19684)); // Thanksgiving 2023
        for (size_t i = 0; i < 8; ++i) {
            TimeSeries series;
            series.itemId = "item" + std::to_string(i);
            series.firstPeriod = start;
            const double level = 40.0 + 10.0 * double(i);
            for (int64_t d = start; d < end + 14; ++d)
                series.values.push_back(level * (holidays.count(d) ? 0.2 : 1.0) + 0.03 * level * noise(rng));
            set.series.push_back(std::move(series));
        }
        set.endPeriod = end + 14;
        const SeriesSet history = withoutLast(set, 14);
        ForecastSpec spec = smallSpec(14);
        spec.frequency = set.frequency;
        spec.parameters["epochs"] = "20";
        auto errorOnThanksgiving = [&](const std::string& calendar) {
            ForecastSpec withCalendar = spec;
            if (!calendar.empty()) withCalendar.parameters["holidays"] = calendar;
            std::vector<SeriesForecast> forecasts;
            const Status status = forecastRecipes().create("cnnqr")->forecastAll(history, withCalendar, forecasts, {});
            if (!status.isOk()) qFatal("%s", status.message().c_str());
            double error = 0;
            for (size_t i = 0; i < set.series.size(); ++i)
                error += std::fabs(forecasts[i].quantiles[1][size_t(19684 - end)] - set.series[i].values[size_t(19684 - start)]);
            return error;
        };
        const double with = errorOnThanksgiving("US"), without = errorOnThanksgiving("");
        qInfo("cnnqr error on Thanksgiving: %.1f with holidays=US, %.1f without", with, without);
        QVERIFY2(with < 0.5 * without, qPrintable(QStringLiteral("%1 vs %2").arg(with).arg(without)));
    }

    void cancelsPromptly()
    {
        const SeriesSet data = dailyProfileSet(6, 24 * 12, 17);
        ForecastSpec spec = smallSpec();
        spec.parameters["epochs"] = "10000";
        CancelToken cancel;
        JobContext job;
        job.cancel = &cancel;
        int reports = 0;
        job.progress = [&](double, const std::string&) {
            if (++reports == 5) cancel.cancel();
        };
        std::vector<SeriesForecast> out;
        QElapsedTimer timer;
        timer.start();
        const Status status = forecastRecipes().create("cnnqr")->forecastAll(data, spec, out, job);
        QVERIFY(status.isCancelled());
        QVERIFY(timer.elapsed() < 5000);
    }

    void reportsTrainingCurves()
    {
        const SeriesSet data = dailyProfileSet(6, 24 * 12, 19);
        ForecastSpec spec = smallSpec();
        spec.parameters["epochs"] = "3";
        JobContext job;
        std::vector<std::pair<std::string, int>> seen;
        job.metric = [&](const std::string& metric, int step, double value, const std::string&) {
            QVERIFY(std::isfinite(value));
            seen.emplace_back(metric, step);
        };
        std::vector<SeriesForecast> out;
        QVERIFY(forecastRecipes().create("cnnqr")->forecastAll(data, spec, out, job).isOk());
        QCOMPARE(std::count_if(seen.begin(), seen.end(), [](const auto& p) { return p.first == "training loss"; }), 3);
        QCOMPARE(std::count_if(seen.begin(), seen.end(), [](const auto& p) { return p.first == "validation loss"; }), 3);
    }

    void rejectsBadSettings_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::newRow("unknown related use") << "use_related_data" << "future";
        QTest::newRow("unknown metadata use") << "use_item_metadata" << "some";
        QTest::newRow("zero cells") << "num_cells" << "0";
        QTest::newRow("too many layers") << "num_layers" << "9";
        QTest::newRow("dropout one") << "dropout" << "1";
        QTest::newRow("negative rate") << "learning_rate" << "-0.1";
    }
    void rejectsBadSettings()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        auto cnnqr = forecastRecipes().create("cnnqr");
        std::map<std::string, std::string> given{{name.toStdString(), value.toStdString()}};
        QVERIFY(!validateParameters("cnnqr", cnnqr->parameters(), given).isOk());
    }
};

QTEST_GUILESS_MAIN(TestCnnQr)
#include "tst_cnnqr.moc"
