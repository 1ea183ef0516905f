#pragma once
// Aligns related time series (price, promotion, weather...) with the target series, through the
// forecast horizon, so that recipes with regressors read one value per period and feature.
//
// Defaults: several rows in a period are averaged; a missing value takes the last one before it
// (or, before the first observation, the first one); after the related data ends inside the
// history (back fill) the last value carries on. A column is a regressor only when its future is
// known: one with no value in the horizon is not carried forward as if it were (unless the
// analyst chose a future fill), but left out and said so. The target column is never a
// regressor, and a column that (nearly) copies the target is refused.
#include "data/SeriesPreparation.h"

#include <string>
#include <vector>

namespace almanac {

struct RelatedPreparationOptions {
    Aggregation aggregation = Aggregation::Mean;
    FillRule middleFill{FillRule::Method::Last};
    FillRule backFill{FillRule::Method::Last};
    FillRule futureFill{FillRule::Method::Last};
    bool futureFillChosen = false;              // futureFill also fills columns without any future values
    std::vector<std::string> columns;           // the regressors to use; empty: every numeric column
    std::vector<std::string> historicalColumns; // observed only up to the forecast origin
};

// Fills target.series[i].features and target.featureNames from the related dataset's numeric
// feature columns. Rows are matched on the item and on those dimensions both datasets have.
// What was left out, and why, is appended to notes (one sentence each) when given.
Status attachRelatedSeries(const LoadedDataset& related, SeriesSet& target, int horizon,
                           const RelatedPreparationOptions& options = {}, std::vector<std::string>* notes = nullptr);
// The same, freeing the related table's columns as they are read (the table is left empty):
// for callers that load a large file only to attach it.
Status attachRelatedSeries(LoadedDataset&& related, SeriesSet& target, int horizon,
                           const RelatedPreparationOptions& options = {}, std::vector<std::string>* notes = nullptr);

} // namespace almanac
