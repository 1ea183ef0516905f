#pragma once
// The recipe interface (DESIGN §7, a registry like LightGBM's objectives): each recipe is one
// class, created by name from ForecastRecipeRegistry. Local recipes (one model per series)
// implement forecastSeries(); global recipes (one model for all series, such as DeepAR) override
// forecastAll() as a whole.
#include "data/Frequency.h"
#include "data/TimeSeries.h"
#include "jobs/JobContext.h"
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
};

} // namespace almanac
