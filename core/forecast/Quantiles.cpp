#include "forecast/Quantiles.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace almanac {

double sampleQuantile(std::vector<double>& values, double q)
{
    const double position = q * double(values.size() - 1);
    const size_t lower = size_t(std::floor(position));
    const double fraction = position - double(lower);
    std::nth_element(values.begin(), values.begin() + long(lower), values.end());
    const double a = values[lower];
    if (fraction == 0.0 || lower + 1 >= values.size()) return a;
    const double b = *std::min_element(values.begin() + long(lower) + 1, values.end());
    return a + fraction * (b - a);
}

Result<std::vector<double>> parseQuantileList(std::string_view text)
{
    std::vector<double> out;
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find(',', start);
        if (end == std::string_view::npos) end = text.size();
        std::string item(text.substr(start, end - start));
        char* stop = nullptr;
        double q = std::strtod(item.c_str(), &stop);
        if (item.empty() || *stop != '\0' || !(q > 0.0 && q < 1.0))
            return Status::invalidInput("--quantiles: '" + item + "' is not a number between 0 and 1 (exclusive)");
        out.push_back(q);
        start = end + 1;
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::string quantileColumnName(double q)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6f", q);
    std::string digits(buf + 2); // after "0."
    while (digits.size() > 2 && digits.back() == '0') digits.pop_back();
    return "p" + digits;
}

} // namespace almanac
