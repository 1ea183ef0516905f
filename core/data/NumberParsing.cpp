#include "data/NumberParsing.h"

#include <charconv>
#include <cmath>
#include <limits>
#include <string>

namespace almanac {

namespace {

std::string_view trim(std::string_view t)
{
    while (!t.empty() && (t.front() == ' ' || t.front() == '\t')) t.remove_prefix(1);
    while (!t.empty() && (t.back() == ' ' || t.back() == '\t')) t.remove_suffix(1);
    return t;
}

bool fromChars(std::string_view t, double& value)
{
    if (!t.empty() && t.front() == '+') t.remove_prefix(1);
    if (t.empty()) return false;
    auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), value);
    return ec == std::errc() && end == t.data() + t.size() && std::isfinite(value);
}

// "1,234,567.5": one to three digits, then groups of a comma and three digits.
bool isCommaGrouped(std::string_view t)
{
    auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    if (!t.empty() && (t[0] == '-' || t[0] == '+')) t.remove_prefix(1);
    std::string_view whole = t.substr(0, t.find('.'));
    size_t first = whole.find(',');
    if (first == std::string_view::npos || first == 0 || first > 3) return false;
    for (size_t i = 0; i < first; ++i)
        if (!isDigit(whole[i])) return false;
    for (size_t i = first; i < whole.size(); i += 4) {
        if (whole[i] != ',' || whole.size() - i < 4) return false;
        if (!isDigit(whole[i + 1]) || !isDigit(whole[i + 2]) || !isDigit(whole[i + 3])) return false;
    }
    return true;
}

} // namespace

bool isMissingToken(std::string_view text)
{
    text = trim(text);
    return text.empty() || text == "NaN" || text == "nan" || text == "NA" || text == "N/A"
        || text == "null" || text == "NULL" || text == "None";
}

bool parseNumber(std::string_view text, bool decimalComma, double& value)
{
    text = trim(text);
    if (fromChars(text, value)) return true;
    if (isMissingToken(text)) {
        value = std::numeric_limits<double>::quiet_NaN();
        return true;
    }
    if (text.size() > 64) return false;
    std::string cleaned;
    if (decimalComma) {
        if (text.find(',') == std::string_view::npos) return false;
        for (char c : text) {
            if (c == '.' || c == ' ') continue; // thousands separators
            cleaned.push_back(c == ',' ? '.' : c);
        }
    } else {
        if (!isCommaGrouped(text)) return false;
        for (char c : text)
            if (c != ',') cleaned.push_back(c);
    }
    return fromChars(cleaned, value);
}

} // namespace almanac
