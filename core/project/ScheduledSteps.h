#pragma once
// What a schedule does when it runs: a short list of steps, the same ones an analyst would type
// (`import sales=/data/sales.csv; retrain weekly; forecast weekly; export /out/forecast.csv`),
// carried out in order on the project, each step's failure stopping the run.
#include "store/ProjectFile.h"

#include <string>
#include <vector>

namespace almanac {

struct ScheduledStep {
    enum class Kind { Import, Retrain, Forecast, Export };
    Kind kind = Kind::Import;
    std::string target;   // dataset (import), model (retrain, forecast) or file (export)
    std::string file;     // import: the CSV
    bool append = false;  // import: append rather than replace
};

// Parses "import NAME=PATH [append]; retrain MODEL; forecast PREDICTOR; export PATH". An error
// names the step and what is wrong with it.
Result<std::vector<ScheduledStep>> parseScheduledSteps(const std::string& text);

// 0 when valid: "daily", "weekly", "hourly", or a five-field cron expression.
Status validateScheduleInterval(const std::string& every);

// Runs the steps; the run is a job in the project's history with its outcome. Returns what was
// done, one line a step.
Result<std::vector<std::string>> runScheduledSteps(ProjectFile& project, const std::string& scheduleName,
                                                   const std::vector<ScheduledStep>& steps, const JobContext& job = {});

} // namespace almanac
