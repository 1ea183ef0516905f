#include "recommend/RecommendTuning.h"

#include "recommend/RecommendRecipes.h"

#include <algorithm>

namespace almanac {

std::string RecommendTrial::label() const
{
    std::string out = recipe;
    if (parameters.empty()) return out;
    out += "(";
    bool first = true;
    for (const auto& [k, v] : parameters) {
        out += (first ? "" : ", ") + k + "=" + v;
        first = false;
    }
    return out + ")";
}

Result<std::vector<RecommendTrial>> evaluateRecommenders(const std::vector<HoldoutSplit>& splits,
                                                         const std::vector<std::string>& recipes, const RecommendSpec& base,
                                                         bool search, const JobContext& job)
{
    std::vector<RecommendTrial> trials;
    std::vector<std::pair<std::string, std::map<std::string, std::string>>> plan;
    for (const std::string& name : recipes) {
        auto recipe = recommendRecipes().create(name);
        if (!recipe) return Status::invalidInput("unknown recipe " + name);
        for (auto setting : search ? recipe->searchSpace() : std::vector<std::map<std::string, std::string>>{{}}) {
            for (const auto& [k, v] : base.parameters) setting[k] = v; // what the user fixed stays fixed
            plan.emplace_back(name, setting);
        }
    }
    // Settings that collapse to the same parameters are evaluated once.
    std::sort(plan.begin(), plan.end());
    plan.erase(std::unique(plan.begin(), plan.end()), plan.end());
    for (size_t t = 0; t < plan.size(); ++t) {
        auto recipe = recommendRecipes().create(plan[t].first);
        RecommendSpec spec = base;
        spec.parameters = plan[t].second;
        RecommendTrial trial{plan[t].first, plan[t].second, {}, 0.0};
        bool applies = true;
        for (size_t f = 0; f < splits.size() && applies; ++f) {
            const double from = (double(t) + double(f) / double(splits.size())) / double(plan.size());
            const double to = (double(t) + double(f + 1) / double(splits.size())) / double(plan.size());
            auto metrics = evaluateOnHoldout(*recipe, splits[f], spec, job.subRange(from, to));
            if (!metrics.isOk()) {
                if (metrics.status().code() != Status::Code::InvalidInput) return metrics.status();
                applies = false;
                break;
            }
            if (f == 0) trial.metrics = *metrics;
            trial.score += metrics->ndcg.at(10) / double(splits.size());
        }
        if (!applies) continue;
        trials.push_back(trial);
        job.reportMetric("NDCG@10", int(t + 1), trial.score, trial.label());
    }
    if (trials.empty()) return Status::invalidInput("no recommendation recipe applies to this data");
    std::stable_sort(trials.begin(), trials.end(),
                     [](const RecommendTrial& a, const RecommendTrial& b) { return a.score > b.score; });
    return trials;
}

} // namespace almanac
