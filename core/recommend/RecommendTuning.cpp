#include "recommend/RecommendTuning.h"

#include "recommend/FusionRecipe.h"
#include "recommend/RecommendRecipes.h"
#include "data/Schema.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <memory>
#include <set>

namespace almanac {

namespace {

// "ndcg@10" -> "NDCG@10", as the metrics report names it.
std::string objectiveLabel(const std::string& objective)
{
    std::string out = objective;
    const size_t at = out.find('@');
    for (size_t i = 0; i < (at == std::string::npos ? out.size() : at); ++i) out[i] = char(std::toupper((unsigned char)out[i]));
    return out;
}

// The first member's share in the fusions tried: equal, and leaning on the better one.
const std::vector<double> kFusionWeights = {0.5, 0.7};
constexpr size_t kFusionPartners = 1; // two partners were measured: no better on average, 2x the time
// An extra setting whose first split scores this far below the best first split so far is not
// scored on the others: it cannot win the average (successive halving over the splits).
constexpr double kPruneShortfall = 0.15;
// Each recipe's best setting keeps its fitted models (one per split) for the fusions, which then
// need no fit of their own, while they take no more than this together.
constexpr size_t kKeptModelBytes = size_t(1280) << 20;
} // namespace

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

double searchProgress(double settingsShare, double elapsedSeconds, double budgetSeconds)
{
    double share = std::clamp(settingsShare, 0.0, 1.0);
    if (budgetSeconds > 0 && elapsedSeconds > 0) share = std::max(share, std::min(1.0, elapsedSeconds / budgetSeconds));
    return share;
}

double finalFitStart(double searchSeconds, double fitSeconds, double searchShare)
{
    const double lowest = std::clamp(searchShare, 0.0, 0.99);
    if (!(searchSeconds > 0) || !(fitSeconds >= 0) || !std::isfinite(fitSeconds)) return lowest;
    return std::clamp(searchSeconds / (searchSeconds + fitSeconds), lowest, 0.99);
}

std::optional<double> objectiveValue(const RankingMetrics& metrics, const std::string& objective)
{
    const std::string o = toLower(objective);
    if (o == "mrr@25") return metrics.mrr25;
    if (o == "coverage") return metrics.coverage;
    const size_t at = o.find('@');
    if (at == std::string::npos) return std::nullopt;
    const std::string kind = o.substr(0, at);
    const int k = std::atoi(o.c_str() + at + 1);
    if (k != 5 && k != 10 && k != 25) return std::nullopt;
    const std::map<int, double>* table = kind == "ndcg" ? &metrics.ndcg : kind == "precision" ? &metrics.precision
                                       : kind == "recall" ? &metrics.recall : nullptr;
    if (!table) return std::nullopt;
    auto it = table->find(k);
    return it == table->end() ? 0.0 : it->second;
}

Result<std::vector<RecommendTrial>> evaluateRecommenders(const std::vector<HoldoutSplit>& splits,
                                                         const std::vector<std::string>& recipes, const RecommendSpec& base,
                                                         bool search, const JobContext& job, const TuningOptions& tuning)
{
    if (!objectiveValue(RankingMetrics{}, tuning.objective))
        return Status::invalidInput("--objective: expected ndcg@K, precision@K or recall@K (K 5, 10 or 25), mrr@25 or coverage");
    std::vector<RecommendTrial> trials;
    using Setting = std::pair<std::string, std::map<std::string, std::string>>;
    std::set<Setting> defaults;
    std::vector<Setting> plan;
    // Recipes searched along one parameter (traits().searchAlongOneParameter): the ordered
    // settings and where the walk starts; only the start is in the plan.
    struct Walk {
        std::string recipe;
        std::vector<std::map<std::string, std::string>> settings;
        size_t start = 0;
    };
    std::vector<Walk> walks;
    for (const std::string& name : recipes) {
        auto recipe = recommendRecipes().create(name);
        if (!recipe) return Status::invalidInput("unknown recipe " + name);
        if (search && recipe->traits().combinesRecipes) continue; // composed from the best recipes below, not searched alone
        std::vector<std::map<std::string, std::string>> settings;
        for (auto setting : search ? recipe->searchSpace() : std::vector<std::map<std::string, std::string>>{{}}) {
            for (const auto& [k, v] : base.parameters) setting[k] = v; // what the user fixed stays fixed
            if (std::find(settings.begin(), settings.end(), setting) == settings.end()) settings.push_back(setting);
        }
        size_t first = 0;
        if (search && recipe->traits().searchAlongOneParameter && settings.size() > 1) {
            // Start from the declared default where the line has it, else from its middle.
            first = settings.size() / 2;
            for (const ParameterSpec& p : recipe->parameters())
                for (size_t i = 0; i < settings.size(); ++i) {
                    auto it = settings[i].find(p.name);
                    if (it != settings[i].end() && it->second == p.defaultValue) first = i;
                }
            walks.push_back({name, settings, first});
            settings = {settings[first]};
            first = 0;
        }
        for (size_t i = 0; i < settings.size(); ++i) {
            // An expensive recipe's default is searched like an extra setting: only while the
            // time budget lasts.
            if (i == first && recipe->traits().cost != RecipeCost::Expensive) defaults.insert({name, settings[i]});
            plan.emplace_back(name, settings[i]);
        }
    }
    // Every recipe's default comes first, cheapest recipes first, then the search beyond them.
    std::sort(plan.begin(), plan.end());
    plan.erase(std::unique(plan.begin(), plan.end()), plan.end());
    std::map<std::string, RecipeCost> costOf;
    for (const Setting& p : plan) costOf.emplace(p.first, recommendRecipes().create(p.first)->traits().cost);
    std::stable_sort(plan.begin(), plan.end(), [&](const Setting& a, const Setting& b) { return costOf[a.first] < costOf[b.first]; });
    const auto extras = std::stable_partition(plan.begin(), plan.end(), [&](const auto& p) { return defaults.count(p) > 0; });
    const size_t firstExtra = size_t(extras - plan.begin());
    // The budget is a hard limit: nothing starts after it, and a setting still being evaluated
    // when it passes is stopped (the first one always completes, so that there is a result).
    using Clock = std::chrono::steady_clock;
    const Clock::time_point searchStart = Clock::now();
    const CancelToken budget(job.cancel, searchStart, tuning.timeBudgetSeconds);
    const bool limited = budget.hasDeadline();
    JobContext withDeadline = job;
    withDeadline.cancel = limited ? &budget : job.cancel;
    bool stoppedAtBudget = false;
    auto outOfTime = [&] { return limited && budget.expired(); };
    // With search, fusions of the best two recipes of different kinds join the plan once those
    // are known; the progress range leaves room for them and for the walks' further steps.
    size_t steps = plan.size() + (search ? kFusionPartners : 0);
    for (const Walk& w : walks) steps += w.settings.size() - 1;
    size_t step = 0;
    // Progress at a share of the planned settings, or of the budget where more of that is spent.
    auto progressAt = [&](double settingsShare) {
        const double elapsed = std::chrono::duration<double>(Clock::now() - searchStart).count();
        return searchProgress(settingsShare, elapsed, limited ? tuning.timeBudgetSeconds : 0.0);
    };
    int reported = 0;
    auto record = [&](RecommendTrial trial) {
        trials.push_back(trial);
        job.reportMetric(objectiveLabel(tuning.objective), ++reported, trial.score, trial.label());
    };
    double bestFirstSplit = 0; // the objective on the first split, best of the settings scored
    std::map<Setting, double> firstSplit; // each setting's objective on the first split
    size_t pruned = 0;
    struct Kept {
        std::map<std::string, std::string> parameters;
        double score = 0;
        std::vector<std::shared_ptr<const RecommendRecipe>> models; // [split]
        size_t bytes = 0;
    };
    std::map<std::string, Kept> kept; // recipe -> its best setting's fitted models
    size_t keptBytes = 0;
    // Evaluates one setting on every split: its score, or nullopt when the recipe does not apply
    // to the data or its first split falls below pruneBelow (it cannot win).
    auto evaluate = [&](const std::string& name, const std::map<std::string, std::string>& parameters,
                        double pruneBelow = 0) -> Result<std::optional<double>> {
        RecommendSpec spec = base;
        spec.parameters = parameters;
        RecommendTrial trial{name, parameters, {}, 0.0};
        std::vector<std::shared_ptr<const RecommendRecipe>> models;
        size_t bytes = 0;
        bool keepable = true;
        const Clock::time_point started = Clock::now();
        for (size_t f = 0; f < splits.size(); ++f) {
            const double from = progressAt((double(step) + double(f) / double(splits.size())) / double(steps));
            const double to = std::max(from, std::min(1.0, (double(step) + double(f + 1) / double(splits.size())) / double(steps)));
            std::shared_ptr<RecommendRecipe> recipe = recommendRecipes().create(name);
            const JobContext& context = trials.empty() ? job : withDeadline;
            // Under a budget the clock moves the progress inside a long fit too.
            const JobContext timed = limited ? context.withProgressFloor([&] { return progressAt(0.0); }) : context;
            auto metrics = evaluateOnHoldout(*recipe, splits[f], spec, timed.subRange(from, to));
            // A model too large for the keeping budget is freed after its split is scored.
            bytes += recipe->modelBytes();
            keepable = keepable && metrics.isOk() && recipe->modelBytes() * splits.size() <= kKeptModelBytes;
            if (keepable) models.push_back(recipe);
            if (!metrics.isOk() && metrics.status().isCancelled() && outOfTime() && !job.isCancelled()) {
                stoppedAtBudget = true;
                ++step;
                return std::optional<double>();
            }
            if (!metrics.isOk()) {
                // A recipe this installation cannot run (the LibTorch plugin missing) is skipped
                // by the search; asked for by name, it is the user's error to see.
                const Status::Code code = metrics.status().code();
                if (code == Status::Code::InvalidInput || (search && code == Status::Code::Unsupported)) {
                    // Said, not silent: a catalogue too large for EASE leaves it out.
                    job.report(std::min(1.0, to), name + " left out: " + metrics.status().message());
                    ++step;
                    return std::optional<double>();
                }
                return metrics.status();
            }
            const double value = *objectiveValue(*metrics, tuning.objective);
            if (f == 0) {
                trial.metrics = *metrics;
                firstSplit[{name, parameters}] = value;
                if (splits.size() > 1 && value < pruneBelow) {
                    ++step;
                    ++pruned;
                    return std::optional<double>();
                }
                bestFirstSplit = std::max(bestFirstSplit, value);
            }
            trial.score += value / double(splits.size());
        }
        trial.secondsPerSplit = std::chrono::duration<double>(Clock::now() - started).count() / double(splits.size());
        ++step;
        record(trial);
        auto previous = kept.find(name);
        if (previous == kept.end() || trial.score > previous->second.score) {
            if (previous != kept.end()) {
                keptBytes -= previous->second.bytes;
                kept.erase(previous);
            }
            if (keepable && keptBytes + bytes <= kKeptModelBytes) {
                kept[name] = {parameters, trial.score, std::move(models), bytes};
                keptBytes += bytes;
            }
        }
        return std::optional<double>(trial.score);
    };
    std::map<Setting, double> scored;
    // Each walk goes from its start towards the better neighbour, while the objective improves.
    auto runWalks = [&]() -> Status {
        for (const Walk& w : walks) {
            auto at = scored.find({w.recipe, w.settings[w.start]});
            if (at == scored.end()) continue; // the start did not apply (or was not tried)
            size_t current = w.start;
            double best = at->second;
            int direction = 0;
            // A step that does not beat the current setting on the first split is not scored on
            // the others: along a regularisation both shapes of holdout usually agree.
            auto currentFirstSplit = [&] {
                auto it = firstSplit.find({w.recipe, w.settings[current]});
                return it == firstSplit.end() ? 0.0 : it->second;
            };
            for (int d : {+1, -1}) { // the first neighbour that improves sets the direction
                const long next = long(current) + d;
                if (next < 0 || size_t(next) >= w.settings.size() || outOfTime()) continue;
                auto score = evaluate(w.recipe, w.settings[size_t(next)], currentFirstSplit());
                if (!score.isOk()) return score.status();
                if (*score && **score > best) {
                    best = **score;
                    current = size_t(next);
                    direction = d;
                    break;
                }
            }
            while (direction != 0) {
                const long next = long(current) + direction;
                if (next < 0 || size_t(next) >= w.settings.size() || outOfTime()) break;
                auto score = evaluate(w.recipe, w.settings[size_t(next)], currentFirstSplit());
                if (!score.isOk()) return score.status();
                if (!*score || **score <= best) break;
                best = **score;
                current = size_t(next);
            }
        }
        return Status::ok();
    };
    for (size_t t = 0; t <= plan.size(); ++t) {
        // The walks first among the extras: they tune the recipes that usually win.
        if (t == firstExtra) ALMANAC_RETURN_IF_ERROR(runWalks());
        if (t == plan.size() || (!trials.empty() && outOfTime())) break;
        auto score = evaluate(plan[t].first, plan[t].second, t >= firstExtra ? (1.0 - kPruneShortfall) * bestFirstSplit : 0.0);
        if (!score.isOk()) return score.status();
        if (*score) scored[plan[t]] = **score;
    }
    if (pruned > 0)
        job.report(progressAt(double(step) / double(steps)),
                   std::to_string(pruned) + " settings stopped after the first holdout shape (they could not win)");
    if (stoppedAtBudget || (limited && outOfTime()))
        job.report(1.0, // the search ends here: nothing more is tried
                   "stopped at the time budget of " + std::to_string(int(std::ceil(tuning.timeBudgetSeconds))) + " s: "
                       + std::to_string(trials.size()) + " settings compared");
    if (trials.empty()) return Status::invalidInput("no recommendation recipe applies to this data");
    auto byScore = [](const RecommendTrial& a, const RecommendTrial& b) { return a.score > b.score; };
    std::stable_sort(trials.begin(), trials.end(), byScore);
    auto traitsOf = [](const std::string& name) { return recommendRecipes().create(name)->traits(); };
    if (search && !outOfTime() && !traitsOf(trials.front().recipe).combinesRecipes) {
        // The winner fused with the best setting of the next kind of recipe (fusing
        // two settings of one recipe adds little; popularity lists carry no taste).
        const RecommendTrial first = trials.front();
        std::vector<RecommendTrial> partners;
        for (const RecommendTrial& t : trials) {
            if (partners.size() == kFusionPartners) break;
            const bool taken = std::any_of(partners.begin(), partners.end(), [&](const RecommendTrial& p) { return p.recipe == t.recipe; });
            if (t.recipe != first.recipe && traitsOf(t.recipe).personalized && !taken) partners.push_back(t);
        }
        for (const RecommendTrial& second : partners) {
            // The members are fitted once per split; each weight only re-weighs their ranks.
            std::vector<RecommendTrial> fused;
            for (double weight : kFusionWeights)
                fused.push_back({"fusion", FusionRecipe::parametersFor(first.recipe, first.parameters, second.recipe, second.parameters, weight),
                                 {}, 0.0});
            // Members kept from their own trials are fused as fitted.
            auto keptFor = [&](const RecommendTrial& t) -> const Kept* {
                auto at = kept.find(t.recipe);
                return at != kept.end() && at->second.parameters == t.parameters ? &at->second : nullptr;
            };
            const Kept* a = keptFor(first);
            const Kept* b = keptFor(second);
            for (size_t f = 0; f < splits.size(); ++f) {
                FusionRecipe fusion;
                RecommendSpec spec = base;
                spec.parameters = fused.front().parameters;
                const double from = progressAt((double(step) + double(f) / double(splits.size())) / double(steps));
                const double to = std::max(from, std::min(1.0, (double(step) + double(f + 1) / double(splits.size())) / double(steps)));
                if (a && b) fusion.adoptFitted(a->models[f], b->models[f], splits[f].train, kFusionWeights.front());
                else ALMANAC_RETURN_IF_ERROR(fusion.fit(splits[f].train, spec, job.subRange(from, to)));
                for (size_t w = 0; w < fused.size(); ++w) {
                    fusion.setWeight(kFusionWeights[w]);
                    auto metrics = scoreOnHoldout(fusion, splits[f], {}, base.threads);
                    if (!metrics.isOk()) return metrics.status();
                    if (f == 0) fused[w].metrics = *metrics;
                    fused[w].score += *objectiveValue(*metrics, tuning.objective) / double(splits.size());
                }
            }
            ++step;
            // A fused model's final fit fits both members.
            for (RecommendTrial& t : fused) t.secondsPerSplit = first.secondsPerSplit + second.secondsPerSplit;
            for (const RecommendTrial& t : fused) record(t);
        }
        std::stable_sort(trials.begin(), trials.end(), byScore);
    }
    return trials;
}

} // namespace almanac
