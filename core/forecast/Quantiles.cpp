#include "forecast/Quantiles.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace almanac {

double sampleQuantile(std::vector<double>& values, double q) { return sampleQuantiles(values, {q}).front(); }

std::vector<double> sampleQuantiles(std::vector<double>& values, const std::vector<double>& ascendingQs)
{
    // Order statistics are requested in non-decreasing rank, so each selection only has to look
    // at the part of the array right of the previous one.
    size_t unplaced = 0; // values[unplaced..] are unordered but no smaller than anything before
    auto orderStatistic = [&](size_t k) {
        if (k >= unplaced) {
            std::nth_element(values.begin() + long(unplaced), values.begin() + long(k), values.end());
            unplaced = k + 1;
        }
        return values[k];
    };
    std::vector<double> out;
    out.reserve(ascendingQs.size());
    for (double q : ascendingQs) {
        const double position = q * double(values.size() - 1);
        const size_t lower = size_t(std::floor(position));
        const double fraction = position - double(lower);
        const double a = orderStatistic(lower);
        if (fraction == 0.0 || lower + 1 >= values.size()) out.push_back(a);
        else out.push_back(a + fraction * (orderStatistic(lower + 1) - a));
    }
    return out;
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
        if (q < kSmallestQuantile || q > 1.0 - kSmallestQuantile)
            return Status::invalidInput("--quantiles: '" + item + "' is closer to 0 or 1 than 0.000000001");
        out.push_back(q);
        start = end + 1;
    }
    std::sort(out.begin(), out.end());
    // Each quantile is a column: two that would share a name (0.5 and 0.5000000000001) or a
    // quantile given twice are refused rather than written as two identical columns.
    for (size_t i = 1; i < out.size(); ++i)
        if (quantileColumnName(out[i]) == quantileColumnName(out[i - 1]))
            return Status::invalidInput("--quantiles: " + quantileColumnName(out[i]) + " is asked for twice");
    return out;
}

std::string quantileColumnName(double q)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.9f", q);
    std::string digits(buf + 2); // after "0."
    while (digits.size() > 2 && digits.back() == '0') digits.pop_back();
    return "p" + digits;
}

} // namespace almanac
