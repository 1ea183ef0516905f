#include "recommend/RankingReport.h"

#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>

namespace almanac {

Status writeRankingMetricsJson(const std::string& path, const std::string& chosen,
                               const std::vector<std::pair<std::string, RankingMetrics>>& leaderboard)
{
    auto rounded = [](double v) { return std::round(v * 1e6) / 1e6; };
    nlohmann::json out;
    out["recipe"] = chosen;
    out["leaderboard"] = nlohmann::json::array();
    for (const auto& [name, m] : leaderboard) {
        nlohmann::json j = {{"recipe", name}, {"users", m.users}, {"MRR@25", rounded(m.mrr25)}, {"coverage", rounded(m.coverage)}};
        for (const auto& [k, v] : m.precision) j["precision@" + std::to_string(k)] = rounded(v);
        for (const auto& [k, v] : m.recall) j["recall@" + std::to_string(k)] = rounded(v);
        for (const auto& [k, v] : m.ndcg) j["NDCG@" + std::to_string(k)] = rounded(v);
        out["leaderboard"].push_back(j);
        if (name == chosen) out["metrics"] = j;
    }
    std::ofstream file(path, std::ios::binary);
    file << out.dump(2) << "\n";
    if (!file) return Status::ioError(path + ": write failed");
    return Status::ok();
}

} // namespace almanac
