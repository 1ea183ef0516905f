#include "recommend/RankingReport.h"

#include "util/AtomicFile.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace almanac {

std::string rankingMetricsJson(const std::vector<RecommendTrial>& trials)
{
    // Exact (shortest round-trip decimals), as the forecast metrics; null where not finite.
    auto rounded = [](double v) { return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr); };
    nlohmann::json out;
    out["recipe"] = trials.empty() ? "" : trials.front().recipe;
    out["parameters"] = trials.empty() ? nlohmann::json::object() : nlohmann::json(trials.front().parameters);
    out["leaderboard"] = nlohmann::json::array();
    for (const RecommendTrial& t : trials) {
        const RankingMetrics& m = t.metrics;
        nlohmann::json j = {{"recipe", t.recipe}, {"parameters", t.parameters}, {"users", m.users},
                            {"MRR@25", rounded(m.mrr25)}, {"coverage", rounded(m.coverage)}};
        for (const auto& [k, v] : m.precision) j["precision@" + std::to_string(k)] = rounded(v);
        for (const auto& [k, v] : m.recall) j["recall@" + std::to_string(k)] = rounded(v);
        for (const auto& [k, v] : m.ndcg) j["NDCG@" + std::to_string(k)] = rounded(v);
        if (out["leaderboard"].empty()) out["metrics"] = j;
        out["leaderboard"].push_back(j);
    }
    return out.dump(2) + "\n";
}

Status writeRankingMetricsJson(const std::string& path, const std::vector<RecommendTrial>& trials)
{
    return writeFileAtomically(path, rankingMetricsJson(trials));
}

} // namespace almanac
