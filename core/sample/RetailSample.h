#pragma once
#include "sample/SampleData.h"

#include <random>

namespace almanac {

// Daily retail demand with trend, weekly and yearly seasonality, price elasticity, promotions,
// holidays, intermittent slow movers and new items with short histories.
void generateRetailSample(const SampleOptions& options, std::mt19937_64& rng, SampleFiles& out);

} // namespace almanac
