#include "forecast/Stl.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace almanac {

namespace {

int nextOdd(double x)
{
    int v = int(std::ceil(x));
    return v % 2 == 0 ? v + 1 : v;
}

// Loess over equally spaced points 0..n-1, evaluated every ceil(span / 10) positions (and at the
// last) and interpolated linearly between, as R's stl does with its default jumps (Cleveland et
// al. 1990): the smooth is nearly linear over a tenth of its span, and the trend's span on hourly
// data (about 270 points at a weekly period) made the full evaluation MSTL's largest cost.
std::vector<double> loessSmooth(const std::vector<double>& y, int span, int degree)
{
    const size_t n = y.size();
    std::vector<double> xs(n);
    std::iota(xs.begin(), xs.end(), 0.0);
    std::vector<double> out(n);
    if (n == 0) return out;
    const size_t jump = size_t(std::max(1, (span + 9) / 10));
    std::vector<size_t> evaluated;
    for (size_t i = 0; i < n; i += jump) evaluated.push_back(i);
    if (evaluated.back() != n - 1) evaluated.push_back(n - 1);
    for (size_t e = 0; e < evaluated.size(); ++e) {
        const size_t i = evaluated[e];
        out[i] = loessAt(xs, y, double(i), span, degree);
        if (e == 0) continue;
        const size_t previous = evaluated[e - 1];
        for (size_t k = previous + 1; k < i; ++k)
            out[k] = out[previous] + double(k - previous) / double(i - previous) * (out[i] - out[previous]);
    }
    return out;
}

std::vector<double> movingAverage(const std::vector<double>& y, int length)
{
    if (int(y.size()) < length) return {};
    std::vector<double> out(y.size() - size_t(length) + 1);
    double sum = std::accumulate(y.begin(), y.begin() + length, 0.0);
    out[0] = sum / length;
    for (size_t i = 1; i < out.size(); ++i) {
        sum += y[i + size_t(length) - 1] - y[i - 1];
        out[i] = sum / length;
    }
    return out;
}

} // namespace

double loessAt(const std::vector<double>& xs, const std::vector<double>& ys, double x, int span, int degree)
{
    const size_t n = xs.size();
    if (n == 0) return std::nan("");
    if (n == 1) return ys[0];
    // xs are sorted: the q nearest points form a window around x.
    const size_t q = size_t(std::min<int>(span, int(n)));
    size_t lo = size_t(std::lower_bound(xs.begin(), xs.end(), x) - xs.begin());
    lo = lo > q / 2 ? lo - q / 2 : 0;
    if (lo + q > n) lo = n - q;
    // Slide to the exact q nearest.
    while (lo > 0 && x - xs[lo - 1] < xs[lo + q - 1] - x) --lo;
    while (lo + q < n && xs[lo + q] - x < x - xs[lo]) ++lo;
    double h = std::max(x - xs[lo], xs[lo + q - 1] - x);
    if (span > int(n)) h += double(span - int(n)) / 2; // a span beyond the data widens the window
    if (h <= 0) h = 1;
    double sw = 0, swx = 0, swy = 0, swxx = 0, swxy = 0;
    for (size_t i = lo; i < lo + q; ++i) {
        const double d = std::fabs(xs[i] - x) / h;
        if (d >= 1) continue;
        const double t = 1 - d * d * d;
        const double w = t * t * t;
        const double dx = xs[i] - x;
        sw += w;
        swx += w * dx;
        swy += w * ys[i];
        swxx += w * dx * dx;
        swxy += w * dx * ys[i];
    }
    if (sw <= 0) return ys[std::min(n - 1, size_t(std::lround(std::max(0.0, x))))];
    if (degree == 0) return swy / sw;
    // Local line centred at x: its value there is the intercept.
    const double det = sw * swxx - swx * swx;
    if (std::fabs(det) < 1e-12 * sw * sw) return swy / sw;
    return (swxx * swy - swx * swxy) / det;
}

StlResult stl(const std::vector<double>& y, const StlOptions& o)
{
    const size_t n = y.size();
    const int np = o.period;
    const int ns = std::max(7, o.seasonalSpan | 1);
    const int nt = o.trendSpan > 0 ? o.trendSpan : nextOdd(1.5 * np / (1 - 1.5 / ns));
    const int nl = o.lowPassSpan > 0 ? o.lowPassSpan : nextOdd(np);
    StlResult r;
    r.trend.assign(n, 0.0);
    r.seasonal.assign(n, 0.0);
    std::vector<double> detrended(n), cycle(n + 2 * size_t(np));
    for (int iteration = 0; iteration < o.innerIterations; ++iteration) {
        for (size_t t = 0; t < n; ++t) detrended[t] = y[t] - r.trend[t];
        // Each cycle-subseries smoothed, and extended by one value at both ends.
        for (int phase = 0; phase < np; ++phase) {
            std::vector<double> xs, ys;
            for (size_t t = size_t(phase); t < n; t += size_t(np)) {
                xs.push_back(double(xs.size()));
                ys.push_back(detrended[t]);
            }
            if (ys.empty()) continue;
            const int k = int(ys.size());
            for (int j = -1; j <= k; ++j) {
                const size_t position = size_t(phase) + size_t(j + 1) * size_t(np);
                if (position < cycle.size()) cycle[position] = loessAt(xs, ys, double(j), ns, o.seasonalDegree);
            }
        }
        // Low-pass filter of the cycle: MA(np), MA(np), MA(3), then loess; what remains of it is
        // trend that leaked into the seasonal smoothing.
        std::vector<double> low = movingAverage(movingAverage(movingAverage(cycle, np), np), 3);
        if (low.size() != n) low.resize(n, low.empty() ? 0.0 : low.back());
        low = loessSmooth(low, nl, 1);
        for (size_t t = 0; t < n; ++t) r.seasonal[t] = cycle[t + size_t(np)] - low[t];
        std::vector<double> adjusted(n);
        for (size_t t = 0; t < n; ++t) adjusted[t] = y[t] - r.seasonal[t];
        r.trend = loessSmooth(adjusted, nt, 1);
    }
    r.remainder.resize(n);
    for (size_t t = 0; t < n; ++t) r.remainder[t] = y[t] - r.seasonal[t] - r.trend[t];
    return r;
}

MstlResult mstl(const std::vector<double>& y, std::vector<int> periods, int iterations)
{
    MstlResult r;
    std::sort(periods.begin(), periods.end());
    for (int p : periods)
        if (p > 1 && y.size() > size_t(2 * p)) r.periods.push_back(p);
    const size_t n = y.size();
    r.seasonal.assign(r.periods.size(), std::vector<double>(n, 0.0));
    std::vector<double> deseasonalised = y;
    StlResult last;
    if (r.periods.empty()) {
        // No season to remove: the trend is a loess of the data.
        r.trend = loessSmooth(y, nextOdd(std::max<double>(7.0, 0.75 * double(n))), 1);
    }
    for (int it = 0; it < iterations && !r.periods.empty(); ++it) {
        for (size_t i = 0; i < r.periods.size(); ++i) {
            for (size_t t = 0; t < n; ++t) deseasonalised[t] += r.seasonal[i][t];
            StlOptions o;
            o.period = r.periods[i];
            o.seasonalSpan = 7 + 4 * int(i + 1);
            last = stl(deseasonalised, o);
            r.seasonal[i] = last.seasonal;
            for (size_t t = 0; t < n; ++t) deseasonalised[t] -= r.seasonal[i][t];
        }
        r.trend = last.trend;
    }
    r.remainder.resize(n);
    for (size_t t = 0; t < n; ++t) {
        double s = 0;
        for (const auto& component : r.seasonal) s += component[t];
        r.remainder[t] = y[t] - s - r.trend[t];
    }
    return r;
}

} // namespace almanac
