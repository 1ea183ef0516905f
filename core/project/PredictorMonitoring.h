#pragma once
// Monitoring a predictor as the cloud console does: each forecast made from it is scored on the
// actuals that arrive after its origin (an import --mode append|replace), and the history of
// those scores is kept beside the predictor's backtest figures, its baseline.
#include "store/ProjectFile.h"

#include <string>

namespace almanac {

// Scores every forecast of the predictor that has actuals it was not yet scored on, and stores
// the new evaluations. Returns how many were added.
Result<int> evaluatePredictor(ProjectFile& project, const std::string& predictor, const JobContext& job = {});

// Evaluates every predictor trained on dataset (after its rows changed).
Result<int> evaluatePredictorsOf(ProjectFile& project, const std::string& dataset, const JobContext& job = {});

struct MonitoringReport {
    std::string json;          // baseline, evaluations, drift
    double driftRatio = 0;     // latest mean wQL / baseline mean wQL (NaN: nothing to compare)
};
Result<MonitoringReport> monitoringReport(ProjectFile& project, const std::string& predictor);

} // namespace almanac
