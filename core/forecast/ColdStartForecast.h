#pragma once
// What a recipe that forecasts one series at a time can offer an item with no history (cold
// start): the average forecast of the items that share its metadata. Global recipes do better,
// learning from the related series and metadata how an item of the kind behaves.
#include "data/TimeSeries.h"
#include "forecast/ForecastRecipe.h"
#include "forecast/Predictor.h"

#include <string>
#include <vector>

namespace almanac {

// The items a cold item is averaged over: those of data.series sharing the most of its
// attribute and dimension values (at least one), else every series.
std::vector<size_t> metadataGroupOf(const SeriesSet& data, const TimeSeries& cold);

// For each of data.coldItems, the average (mean and each quantile, period by period) of
// forecasts[] over its metadata group; forecasts[i] belongs to data.series[i].
std::vector<SeriesForecast> metadataGroupAverages(const SeriesSet& data, const std::vector<SeriesForecast>& forecasts);

// Moves data.coldItems after data.series, their forecasts after `forecasts` (which belong to
// data.series): by the predictor's global model where it has one, else their metadata groups'
// average forecast. Says which in a note naming `recipe`; recipeOfSeries, when given, gets
// theirs.
Status appendColdItemForecasts(const Predictor* predictor, const std::string& recipe, SeriesSet& data,
                               std::vector<SeriesForecast>& forecasts, std::vector<std::string>* recipeOfSeries,
                               std::vector<std::string>& notes, int threads, const JobContext& job = {});

} // namespace almanac
