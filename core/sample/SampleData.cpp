#include "sample/SampleData.h"

#include "sample/RetailSample.h"
#include "sample/ShopSample.h"

namespace almanac {

SampleFiles generateSampleData(const SampleOptions& options)
{
    SampleFiles files;
    // Separate streams: changing one half of the sample never changes the other.
    std::mt19937_64 retailRng(options.seed);
    std::mt19937_64 shopRng(options.seed ^ 0x9E3779B97F4A7C15ull);
    generateRetailSample(options, retailRng, files);
    generateShopSample(options, shopRng, files);
    return files;
}

} // namespace almanac
