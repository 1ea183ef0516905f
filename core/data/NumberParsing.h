#pragma once
#include <string_view>

namespace almanac {

// Reads a decimal number. With decimalComma, "1.234,5" and "1234,5" mean 1234.5; without it,
// "1,234.5" (thousands grouped by commas) is read too. Empty text and "NaN"/"NA"/"null" are
// missing: the function returns true and sets value to NaN. Returns false for anything else.
bool parseNumber(std::string_view text, bool decimalComma, double& value);

bool isMissingToken(std::string_view text);

} // namespace almanac
