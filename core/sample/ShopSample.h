#pragma once
#include "sample/SampleData.h"

#include <random>

namespace almanac {

// E-commerce sessions: users with category tastes, skewed item popularity, views that lead to
// carts and purchases, and new items whose popularity grows over time (drift).
void generateShopSample(const SampleOptions& options, std::mt19937_64& rng, SampleFiles& out);

} // namespace almanac
