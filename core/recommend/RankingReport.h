#pragma once
#include "recommend/RecommendTuning.h"
#include "util/Status.h"

#include <string>
#include <utility>
#include <vector>

namespace almanac {

// The recommend --metrics JSON: the chosen (first) trial and every trial's holdout metrics.
Status writeRankingMetricsJson(const std::string& path, const std::vector<RecommendTrial>& trials);
std::string rankingMetricsJson(const std::vector<RecommendTrial>& trials);

} // namespace almanac
