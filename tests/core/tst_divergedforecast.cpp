// A recipe whose fit diverged forecasts NaN or infinity; the run must fail naming the item and
// the recipe, never write empty cells under a success (issue 11). The recipe here is the test's
// own, registered as a plugin's would be, so it stays out of the other suites' registry sweeps.
#include "forecast/ForecastPipeline.h"
#include "forecast/ForecastRecipes.h"

#include <QtTest/QtTest>
#include <limits>

using namespace almanac;

namespace {

class DivergingRecipe : public ForecastRecipe {
public:
    explicit DivergingRecipe(double value) : m_value(value) {}
    std::string name() const override { return m_value != m_value ? "diverging-nan" : "diverging-inf"; }
    std::string description() const override { return "forecasts a non-finite value, as a diverged fit would"; }
    Result<SeriesForecast> forecastSeries(const TimeSeries&, const ForecastSpec& spec) const override
    {
        SeriesForecast f;
        f.mean.assign(size_t(spec.horizon), m_value);
        f.quantiles.assign(spec.quantiles.size(), std::vector<double>(size_t(spec.horizon), m_value));
        return f;
    }

private:
    double m_value;
};

} // namespace

class TestDivergedForecast : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        registerForecastRecipe("diverging-nan", [] { return std::make_unique<DivergingRecipe>(std::numeric_limits<double>::quiet_NaN()); });
        registerForecastRecipe("diverging-inf", [] { return std::make_unique<DivergingRecipe>(std::numeric_limits<double>::infinity()); });
    }

    void nonFiniteForecastsAreAnError_data()
    {
        QTest::addColumn<QString>("recipe");
        QTest::newRow("NaN") << "diverging-nan";
        QTest::newRow("infinity") << "diverging-inf";
    }
    void nonFiniteForecastsAreAnError()
    {
        QFETCH(QString, recipe);
        auto data = loadDatasetFromString("item_id,timestamp,target_value\nA,2024-01-01,1\nA,2024-01-02,2\nA,2024-01-03,3\n", "t.csv",
                                          ImportOptions{});
        QVERIFY(data.isOk());
        ForecastInputs inputs;
        inputs.target = &*data;
        ForecastSpec spec;
        spec.horizon = 2;
        auto run = runForecast(inputs, spec, recipe.toStdString());
        QVERIFY(!run.isOk());
        const QString message = QString::fromStdString(run.status().message());
        QVERIFY2(message.contains(QStringLiteral("item A")) && message.contains(recipe) && message.contains(QStringLiteral("non-finite")),
                 qPrintable(message));
    }
};

QTEST_APPLESS_MAIN(TestDivergedForecast)
#include "tst_divergedforecast.moc"
