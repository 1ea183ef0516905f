#include "util/NumberFormat.h"

#include <charconv>
#include <cmath>
#include <cstdlib>

namespace almanac {

std::string formatNumber(double value)
{
    if (std::isnan(value)) return {};
    if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
    if (value == 0.0) return "0";
    // The shortest digits that read back as the same double, written as a plain decimal (DESIGN
    // §5), so no magnitude is lost: 1e308 keeps its 309 digits and 5e-13 is not written as 0.
    char buf[64];
    const auto result = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
    if (result.ec != std::errc()) return "0";
    const std::string text(buf, result.ptr); // "-d.ddde+XX"
    const size_t e = text.find('e');
    const bool negative = text[0] == '-';
    std::string digits;
    for (size_t i = negative ? 1 : 0; i < e; ++i)
        if (text[i] != '.') digits.push_back(text[i]);
    const int exponent = std::atoi(text.c_str() + e + 1); // the first digit's power of ten
    std::string out;
    if (exponent < 0) {
        out = "0." + std::string(size_t(-exponent - 1), '0') + digits;
    } else if (size_t(exponent) + 1 >= digits.size()) {
        out = digits + std::string(size_t(exponent) + 1 - digits.size(), '0');
    } else {
        out = digits.substr(0, size_t(exponent) + 1) + "." + digits.substr(size_t(exponent) + 1);
    }
    return negative ? "-" + out : out;
}

} // namespace almanac
