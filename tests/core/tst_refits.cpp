// auto's economy: a recipe's structure (ETS's form, ARIMA's orders) is searched once per item, on
// the oldest backtest window, and refitted — coefficients re-estimated from the older ones — for
// the newer windows and the final forecast; ETS screens its forms and fits the leaders fully.
#include "DailySeries.h"
#include "forecast/Backtest.h"
#include "forecast/ForecastRecipes.h"
#include "forecast/Predictor.h"
#include "forecast/ets/EtsFit.h"
#include "forecast/ets/EtsModel.h"

#include <QtTest/QtTest>

#include <cmath>
#include <cstring>
#include <random>

using namespace almanac;
using namespace almanac::testing;

namespace {

// How far the forecast swings within a week: a weekly season's mark.
double weeklySwing(const SeriesForecast& f)
{
    const auto [lo, hi] = std::minmax_element(f.mean.begin(), f.mean.begin() + 7);
    return *hi - *lo;
}

std::vector<uint8_t> bytesOf(const SeriesModel& model)
{
    ByteWriter w;
    model.write(w);
    return w.take();
}

SeriesSet setOf(std::vector<TimeSeries> series)
{
    SeriesSet set;
    set.frequency = *Frequency::parse("D");
    for (const TimeSeries& s : series) set.endPeriod = std::max(set.endPeriod, s.endPeriod());
    set.series = std::move(series);
    return set;
}

TimeSeries truncated(const TimeSeries& s, size_t n)
{
    TimeSeries t = s;
    t.values.resize(n);
    return t;
}

} // namespace

class TestRefits : public QObject {
    Q_OBJECT
private slots:
    void refitKeepsTheOlderStructure_data()
    {
        // Each recipe's older model is forced to a structure without a season; the refit, asked
        // for no particular structure, must keep it where a fresh fit finds the weekly season.
        QTest::addColumn<QString>("recipe");
        QTest::addColumn<QString>("parameter");
        QTest::addColumn<QString>("value");
        QTest::newRow("ets") << "ets" << "model" << "AAN";
        QTest::newRow("arima") << "arima" << "order" << "1,1,1";
    }

    void refitKeepsTheOlderStructure()
    {
        QFETCH(QString, recipe);
        QFETCH(QString, parameter);
        QFETCH(QString, value);
        auto r = forecastRecipes().create(recipe.toStdString());
        QVERIFY(r && r->traits().refitsFromOlderModel);
        const TimeSeries full = weeklySeries("A", 160, 5);
        ForecastSpec forced = dailySpec();
        forced.parameters[parameter.toStdString()] = value.toStdString();
        auto older = r->fitSeries(truncated(full, 140), forced);
        QVERIFY(older.isOk());

        const ForecastSpec spec = dailySpec();
        auto refit = r->refitSeries(**older, full, spec);
        QVERIFY2(refit.isOk(), refit.status().message().c_str());
        auto fromRefit = r->forecastFromModel(**refit, full, spec);
        auto fresh = r->forecastSeries(full, spec);
        auto unchanged = r->forecastFromModel(**older, full, spec);
        QVERIFY(fromRefit.isOk() && fresh.isOk() && unchanged.isOk());
        QVERIFY2(weeklySwing(*fresh) > 10, std::to_string(weeklySwing(*fresh)).c_str());
        QVERIFY2(weeklySwing(*fromRefit) < 3, std::to_string(weeklySwing(*fromRefit)).c_str());
        // Re-estimated, not merely filtered forward.
        QVERIFY(!sameForecast(*fromRefit, *unchanged));
        // A refitted model is a model like any other: it round-trips.
        const std::vector<uint8_t> bytes = bytesOf(**refit);
        ByteReader in(bytes);
        auto loaded = r->readSeriesModel(in);
        QVERIFY(loaded.isOk());
        auto again = r->forecastFromModel(**loaded, full, spec);
        QVERIFY(again.isOk() && sameForecast(*again, *fromRefit));
    }

    void refitLandsNearAFreshFitOfTheSameStructure_data()
    {
        QTest::addColumn<QString>("recipe");
        for (const std::string& name : forecastRecipes().names())
            if (forecastRecipes().create(name)->traits().refitsFromOlderModel)
                QTest::newRow(name.c_str()) << QString::fromStdString(name);
    }

    void refitLandsNearAFreshFitOfTheSameStructure()
    {
        QFETCH(QString, recipe);
        auto r = forecastRecipes().create(recipe.toStdString());
        const TimeSeries full = weeklySeries("A", 160, 9);
        const ForecastSpec spec = dailySpec();
        auto older = r->fitSeries(truncated(full, 146), spec);
        QVERIFY(older.isOk());
        auto refit = r->refitSeries(**older, full, spec);
        QVERIFY(refit.isOk());
        auto fromRefit = r->forecastFromModel(**refit, full, spec);
        auto fresh = r->forecastSeries(full, spec);
        QVERIFY(fromRefit.isOk() && fresh.isOk());
        double gap = 0, level = 0;
        for (size_t h = 0; h < size_t(spec.horizon); ++h) {
            gap += std::fabs(fromRefit->mean[h] - fresh->mean[h]);
            level += std::fabs(fresh->mean[h]);
        }
        QVERIFY2(gap / level < 0.05, std::to_string(gap / level).c_str());
    }

    void aRecipeWithoutStructureRefitsFromScratch()
    {
        // theta declares no structure to keep: its refit is a fresh fit, bit for bit.
        auto r = forecastRecipes().create("theta");
        QVERIFY(!r->traits().refitsFromOlderModel);
        const TimeSeries full = weeklySeries("A", 120, 2);
        const ForecastSpec spec = dailySpec();
        auto older = r->fitSeries(truncated(full, 100), spec);
        auto refit = r->refitSeries(**older, full, spec);
        auto fromRefit = r->forecastFromModel(**refit, full, spec);
        auto fresh = r->forecastSeries(full, spec);
        QVERIFY(fromRefit.isOk() && fresh.isOk());
        QVERIFY(sameForecast(*fromRefit, *fresh));
    }

    void screeningChangesWhichFormsAreFittedNotHow()
    {
        using namespace ets;
        const TimeSeries s = weeklySeries("A", 150, 4);
        const auto all = selectEts(s.values, 7);
        QVERIFY(all);
        // Screening that keeps every form fits exactly what the full selection fits.
        EtsSelection everyForm;
        everyForm.fullyFitted = 100;
        const auto same = selectEts(s.values, 7, everyForm);
        QVERIFY(same);
        QCOMPARE(same->form.name(), all->form.name());
        QVERIFY(same->aicc == all->aicc);
        // Keeping three: the chosen form is one of them, fitted as the full selection fits it.
        EtsSelection three;
        three.fullyFitted = 3;
        const auto screened = selectEts(s.values, 7, three);
        QVERIFY(screened);
        QVERIFY(screened->form.season != Component::None);
        const auto direct = fitEtsForm(s.values, screened->form, 7);
        QVERIFY(direct);
        QVERIFY(screened->aicc == direct->aicc);
        QVERIFY(screened->parameters.alpha == direct->parameters.alpha);
    }

    void backtestRefitsNewerWindowsFromOlderOnes()
    {
        // Three windows, oldest first: each newer window's forecast is the refit of the older
        // window's model; the newest window's models are kept for the final fit.
        auto ets = forecastRecipes().create("ets");
        const TimeSeries long1 = weeklySeries("long", 200, 1);
        const SeriesSet data = setOf({long1});
        const ForecastSpec spec = dailySpec();
        BacktestOptions options;
        options.windows = 3;
        options.keepForecasts = true;
        options.refitNewerWindows = true;
        auto result = runBacktest(*ets, data, spec, options);
        QVERIFY2(result.isOk(), result.status().message().c_str());
        QCOMPARE(result->windows.size(), size_t(3));
        QCOMPARE(result->kept.size(), size_t(3));
        QVERIFY(result->kept[0].cut > result->kept[1].cut && result->kept[1].cut > result->kept[2].cut);
        QCOMPARE(result->newestModels.size(), size_t(1));
        QVERIFY(result->newestModels[0].has_value());
        QVERIFY(result->seconds > 0);

        auto oldest = ets->fitSeries(truncated(long1, 200 - 42), spec);
        auto middle = ets->refitSeries(**oldest, truncated(long1, 200 - 28), spec);
        auto newest = ets->refitSeries(**middle, truncated(long1, 200 - 14), spec);
        QVERIFY(oldest.isOk() && middle.isOk() && newest.isOk());
        auto expected = ets->forecastFromModel(**newest, truncated(long1, 200 - 14), spec);
        QVERIFY(expected.isOk());
        QVERIFY(sameForecast(result->kept[0].forecasts[0], *expected));
        QVERIFY(*result->newestModels[0] == bytesOf(**newest));

        // Without refits the newest window is searched afresh.
        options.refitNewerWindows = false;
        auto plain = runBacktest(*ets, data, spec, options);
        QVERIFY(plain.isOk());
        QVERIFY(plain->newestModels.empty());
        auto fresh = ets->forecastSeries(truncated(long1, 200 - 14), spec);
        QVERIFY(sameForecast(plain->kept[0].forecasts[0], *fresh));
    }

    void shortHistoriesAreSearchedAgain()
    {
        // 50 days: the oldest of two 14-day windows sees 22, less than three quarters of the 36
        // the newer one sees, so the newer window searches again, and the final fit (50 against
        // 36) does too: no model is kept for it.
        auto ets = forecastRecipes().create("ets");
        const TimeSeries shortOne = weeklySeries("short", 50, 3);
        const ForecastSpec spec = dailySpec();
        BacktestOptions options;
        options.windows = 2;
        options.keepForecasts = true;
        options.refitNewerWindows = true;
        auto result = runBacktest(*ets, setOf({shortOne}), spec, options);
        QVERIFY(result.isOk());
        QCOMPARE(result->newestModels.size(), size_t(1));
        QVERIFY(!result->newestModels[0].has_value());
        auto fresh = ets->forecastSeries(truncated(shortOne, 36), spec);
        QVERIFY(sameForecast(result->kept[0].forecasts[0], *fresh));
    }

    void predictorRefitsFromStartingModels()
    {
        // The final fit: a plan's starting model is refitted, a missing one fitted from scratch.
        const TimeSeries a = weeklySeries("a", 160, 6), b = weeklySeries("b", 160, 7);
        const SeriesSet data = setOf({a, b});
        const ForecastSpec spec = dailySpec();
        auto ets = forecastRecipes().create("ets");
        ForecastSpec forced = spec;
        forced.parameters["model"] = "ANN";
        auto older = ets->fitSeries(truncated(a, 146), forced);
        QVERIFY(older.isOk());
        PredictorPlan plan;
        plan.label = "ets";
        plan.members.push_back({});
        plan.members.back().recipe = "ets";
        plan.membersOfSeries = {{0}, {0}};
        plan.startingModels = {{bytesOf(**older), std::nullopt}};
        auto predictor = fitPredictor(data, spec, std::move(plan));
        QVERIFY2(predictor.isOk(), predictor.status().message().c_str());
        std::vector<SeriesForecast> out;
        std::vector<size_t> unknown;
        QVERIFY(predictor->forecast(data, out, unknown, 1).isOk());
        auto refit = ets->refitSeries(**older, a, spec);
        auto expectedA = ets->forecastFromModel(**refit, a, spec);
        auto expectedB = ets->forecastSeries(b, spec);
        QVERIFY(expectedA.isOk() && expectedB.isOk());
        QVERIFY(sameForecast(out[0], *expectedA));
        QVERIFY(sameForecast(out[1], *expectedB));
        QVERIFY(weeklySwing(out[0]) < 3);
    }
};

QTEST_GUILESS_MAIN(TestRefits)
#include "tst_refits.moc"
