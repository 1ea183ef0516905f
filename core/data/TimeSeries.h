#pragma once
#include "data/Frequency.h"

#include <cstdint>
#include <string>
#include <vector>

namespace almanac {

// One regular series: values[i] belongs to period firstPeriod + i. NaN marks a missing value.
struct TimeSeries {
    std::string itemId;
    std::vector<std::string> dimensions; // values of the dimension columns, in their order
    int64_t firstPeriod = 0;
    std::vector<double> values;
    // Related series aligned with this one: features[f][i] belongs to period firstPeriod + i and
    // runs past endPeriod() through the forecast horizon (known future prices, promotions...).
    std::vector<std::vector<double>> features;
    // Related series known only up to the forecast origin (historical-only columns: footfall,
    // temperature measured, a competitor's sales): pastFeatures[f][i] belongs to period
    // firstPeriod + i and ends with the history. Read only by recipes that take past covariates.
    std::vector<std::vector<double>> pastFeatures;
    // The item's metadata (category, brand...), one value per SeriesSet::attributeNames; empty
    // where the item metadata does not list the item.
    std::vector<std::string> attributes;

    int64_t endPeriod() const { return firstPeriod + int64_t(values.size()); } // one past the last

    static TimeSeries fromValues(std::vector<double> values)
    {
        TimeSeries s;
        s.values = std::move(values);
        return s;
    }
};

// How the preparation treated what the rows did not give (for the import report and the CLI's
// notes): cells without a value, periods without a row, and stretches in which no series has a
// row at all (the data was not collected then; with the automatic rule they stay missing).
struct MissingDataSummary {
    size_t emptyValues = 0;       // periods whose rows all had an empty target cell
    size_t absentPeriods = 0;     // periods inside a series without a row, filled by the middle rule
    size_t collectionGaps = 0;    // stretches of at least longGap periods without a row in any series
    size_t collectionGapPeriods = 0;
    int64_t longestGapStart = 0;  // period index of the longest such stretch
    int64_t longestGapLength = 0;
    size_t missingValues = 0;     // values left missing (NaN) inside series
};

struct SeriesSet {
    Frequency frequency;
    MissingDataSummary missing;
    std::vector<std::string> dimensionNames;
    std::vector<std::string> featureNames; // of TimeSeries::features
    std::vector<std::string> pastFeatureNames; // of TimeSeries::pastFeatures
    std::vector<std::string> attributeNames;   // of TimeSeries::attributes (item metadata)
    std::string targetColumn;              // the target's header in its file: never a regressor
    std::vector<TimeSeries> series;
    int64_t endPeriod = 0; // one past the last period of the dataset
    // Items to forecast that have no target history (cold start): known from the related series
    // or the item metadata only. Each starts at endPeriod with no values; its features cover the
    // horizon. Kept apart because only recipes that learn across items can forecast them.
    std::vector<TimeSeries> coldItems;

    // The same description (frequency, columns, end) with no series: for subsets and windows.
    SeriesSet withoutSeries() const
    {
        SeriesSet out;
        out.frequency = frequency;
        out.dimensionNames = dimensionNames;
        out.featureNames = featureNames;
        out.pastFeatureNames = pastFeatureNames;
        out.attributeNames = attributeNames;
        out.targetColumn = targetColumn;
        out.endPeriod = endPeriod;
        return out;
    }
};

} // namespace almanac
