#pragma once
#include "forecast/ForecastRecipe.h"
#include "util/Status.h"

#include <string>
#include <vector>

namespace almanac {

// Writes item_id[,dimensions],date,pNN...[,mean] (DESIGN §5), one row per series and future
// period, to CSV or XLSX by the file's extension.
Status writeForecasts(const std::string& path, const SeriesSet& data, const ForecastSpec& spec,
                      const std::vector<SeriesForecast>& forecasts, bool includeMean);

} // namespace almanac
