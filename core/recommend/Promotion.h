#pragma once
// Promotions (the cloud service's promotions in GetRecommendations): a share of each list's slots
// filled from the items a filter expression allows (new items of a category, a brand on offer),
// the model's best of them first, at evenly spaced positions; the rest of the list keeps its
// items and their order. Offline metrics never see them.
#include "recommend/RecommendRecipe.h"
#include "recommend/RecommendationFilter.h"

#include <string>
#include <vector>

namespace almanac {

struct Promotion {
    std::string name;
    double share = 0;          // of the list, 0..1 (the API's percentPromotedItems / 100)
    std::vector<bool> allowed; // by item code: what the promotion's filter lets in for this user
};

// A promotion as asked for (--promotion-filter, the API's promotions): its filter compiled once,
// evaluated for each user served.
struct PromotionRule {
    std::string name;
    double share = 0;
    const FilterEvaluator* filter = nullptr;
    Promotion forUser(int64_t user) const { return {name, share, filter ? filter->allowedItems(user) : std::vector<bool>()}; }
};

// The list with the promotion's slots: of the n items of `list` (best first, as served without
// the promotion), the first n - k keep their places' order, and k = round(share x n) of the
// items the promotion allows that are not among them and may be shown (a finite score), best
// first by score, take evenly spaced positions. Where the promotion has fewer, the list's next
// items fill the slots it leaves.
// promoted, when given, gets the promoted items' codes.
std::vector<ScoredItem> promote(const std::vector<ScoredItem>& list, const std::vector<float>& scores, size_t n,
                                const Promotion& promotion, std::vector<uint32_t>* promoted = nullptr);

} // namespace almanac
