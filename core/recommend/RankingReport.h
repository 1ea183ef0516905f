#pragma once
#include "recommend/RankingMetrics.h"
#include "util/Status.h"

#include <string>
#include <utility>
#include <vector>

namespace almanac {

// The recommend --metrics JSON: the chosen recipe and each evaluated recipe's holdout metrics.
Status writeRankingMetricsJson(const std::string& path, const std::string& chosen,
                               const std::vector<std::pair<std::string, RankingMetrics>>& leaderboard);

} // namespace almanac
