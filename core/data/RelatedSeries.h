#pragma once
// Aligns related time series (price, promotion, weather...) with the target series, through the
// forecast horizon, so that recipes with regressors read one value per period and feature.
//
// Defaults: several rows in a period are averaged; a missing value takes the last one before it
// (or, before the first observation, the first one); after the related data ends, both inside
// the history (back fill) and in the forecast horizon (future fill), the last value carries on.
#include "data/SeriesPreparation.h"

namespace almanac {

struct RelatedPreparationOptions {
    Aggregation aggregation = Aggregation::Mean;
    FillRule middleFill{FillRule::Method::Last};
    FillRule backFill{FillRule::Method::Last};
    FillRule futureFill{FillRule::Method::Last};
};

// Fills target.series[i].features and target.featureNames from the related dataset's numeric
// feature columns. Rows are matched on the item and on those dimensions both datasets have.
Status attachRelatedSeries(const LoadedDataset& related, SeriesSet& target, int horizon,
                           const RelatedPreparationOptions& options = {});

} // namespace almanac
