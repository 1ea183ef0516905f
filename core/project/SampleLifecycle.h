#pragma once
// The sample project as an analyst returning to it would have it: a predictor was trained on the
// retail demand, the last four weeks of actuals arrived after it (an append import), its forecast
// was scored on them (monitoring), and a newer forecast was made from it on the current data.
// The workbench's first start and `almanac-cli sample` build it, so every view has content.
#include "jobs/JobContext.h"
#include "sample/SampleData.h"
#include "util/Status.h"

#include <string>

namespace almanac {

constexpr const char* kSamplePredictor = "retail_demand-ets";
constexpr int kSampleArrivingDays = 28;

Status createSampleProjectWithPredictor(const std::string& path, const SampleOptions& options, int threads,
                                        const JobContext& job = {});

} // namespace almanac
