#pragma once
#include "forecast/ForecastRecipe.h"

namespace almanac {

// Tomorrow looks like today: the last observed value, with intervals from the history of
// one-step, two-step... changes.
class NaiveRecipe : public ForecastRecipe {
public:
    std::string name() const override { return "naive"; }
    std::string description() const override;
    Result<SeriesForecast> forecastSeries(const TimeSeries& series, const ForecastSpec& spec) const override;
};

// Next week looks like this week: the value one season ago, with intervals from the history of
// season-on-season changes. Falls back to naive when the history is shorter than a season.
class SeasonalNaiveRecipe : public ForecastRecipe {
public:
    std::string name() const override { return "snaive"; }
    std::string description() const override;
    Result<SeriesForecast> forecastSeries(const TimeSeries& series, const ForecastSpec& spec) const override;
};

} // namespace almanac
