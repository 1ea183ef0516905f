#pragma once
// Re-syncing a stored dataset with its source (the cloud service's dataset import jobs): the
// new rows replace the stored ones, or are appended to them, in one transaction; predictors
// trained on the dataset then score their earlier forecasts on whatever actuals arrived.
#include "store/ProjectFile.h"

#include <string>

namespace almanac {

enum class ResyncMode { Replace, Append };

struct ResyncResult {
    DatasetInfo dataset;
    int evaluations = 0; // monitoring evaluations added
};

// rows must have the stored dataset's columns (names and types); the dataset's frequency and
// preparation settings are kept. A failure leaves the project as it was.
Result<ResyncResult> resyncDataset(ProjectFile& project, const std::string& name, const LoadedDataset& rows,
                                   ResyncMode mode, const JobContext& job = {});

} // namespace almanac
