#pragma once
#include "jobs/JobContext.h"
#include "sample/SampleData.h"
#include "util/Status.h"

#include <string>

namespace almanac {

// The dataset names of the sample project.
struct SampleDatasetNames {
    static constexpr const char* retailDemand = "retail_demand";
    static constexpr const char* retailRelated = "retail_prices";
    static constexpr const char* retailItems = "retail_items";
    static constexpr const char* shopInteractions = "shop_interactions";
    static constexpr const char* shopItems = "shop_items";
    static constexpr const char* shopUsers = "shop_users";
};

// Creates a new project file holding every sample dataset, imported as a user would.
Status createSampleProject(const std::string& path, const SampleOptions& options, const JobContext& job = {});
// The same from files generated (and perhaps cut) beforehand; seed is recorded in the job history.
Status createSampleProject(const std::string& path, const SampleFiles& files, uint64_t seed, const JobContext& job = {});

// Writes the sample's CSV files into a folder (created if needed).
Status writeSampleCsvFiles(const SampleFiles& files, const std::string& folder);

} // namespace almanac
