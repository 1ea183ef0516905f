#include "util/NumberFormat.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace almanac {

std::string formatNumber(double value)
{
    if (std::isnan(value)) return {};
    if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
    if (value == 0.0) return "0";
    const int magnitude = int(std::floor(std::log10(std::fabs(value))));
    const int decimals = std::clamp(7 - magnitude, 0, 12);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
    std::string out(buf);
    if (out.find('.') != std::string::npos) {
        out.erase(out.find_last_not_of('0') + 1);
        if (out.back() == '.') out.pop_back();
    }
    if (out == "-0") out = "0";
    return out;
}

} // namespace almanac
