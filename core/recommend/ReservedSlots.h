#pragma once
// Slots of a list reserved for items chosen apart from relevance (exploration's new items, a
// promotion's items): how many, and where they go so that the rest keeps its order.
#include "recommend/RecommendRecipe.h"

#include <vector>

namespace almanac {

// The slots of an n-item list a share (0..1) reserves: round(share x n). With 0.3: 3 of 10, 8 of 25.
size_t reservedSlots(double share, size_t n);

// rest in its order with the reserved items at evenly spaced positions: reserved item j at
// floor((j + 1) x n / k) - 1 for k reserved items (the first after the list's best), n the
// length of the whole. Where rest runs short the reserved items follow one another.
std::vector<ScoredItem> interleaveEvenly(const std::vector<ScoredItem>& rest, const std::vector<ScoredItem>& reserved, size_t n);

} // namespace almanac
