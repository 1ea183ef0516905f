#include "recommend/Promotion.h"

#include "recommend/ReservedSlots.h"

#include <algorithm>
#include <cmath>

namespace almanac {

std::vector<ScoredItem> promote(const std::vector<ScoredItem>& list, const std::vector<float>& scores, size_t n,
                                const Promotion& promotion, std::vector<uint32_t>* promotedItems)
{
    n = std::min(n, list.size());
    const size_t wanted = reservedSlots(promotion.share, n);
    if (wanted == 0) return std::vector<ScoredItem>(list.begin(), list.begin() + long(n));
    std::vector<ScoredItem> kept(list.begin(), list.begin() + long(n - wanted));
    std::vector<bool> taken(scores.size(), false);
    for (const ScoredItem& s : kept)
        if (s.item < taken.size()) taken[s.item] = true;
    std::vector<ScoredItem> promoted;
    for (uint32_t i = 0; i < scores.size() && i < promotion.allowed.size(); ++i)
        if (promotion.allowed[i] && !taken[i] && std::isfinite(scores[i])) promoted.push_back({i, scores[i]});
    auto better = [](const ScoredItem& a, const ScoredItem& b) { return a.score != b.score ? a.score > b.score : a.item < b.item; };
    const size_t k = std::min(wanted, promoted.size());
    std::partial_sort(promoted.begin(), promoted.begin() + long(k), promoted.end(), better);
    promoted.resize(k);
    for (const ScoredItem& s : promoted) {
        taken[s.item] = true;
        if (promotedItems) promotedItems->push_back(s.item);
    }
    // Slots the promotion cannot fill: the list's next items, in its order.
    for (size_t r = n - wanted; r < list.size() && kept.size() + k < n; ++r)
        if (list[r].item >= taken.size() || !taken[list[r].item]) kept.push_back(list[r]);
    return interleaveEvenly(kept, promoted, n);
}

} // namespace almanac
