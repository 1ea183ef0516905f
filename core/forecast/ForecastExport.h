#pragma once
#include "forecast/ForecastRecipe.h"
#include "store/ProjectFile.h"
#include "util/Status.h"

#include <string>
#include <vector>

namespace almanac {

// Writes item_id[,dimensions],date,pNN...[,mean] (DESIGN §5), one row per series and future
// period, to CSV or XLSX by the file's extension.
Status writeForecasts(const std::string& path, const SeriesSet& data, const ForecastSpec& spec,
                      const std::vector<SeriesForecast>& forecasts, bool includeMean);

// The same columns for a forecast read back from a project.
Status writeStoredForecast(const std::string& path, const LoadedForecast& forecast,
                           const std::vector<std::string>& dimensionNames, bool includeMean);

} // namespace almanac
