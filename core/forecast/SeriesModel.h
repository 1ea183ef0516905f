#pragma once
// What a local recipe estimated from one series (fit → model → predict). A model is
// self-contained: it holds the estimates (smoothing parameters and initial states, ARIMA
// coefficients, a trend and its changepoints), never pointers into the data it was fitted on,
// and forecasts a series (the training history or a newer one of the same item) by applying
// them, the states filtered forward through whatever history it is given.
#include "util/ModelBytes.h"

namespace almanac {

class SeriesModel {
public:
    virtual ~SeriesModel() = default;
    // The byte form; the recipe's readSeriesModel() reads it back.
    virtual void write(ByteWriter& out) const = 0;
};

// The model of a recipe that estimates nothing (naive, seasonal naive, NPTS), or of a series too
// short for the recipe, which is then forecast by the naive rule.
class RuleSeriesModel final : public SeriesModel {
public:
    void write(ByteWriter&) const override {}
};

// What a global recipe (DeepAR, CNN-QR) learned from all the series of a dataset at once: one
// model that forecasts any series of the kind, also items it never saw in training (cold start).
class GlobalModel {
public:
    virtual ~GlobalModel() = default;
    virtual void write(ByteWriter& out) const = 0;
};

} // namespace almanac
