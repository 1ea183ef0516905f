#pragma once
#include <string>

namespace almanac {

// A plain decimal (never an exponent) with about 8 significant digits and no trailing zeros:
// what spreadsheets and outside checks read without surprises. NaN is written as "".
std::string formatNumber(double value);

} // namespace almanac
