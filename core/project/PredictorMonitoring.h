#pragma once
// Monitoring a predictor as the cloud console does: each forecast made from it is scored on the
// actuals that arrive after its origin (an import --mode append|replace), and the history of
// those scores is kept beside the predictor's backtest figures, its baseline.
#include "store/ProjectFile.h"

#include <map>
#include <string>
#include <vector>

namespace almanac {

// Scores every forecast of the predictor that has actuals it was not yet scored on, and stores
// the new evaluations. Returns how many were added.
Result<int> evaluatePredictor(ProjectFile& project, const std::string& predictor, const JobContext& job = {});

// Evaluates every predictor trained on dataset (after its rows changed).
Result<int> evaluatePredictorsOf(ProjectFile& project, const std::string& dataset, const JobContext& job = {});

// The same history as numbers, for a chart: each evaluation's metrics by name ("mean_wQL",
// "WAPE", "RMSE", "MAPE", "MASE", "coverage"...), the baseline's, and when the predictor was
// retrained. Reads no model state.
struct MonitoringHistory {
    struct Point {
        std::string forecast;
        int64_t origin = 0;       // Unix seconds
        std::string evaluatedAt;  // ISO-8601
        std::map<std::string, double> metrics;
    };
    std::map<std::string, double> baseline; // the backtest's overall metrics
    std::vector<Point> points;              // oldest evaluation first
    std::vector<std::string> retrainedAt;   // ISO-8601, newest first
    double driftRatio = 0;                  // latest mean wQL / baseline mean wQL (NaN: nothing to compare)
};
Result<MonitoringHistory> monitoringHistory(ProjectFile& project, const StoredModel& predictor);

struct MonitoringReport {
    std::string json;          // baseline, evaluations, drift
    double driftRatio = 0;     // latest mean wQL / baseline mean wQL (NaN: nothing to compare)
};
Result<MonitoringReport> monitoringReport(ProjectFile& project, const std::string& predictor);

} // namespace almanac
