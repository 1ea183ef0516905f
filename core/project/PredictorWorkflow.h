#pragma once
// The predictor lifecycle (the cloud service's predictor): train a recipe (or auto) on a stored
// target dataset and keep the trained models in the project; forecast from them later, on the
// dataset as it is then, without refitting; retrain with the same settings. The CLI, the
// workbench and the server call these.
#include "forecast/ForecastPipeline.h"
#include "forecast/Predictor.h"
#include "store/ProjectFile.h"

#include <string>

namespace almanac {

constexpr const char* kPredictorKind = "predictor";

struct TrainPredictorRequest {
    std::string name;            // empty: "<dataset>-<recipe>"
    std::string dataset;
    std::string relatedDataset;  // optional
    std::vector<std::string> relatedColumns;    // of relatedDataset; empty: every numeric column
    std::vector<std::string> historicalColumns; // of relatedDataset: known only up to the origin
    std::string itemsDataset;    // optional item metadata: inputs of the global recipes, and cold start
    std::string recipe = "auto";
    ForecastSpec spec;
    BacktestOptions backtest;    // the metrics kept with the predictor come from this backtest
    AutoMode autoMode = AutoMode::Best;
    double timeBudgetSeconds = 0;
    // As the one-shot forecast: the recipes that calibrate by default do; --calibrate for all.
    bool calibrate = false;
    bool neverCalibrate = false;
    bool replace = false;        // store over the model of the same name (retrain)
    // Also keep the training run's forecast (with its backtest metrics) as the predictor's first
    // forecast, tied to it for monitoring, in the same transaction: the workbench's Train.
    bool storeForecast = false;
    std::string forecastName;    // with storeForecast; empty: "<predictor>-forecast"
};

struct TrainedPredictor {
    StoredModel stored; // as kept (without repeating its state)
    ForecastRun run;    // the training run: series, forecasts at training time, leaderboard
    std::string forecastName; // with storeForecast
};

// Cancelling leaves the project as it was.
Result<TrainedPredictor> trainPredictor(ProjectFile& project, const TrainPredictorRequest& request,
                                        const JobContext& job = {});

// The request a stored predictor was trained with (for retrain).
Result<TrainPredictorRequest> trainingRequestOf(const StoredModel& model);

struct PredictorLoaded {
    StoredModel stored;
    Predictor predictor;
    TrainPredictorRequest request;
};
Result<PredictorLoaded> loadPredictor(ProjectFile& project, const std::string& name);

struct PredictorForecastRequest {
    std::string predictor;
    std::string dataset;          // empty: the one it was trained on
    std::string relatedDataset;   // empty: the one it was trained with
    std::string forecastName;     // empty: "<predictor>-forecast-N"
    int threads = 0;
    bool store = true;            // keep the forecast (and tie it to the predictor for monitoring)
};

struct PredictorForecast {
    std::string forecastName;     // empty when not stored
    SeriesSet series;             // those forecast (items the predictor does not know are left out)
    ForecastSpec spec;
    std::vector<SeriesForecast> forecasts;
    std::vector<std::string> unknownItems;
    std::vector<std::string> notes; // what the analyst should know (cold items, columns left out)
};

Result<PredictorForecast> forecastFromPredictor(ProjectFile& project, const PredictorForecastRequest& request,
                                                const JobContext& job = {});

// Trains the predictor again, with the settings it was trained with, on its dataset as it is now.
// Without newName the stored model is replaced (its forecasts and monitoring history stay with
// it); with one, the new predictor is stored beside the old.
Result<TrainedPredictor> retrainPredictor(ProjectFile& project, const std::string& name, const std::string& newName,
                                          int threads, const JobContext& job = {});

// A digest of the prepared series (items, periods, values, related series) a model saw.
std::string seriesFingerprint(const SeriesSet& data);

} // namespace almanac
