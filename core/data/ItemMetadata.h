#pragma once
// Item metadata (category, brand, department...) for forecasting: each item's categorical
// attributes, which global recipes embed so that items of a kind share what they learn, and
// through which an item with no history at all (cold start) can be forecast.
#include "data/DatasetLoader.h"
#include "data/TimeSeries.h"

#include <string>
#include <vector>

namespace almanac {

// Fills series.attributeNames and every series' (and cold item's) attributes from the item
// metadata's text columns. Items the metadata lists that have no target history become cold
// items when they can be forecast: when the target has no dimension columns (a metadata row
// names a whole series) and no related series are in use (a cold item would lack them);
// otherwise the related series are what bring cold items in. What was left out, and why, is
// appended to notes.
Status attachItemMetadata(const LoadedDataset& items, SeriesSet& series, std::vector<std::string>* notes = nullptr);

} // namespace almanac
