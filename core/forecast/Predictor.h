#pragma once
// A trained predictor (DESIGN §4): what a forecasting recipe, or auto's choice among recipes,
// estimated from each series of a dataset, kept so that forecasts can be made again and again
// from it — on the same data, bit-identically to the forecast made at training, or on newer data
// of the same items, with the estimates applied and nothing re-estimated.
#include "forecast/Backtest.h"
#include "forecast/ForecastRecipe.h"

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace almanac {

struct SeriesKey {
    std::string itemId;
    std::vector<std::string> dimensions;
    bool operator<(const SeriesKey& o) const
    {
        return itemId != o.itemId ? itemId < o.itemId : dimensions < o.dimensions;
    }
};

// One recipe (with its settings) the predictor forecasts with, and its models of the series it
// serves; auto's ensembles average several members per series.
struct PredictorMember {
    std::string recipe;
    std::map<std::string, std::string> parameters; // beyond the predictor's own
    bool rescale = false;     // stretch the band by spreadFactor (from the backtest)
    double spreadFactor = 1.0;
    std::vector<std::unique_ptr<SeriesModel>> models; // [series of the predictor]; null where unused
    std::unique_ptr<GlobalModel> global;               // a global recipe's one model, else null
};

class Predictor {
public:
    static constexpr uint32_t kFormatVersion = 2; // 2: global members

    Predictor() = default;
    Predictor(Predictor&&) = default;
    Predictor& operator=(Predictor&&) = default;
    Predictor(const Predictor&) = delete;
    Predictor& operator=(const Predictor&) = delete;

    std::string label;                 // "ets", "auto-item", "prophet(changepoint_prior=0.5)"
    ForecastSpec spec;                 // as trained: horizon, quantiles, frequency, season, seed, parameters
    std::vector<std::string> dimensionNames;
    std::vector<std::string> featureNames;
    std::vector<SeriesKey> series;
    std::vector<PredictorMember> members;
    std::vector<std::vector<uint32_t>> membersOfSeries; // [series] indices into members

    // Forecasts data's series with the stored estimates. Series the predictor has never seen are
    // forecast by its global members (cold start); without one they get no forecast and their
    // indices into data go to unknown. spec's horizon, quantiles and seed are
    // the predictor's; threads are the caller's.
    Status forecast(const SeriesSet& data, std::vector<SeriesForecast>& out, std::vector<size_t>& unknown,
                    int threads, const JobContext& job = {}) const;

    // Whether a member learnt across items, and so can forecast an item without history.
    bool hasGlobalMember() const;

    std::vector<uint8_t> toBytes() const;
    static Result<Predictor> fromBytes(const std::vector<uint8_t>& bytes);
};

// What each series is forecast with: the members (without models yet) and, per series, which.
struct PredictorPlan {
    std::string label;
    std::vector<PredictorMember> members;
    std::vector<std::vector<uint32_t>> membersOfSeries;
    // [member][series], optional: a model of an older history of the series (the newest backtest
    // window's) for the member to refit from instead of fitting from scratch.
    std::vector<std::vector<KeptModel>> startingModels;
};

// Fits every member's recipe to the series it serves.
Result<Predictor> fitPredictor(const SeriesSet& data, const ForecastSpec& spec, PredictorPlan plan,
                               const JobContext& job = {});

} // namespace almanac
