#include "recommend/ReservedSlots.h"

#include <algorithm>
#include <cmath>

namespace almanac {

size_t reservedSlots(double share, size_t n)
{
    if (!(share > 0)) return 0;
    return std::min(n, size_t(std::lround(std::min(1.0, share) * double(n))));
}

std::vector<ScoredItem> interleaveEvenly(const std::vector<ScoredItem>& rest, const std::vector<ScoredItem>& reserved, size_t n)
{
    std::vector<ScoredItem> out;
    out.reserve(rest.size() + reserved.size());
    const size_t k = reserved.size();
    size_t r = 0;
    for (size_t j = 0; j < k; ++j) {
        const size_t at = (j + 1) * n / k - 1;
        while (out.size() < at && r < rest.size()) out.push_back(rest[r++]);
        out.push_back(reserved[j]);
    }
    while (r < rest.size()) out.push_back(rest[r++]);
    return out;
}

} // namespace almanac
