#include "recommend/HoldoutEvaluation.h"

#include "jobs/ParallelFor.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <set>

namespace almanac {

HoldoutSplit splitMostRecent(const InteractionData& data, const HoldoutOptions& options)
{
    std::set<std::pair<uint32_t, uint32_t>> heldOut;
    HoldoutSplit split{data, {}};
    const auto& lastSeen = data.lastSeen();
    for (uint32_t u = 0; u < data.userCount(); ++u) {
        const auto row = data.itemsOf(u);
        if (row.size < options.minimumItems) continue;
        const size_t offset = data.rowBegin(u);
        std::vector<size_t> order(row.size);
        std::iota(order.begin(), order.end(), 0);
        // Most recent first. Many logs record a session's events with one timestamp; ties are
        // broken by a hash of user and item, reproducible but unrelated to the item codes (which
        // follow first appearance, and so popularity): breaking them by code would hold out
        // the most popular items of every session and favour recipes that like those.
        auto tieKey = [u](uint32_t item) {
            uint64_t z = (uint64_t(u) << 32 | item) + 0x9E3779B97F4A7C15ull;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
            return z ^ (z >> 31);
        };
        std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
            const int64_t ta = lastSeen[offset + a], tb = lastSeen[offset + b];
            return ta != tb ? ta > tb : tieKey(row.items[a]) < tieKey(row.items[b]);
        });
        const size_t count = options.lastItems > 0 ? options.lastItems
                                                   : std::max<size_t>(1, size_t(std::floor(options.fraction * double(row.size))));
        std::unordered_set<uint32_t> items;
        for (size_t k = 0; k < count; ++k) {
            items.insert(row.items[order[k]]);
            heldOut.insert({u, row.items[order[k]]});
        }
        split.test.emplace_back(u, std::move(items));
    }
    split.train = data.filtered([&](uint32_t u, uint32_t i) { return !heldOut.count({u, i}); });
    return split;
}

Result<RankingMetrics> evaluateOnHoldout(RecommendRecipe& recipe, const HoldoutSplit& split, const RecommendSpec& spec,
                                         const JobContext& job)
{
    ALMANAC_RETURN_IF_ERROR(recipe.fit(split.train, spec, job.subRange(0, 0.8)));
    return scoreOnHoldout(recipe, split, job.subRange(0.8, 1.0), spec.threads);
}

Result<RankingMetrics> scoreOnHoldout(const RecommendRecipe& recipe, const HoldoutSplit& split, const JobContext& job, int threads)
{
    // The lists on every core (scoring is a recipe's const work), added to the metrics in user
    // order, so that the figures do not depend on the thread count.
    constexpr size_t kChunk = 64;
    std::vector<std::vector<uint32_t>> lists(split.test.size());
    const size_t chunks = (split.test.size() + kChunk - 1) / kChunk;
    ALMANAC_RETURN_IF_ERROR(parallelFor(
        chunks, threads,
        [&](size_t c) {
            for (size_t k = c * kChunk; k < std::min(split.test.size(), (c + 1) * kChunk); ++k)
                for (const ScoredItem& s : recommendTopN(recipe, split.train, int64_t(split.test[k].first), 25, false))
                    lists[k].push_back(s.item);
            return Status::ok();
        },
        job, "evaluating " + recipe.name()));
    RankingAccumulator accumulator;
    for (size_t k = 0; k < split.test.size(); ++k) accumulator.add(lists[k], split.test[k].second);
    return accumulator.finish(split.train.itemCount());
}

} // namespace almanac
