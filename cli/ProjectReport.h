#pragma once
#include "store/ProjectFile.h"

#include <string>
#include <vector>

namespace almanac::cli {

std::string projectInfoJson(const ProjectFile& project, const std::vector<DatasetInfo>& datasets,
                            const std::vector<std::string>& forecasts, const std::vector<StoredModel>& models = {});
std::string projectInfoText(const ProjectFile& project, const std::vector<DatasetInfo>& datasets,
                            const std::vector<std::string>& forecasts, const std::vector<StoredModel>& models = {});

} // namespace almanac::cli
