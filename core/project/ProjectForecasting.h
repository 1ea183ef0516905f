#pragma once
// Forecasting a dataset already stored in a project: read it with the preparation chosen at
// import, run the recipe (or auto) with backtests, and store the forecast and its metrics in one
// transaction. The workbench's Train and `forecast --project P --dataset NAME` both use it.
#include "forecast/ForecastPipeline.h"
#include "store/ProjectFile.h"

#include <string>

namespace almanac {

struct ProjectForecastRequest {
    std::string dataset;
    std::string relatedDataset;  // optional
    std::vector<std::string> relatedColumns;    // of relatedDataset; empty: every numeric column
    std::vector<std::string> historicalColumns; // of relatedDataset: known only up to the origin
    std::string recipe = "auto";
    std::string forecastName;    // empty: "<dataset>-<recipe>-<n>"
    ForecastSpec spec;
    BacktestOptions backtest;
    AutoMode autoMode = AutoMode::Best;
    double timeBudgetSeconds = 0;
    bool store = true; // keep the forecast and its metrics in the project
};

struct ProjectForecastResult {
    std::string forecastName;
    ForecastRun run;
};

// Cancelling leaves the project as it was.
Result<ProjectForecastResult> forecastProjectDataset(ProjectFile& project, const ProjectForecastRequest& request,
                                                     const JobContext& job = {});

} // namespace almanac
