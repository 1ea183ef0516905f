#pragma once
// The recipe interface (DESIGN §7, a registry like LightGBM's objectives): each recipe is one
// class, created by name from ForecastRecipeRegistry. Local recipes (one model per series) split
// into fitSeries() → SeriesModel → forecastFromModel(); forecastSeries() is the two in a row, so
// a stored model forecasts bit-identically to a fresh fit on the same data. Recipes that estimate
// nothing (naive, NPTS) keep the defaults: an empty model and their rule applied to the data.
#include "data/Frequency.h"
#include "data/TimeSeries.h"
#include "forecast/SeriesModel.h"
#include "jobs/JobContext.h"
#include "util/RecipeParameters.h"
#include "util/Status.h"

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace almanac {

struct ForecastSpec {
    int horizon = 1;
    std::vector<double> quantiles = {0.1, 0.5, 0.9};
    Frequency frequency;
    int season = 0;        // 0: the frequency's default season
    uint64_t seed = 42;
    int threads = 0;       // 0: all cores
    std::map<std::string, std::string> parameters; // recipe hyper-parameters, by name
    // auto's economy (not stored with a predictor): a recipe that chooses among model forms
    // screens them cheaply and fits only the leaders fully (ETS: 3 of up to 15 forms).
    bool screenForms = false;

    int effectiveSeason() const { return season > 0 ? season : frequency.defaultSeason(); }
    // A hyper-parameter's text, or fallback when it was not given.
    std::string parameter(const std::string& name, const std::string& fallback) const
    {
        auto it = parameters.find(name);
        return it == parameters.end() ? fallback : it->second;
    }
};

struct SeriesForecast {
    std::vector<double> mean;                   // [horizon]
    std::vector<std::vector<double>> quantiles; // [quantile][horizon], non-decreasing across quantiles
};

class ForecastRecipe {
public:
    virtual ~ForecastRecipe() = default;
    virtual std::string name() const = 0;
    virtual std::string description() const = 0;
    virtual RecipeTraits traits() const { return {}; }
    // Every hyper-parameter the recipe reads, with its type, range and default.
    virtual std::vector<ParameterSpec> parameters() const { return {}; }

    // Hyper-parameter settings worth trying when auto tunes the recipe; the first is the default.
    virtual std::vector<std::map<std::string, std::string>> searchSpace() const { return {{}}; }
    // True when the recipe's own intervals are known to run narrow (they leave out some source
    // of uncertainty): the pipeline then backtests it and scales its band by default.
    virtual bool intervalsNeedCalibration() const { return false; }

    // Forecasts every series of the set; the default runs forecastSeries() in parallel.
    virtual Status forecastAll(const SeriesSet& data, const ForecastSpec& spec,
                               std::vector<SeriesForecast>& out, const JobContext& job) const;

    // One series' forecast, for local recipes; global recipes may leave it unimplemented.
    virtual Result<SeriesForecast> forecastSeries(const TimeSeries& series,
                                                  const ForecastSpec& spec) const = 0;

    // What the recipe estimates from one series.
    virtual Result<std::unique_ptr<SeriesModel>> fitSeries(const TimeSeries& series, const ForecastSpec& spec) const;
    // Forecasts series (the fitted history, or a newer one of the same item) with model's estimates.
    virtual Result<SeriesForecast> forecastFromModel(const SeriesModel& model, const TimeSeries& series,
                                                     const ForecastSpec& spec) const;
    // Reads what the recipe's model wrote.
    virtual Result<std::unique_ptr<SeriesModel>> readSeriesModel(ByteReader& in) const;
    // Fits series, a newer history of the item `older` was fitted to, keeping what older chose
    // (ETS's form, ARIMA's orders and regressors) and re-estimating its coefficients from older's.
    // auto fits its newer backtest windows and its final models this way, so that each item's
    // structure search runs once. Recipes with no structure to keep fit from scratch.
    virtual Result<std::unique_ptr<SeriesModel>> refitSeries(const SeriesModel& older, const TimeSeries& series,
                                                             const ForecastSpec& spec) const;

    // Global recipes (traits().global): one model learnt from every series of data.
    virtual Result<std::unique_ptr<GlobalModel>> fitGlobal(const SeriesSet& data, const ForecastSpec& spec,
                                                           const JobContext& job) const;
    // Forecasts every series of data with model: the series it learnt from, newer data of them,
    // or items it never saw.
    virtual Status forecastFromGlobal(const GlobalModel& model, const SeriesSet& data, const ForecastSpec& spec,
                                      std::vector<SeriesForecast>& out, const JobContext& job) const;
    virtual Result<std::unique_ptr<GlobalModel>> readGlobalModel(ByteReader& in) const;

protected:
    // forecastSeries() for recipes that estimate: fit, then forecast from the model.
    Result<SeriesForecast> fitAndForecast(const TimeSeries& series, const ForecastSpec& spec) const;
};

// Base of the recipes that estimate something from each series: a forecast is a fit, then a
// forecast from that model.
class EstimatingForecastRecipe : public ForecastRecipe {
public:
    Result<SeriesForecast> forecastSeries(const TimeSeries& series, const ForecastSpec& spec) const final
    {
        return fitAndForecast(series, spec);
    }
    Result<std::unique_ptr<SeriesModel>> fitSeries(const TimeSeries& series, const ForecastSpec& spec) const override = 0;
    Result<SeriesForecast> forecastFromModel(const SeriesModel& model, const TimeSeries& series,
                                             const ForecastSpec& spec) const override = 0;
    Result<std::unique_ptr<SeriesModel>> readSeriesModel(ByteReader& in) const override = 0;
};

// Base of the global recipes: forecasting a set is fitting one model to it, then forecasting
// from that model; one series alone is a set of one.
class GlobalForecastRecipe : public ForecastRecipe {
public:
    Status forecastAll(const SeriesSet& data, const ForecastSpec& spec, std::vector<SeriesForecast>& out,
                       const JobContext& job) const final;
    Result<SeriesForecast> forecastSeries(const TimeSeries& series, const ForecastSpec& spec) const final;
    Result<std::unique_ptr<SeriesModel>> fitSeries(const TimeSeries& series, const ForecastSpec& spec) const final;
    Result<std::unique_ptr<GlobalModel>> fitGlobal(const SeriesSet& data, const ForecastSpec& spec,
                                                   const JobContext& job) const override = 0;
    Status forecastFromGlobal(const GlobalModel& model, const SeriesSet& data, const ForecastSpec& spec,
                              std::vector<SeriesForecast>& out, const JobContext& job) const override = 0;
    Result<std::unique_ptr<GlobalModel>> readGlobalModel(ByteReader& in) const override = 0;
};

// A stored model of the kind the recipe expects, or an error naming the recipe.
template <typename Model, typename Base>
Result<const Model*> modelAs(const Base& model, const std::string& recipe)
{
    const auto* typed = dynamic_cast<const Model*>(&model);
    if (!typed) return Status::invalidInput(recipe + ": the stored model belongs to another recipe");
    return typed;
}

// The parameters every forecasting recipe takes besides its own.
std::vector<ParameterSpec> commonForecastParameters();

} // namespace almanac
