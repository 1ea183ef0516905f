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

Result<std::vector<RecommendTrial>> evaluateRecommenders(const HoldoutSplit& split, const std::vector<std::string>& recipes,
                                                         const RecommendSpec& base, bool search, const JobContext& job)
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
        auto metrics = evaluateOnHoldout(*recipe, split, spec, job.subRange(double(t) / plan.size(), double(t + 1) / plan.size()));
        if (!metrics.isOk()) {
            if (metrics.status().code() == Status::Code::InvalidInput) continue;
            return metrics.status();
        }
        trials.push_back({plan[t].first, plan[t].second, *metrics});
        job.reportMetric("NDCG@10", int(t + 1), metrics->ndcg.at(10), trials.back().label());
    }
    if (trials.empty()) return Status::invalidInput("no recommendation recipe applies to this data");
    std::stable_sort(trials.begin(), trials.end(),
                     [](const RecommendTrial& a, const RecommendTrial& b) { return a.metrics.ndcg.at(10) > b.metrics.ndcg.at(10); });
    return trials;
}

} // namespace almanac
