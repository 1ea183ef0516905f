#include "forecast/AutoModeChoice.h"

#include <QtTest/QtTest>

using namespace almanac;

namespace {

constexpr int kHorizon = 5;

SeriesForecast flat(double value)
{
    SeriesForecast f;
    f.mean.assign(kHorizon, value);
    f.quantiles.assign(3, std::vector<double>(kHorizon, value));
    return f;
}

// A candidate's kept backtest: per window (newest first), its flat forecast of series A and B.
BacktestResult candidate(const std::string& name, std::vector<std::pair<double, double>> windows)
{
    BacktestResult b;
    b.recipe = name;
    for (size_t w = 0; w < windows.size(); ++w) {
        WindowForecasts kept;
        kept.cut = 30 - kHorizon * int64_t(w + 1);
        kept.series = {0, 1};
        kept.forecasts = {flat(windows[w].first), flat(windows[w].second)};
        b.kept.push_back(std::move(kept));
    }
    return b;
}

} // namespace

class TestAutoModeChoice : public QObject {
    Q_OBJECT

private:
    SeriesSet m_data; // A is 10 throughout, B is 20
    ForecastSpec m_spec;

private slots:
    void initTestCase()
    {
        m_data.series = {TimeSeries::fromValues(std::vector<double>(30, 10.0)), TimeSeries::fromValues(std::vector<double>(30, 20.0))};
        m_data.endPeriod = 30;
        m_spec.horizon = kHorizon;
        m_spec.quantiles = {0.1, 0.5, 0.9};
    }

    void perItemChoiceWinsWhenItemsDiffer()
    {
        // X is right for A and wrong for B in both windows; Y the other way round.
        const std::vector<BacktestResult> board{candidate("x", {{10, 40}, {10, 40}}), candidate("y", {{30, 20}, {30, 20}})};
        const auto decision = chooseAutoMode(m_data, m_spec, board);
        QVERIFY(decision);
        QCOMPARE(decision->mode, AutoMode::Item);
        QCOMPARE(decision->trials.size(), comparableAutoModes().size());
        for (const AutoModeTrial& t : decision->trials)
            if (t.mode == AutoMode::Item) QCOMPARE(t.meanWql, 0.0);
    }

    void averagingWinsWhenTheOlderWindowMisleads()
    {
        // The older window favours X on A (10.5 against 9), but in the newest X is 2 over and Y
        // 2 under: any single choice errs by 2, their average is exact.
        const std::vector<BacktestResult> board{candidate("x", {{12, 20}, {10.5, 20}}), candidate("y", {{8, 20}, {9, 20}})};
        const auto decision = chooseAutoMode(m_data, m_spec, board);
        QVERIFY(decision);
        QCOMPARE(decision->mode, AutoMode::Ensemble); // ties with item-ensemble go to the earlier mode
        QCOMPARE(decision->trials.front().mode, AutoMode::Dataset);
        QVERIFY(decision->trials.front().meanWql > 0);
    }

    void needsTwoKeptWindows()
    {
        QVERIFY(!chooseAutoMode(m_data, m_spec, {candidate("x", {{10, 20}})}));
        QVERIFY(!chooseAutoMode(m_data, m_spec, {candidate("x", {})}));
    }

    void averageOfForecasts()
    {
        const SeriesForecast a = flat(2), b = flat(6);
        const SeriesForecast mean = averageForecasts({&a, &b});
        QCOMPARE(mean.mean.front(), 4.0);
        QCOMPARE(mean.quantiles[2][4], 4.0);
    }

    void modeNames_data()
    {
        QTest::addColumn<QString>("name");
        for (const char* name : {"best", "dataset", "item", "ensemble", "item-ensemble"}) QTest::newRow(name) << QString::fromLatin1(name);
    }
    void modeNames()
    {
        QFETCH(QString, name);
        const auto mode = autoModeFromName(name.toStdString());
        QVERIFY(mode);
        QCOMPARE(QString::fromLatin1(autoModeName(*mode)), name);
    }
};

QTEST_APPLESS_MAIN(TestAutoModeChoice)
#include "tst_automodechoice.moc"
