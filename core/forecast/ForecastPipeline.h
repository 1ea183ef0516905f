#pragma once
// Data in, forecasts out: preparation, the recipe, and the result, shared by the CLI, the demo
// and the workbench.
#include "data/RelatedSeries.h"
#include "data/SeriesPreparation.h"
#include "forecast/ForecastRecipe.h"

#include <string>

namespace almanac {

struct ForecastRun {
    std::string recipe;
    SeriesSet series;
    ForecastSpec spec;
    std::vector<SeriesForecast> forecasts;
};

struct ForecastInputs {
    const LoadedDataset* target = nullptr;
    const LoadedDataset* related = nullptr; // optional
    PreparationOptions preparation;
    RelatedPreparationOptions relatedPreparation;
};

// spec.frequency is filled in from the prepared series.
Result<ForecastRun> runForecast(const ForecastInputs& inputs, ForecastSpec spec, const std::string& recipeName,
                                const JobContext& job = {});

} // namespace almanac
