#include "forecast/ets/EtsModel.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace almanac::ets {

std::string EtsForm::name() const
{
    auto letter = [](Component c) { return c == Component::None ? "N" : c == Component::Additive ? "A" : "M"; };
    std::string trendName = letter(trend);
    if (damped) trendName += "d";
    return std::string(letter(error)) + "," + trendName + "," + letter(season);
}

namespace {

constexpr double kTiny = 1e-10;

// The seasonal states as a ring: head is the state of the season due next.
struct SeasonRing {
    std::vector<double> states;
    size_t head = 0;
    double next() const { return states[head]; }
    void replaceNext(double value)
    {
        states[head] = value;
        head = (head + 1) % states.size();
    }
};

} // namespace

namespace {

// The likelihood loop runs millions of times per fit: the form is a template argument so that
// each model's loop carries no branches on it.
template <bool Trend, bool Season, bool MultSeason, bool MultError>
double likelihoodLoop(const std::vector<double>& y, const EtsParameters& p, double phi,
                      std::vector<double>* residuals, EtsParameters* final)
{
    constexpr double inf = std::numeric_limits<double>::infinity();
    double level = p.level, slope = Trend ? p.slope : 0.0;
    std::vector<double> states;
    size_t head = 0, m = 1;
    if constexpr (Season) {
        states = p.seasonal;
        m = states.size();
    }
    const double alpha = p.alpha, gamma = p.gamma;
    const double betaOverAlpha = p.beta / p.alpha;
    double sse = 0;
    // sum log|f| as one running product held as mantissa and binary exponent: one log per fit
    // instead of one per observation.
    double productMantissa = 1.0;
    long productExponent = 0;
    if (residuals) residuals->resize(y.size());
    const size_t n = y.size();
    for (size_t t = 0; t < n; ++t) {
        const double trendPart = Trend ? level + phi * slope : level;
        double s = 0, f = trendPart;
        if constexpr (Season) {
            s = states[head];
            f = MultSeason ? trendPart * s : trendPart + s;
        }
        double e;
        if constexpr (MultError) {
            if (std::fabs(f) < kTiny) return inf;
            e = (y[t] - f) / f;
            // Renormalised only when far from overflow: a call per observation would also make
            // the compiler spill the loop's state around it.
            productMantissa *= std::fabs(f);
            if (!(productMantissa < 0x1p500 && productMantissa > 0x1p-500)) {
                int exponent;
                productMantissa = std::frexp(productMantissa, &exponent);
                productExponent += exponent;
            }
        } else {
            e = y[t] - f;
        }
        sse += e * e;
        if (residuals) (*residuals)[t] = e;
        // State updates in observation form: identical for additive and multiplicative errors.
        double deseasonalised = y[t];
        if constexpr (Season) {
            if constexpr (MultSeason) {
                if (std::fabs(s) < kTiny || std::fabs(trendPart) < kTiny) return inf;
                deseasonalised = y[t] / s;
                states[head] = s + gamma * (y[t] / trendPart - s);
            } else {
                deseasonalised = y[t] - s;
                states[head] = s + gamma * (y[t] - trendPart - s);
            }
            head = head + 1 == m ? 0 : head + 1;
        }
        const double newLevel = trendPart + alpha * (deseasonalised - trendPart);
        if constexpr (Trend) slope = phi * slope + betaOverAlpha * (newLevel - level - phi * slope);
        level = newLevel;
    }
    if (!std::isfinite(level) || !std::isfinite(sse)) return inf;
    if (final) {
        *final = p;
        final->level = level;
        final->slope = slope;
        if constexpr (Season) {
            final->seasonal.resize(m);
            for (size_t i = 0; i < m; ++i) final->seasonal[i] = states[(head + i) % m];
        }
    }
    if (sse <= 0) sse = 1e-300;
    const double sumLogF = MultError ? std::log(productMantissa) + double(productExponent) * std::log(2.0) : 0.0;
    return double(n) * std::log(sse) + 2.0 * sumLogF;
}

template <bool Trend, bool Season, bool MultSeason>
double dispatchError(const std::vector<double>& y, const EtsForm& form, const EtsParameters& p, double phi,
                     std::vector<double>* residuals, EtsParameters* final)
{
    return form.error == Component::Multiplicative
             ? likelihoodLoop<Trend, Season, MultSeason, true>(y, p, phi, residuals, final)
             : likelihoodLoop<Trend, Season, MultSeason, false>(y, p, phi, residuals, final);
}

template <bool Trend>
double dispatchSeason(const std::vector<double>& y, const EtsForm& form, const EtsParameters& p, double phi,
                      std::vector<double>* residuals, EtsParameters* final)
{
    switch (form.season) {
    case Component::None: return dispatchError<Trend, false, false>(y, form, p, phi, residuals, final);
    case Component::Additive: return dispatchError<Trend, true, false>(y, form, p, phi, residuals, final);
    case Component::Multiplicative: return dispatchError<Trend, true, true>(y, form, p, phi, residuals, final);
    }
    return std::numeric_limits<double>::infinity();
}

} // namespace

double etsLikelihood(const std::vector<double>& y, const EtsForm& form, const EtsParameters& p, int m,
                     std::vector<double>* residuals, EtsParameters* final)
{
    (void)m;
    const double phi = form.damped ? p.phi : 1.0;
    return form.trend != Component::None ? dispatchSeason<true>(y, form, p, phi, residuals, final)
                                         : dispatchSeason<false>(y, form, p, phi, residuals, final);
}

std::vector<double> etsPointForecast(const EtsForm& form, const EtsParameters& final, int m, int horizon)
{
    std::vector<double> out(static_cast<size_t>(horizon));
    const double phi = form.damped ? final.phi : 1.0;
    double dampedSum = 0, power = 1;
    for (int h = 1; h <= horizon; ++h) {
        power *= phi;
        dampedSum += power;
        double f = final.level + (form.trend != Component::None ? dampedSum * final.slope : 0.0);
        if (form.season == Component::Additive) f += final.seasonal[size_t((h - 1) % m)];
        else if (form.season == Component::Multiplicative) f *= final.seasonal[size_t((h - 1) % m)];
        out[size_t(h - 1)] = f;
    }
    return out;
}

void etsSimulatePath(const EtsForm& form, const EtsParameters& final, int m, int horizon, double sigma,
                     std::mt19937_64& rng, std::vector<double>& path)
{
    std::normal_distribution<double> noise(0.0, sigma);
    const bool hasTrend = form.trend != Component::None;
    const bool hasSeason = form.season != Component::None;
    const bool multSeason = form.season == Component::Multiplicative;
    const double phi = form.damped ? final.phi : 1.0;
    const double betaOverAlpha = final.beta / final.alpha;
    double level = final.level, slope = hasTrend ? final.slope : 0.0;
    SeasonRing ring;
    if (hasSeason) ring.states = final.seasonal;
    path.resize(size_t(horizon));
    for (int h = 0; h < horizon; ++h) {
        const double trendPart = level + phi * slope;
        const double s = hasSeason ? ring.next() : 0.0;
        const double f = !hasSeason ? trendPart : multSeason ? trendPart * s : trendPart + s;
        const double e = noise(rng);
        const double y = form.error == Component::Multiplicative ? f * (1.0 + e) : f + e;
        path[size_t(h)] = y;
        const double deseasonalised = !hasSeason ? y : multSeason ? y / s : y - s;
        const double newLevel = trendPart + final.alpha * (deseasonalised - trendPart);
        if (hasTrend) slope = phi * slope + betaOverAlpha * (newLevel - level - phi * slope);
        if (hasSeason) ring.replaceNext(s + final.gamma * ((multSeason ? y / trendPart : y - trendPart) - s));
        level = newLevel;
    }
    (void)m;
}

bool etsAdmissible(const EtsForm& form, const EtsParameters& p, int m)
{
    const double phi = form.damped ? p.phi : 1.0;
    const double alpha = p.alpha;
    const double beta = form.trend != Component::None ? p.beta : 0.0;
    if (phi < 0 || phi > 1 + 1e-8) return false;
    if (form.season == Component::None || m <= 1) {
        if (alpha < 1 - 1 / phi || alpha > 1 + 1 / phi) return false;
        if (form.trend != Component::None && (beta < alpha * (phi - 1) || beta > (1 + phi) * (2 - alpha))) return false;
        return true;
    }
    const double gamma = p.gamma;
    if (gamma < std::max(1 - 1 / phi - alpha, 0.0) || gamma > 1 + 1 / phi - alpha) return false;
    if (alpha < 1 - 1 / phi - gamma * (1 - m + phi + phi * m) / (2 * phi * m)) return false;
    if (beta < -(1 - phi) * (gamma / m + alpha)) return false;
    // Characteristic polynomial, lowest power first; every root must lie inside the unit circle.
    std::vector<double> c;
    c.push_back(phi * (1 - alpha - gamma));
    c.push_back(alpha + beta - alpha * phi + gamma - 1);
    for (int i = 0; i < m - 2; ++i) c.push_back(alpha + beta - alpha * phi);
    c.push_back(alpha + beta - phi);
    c.push_back(1);
    return rootsInsideUnitCircle(c);
}

bool rootsInsideUnitCircle(std::vector<double> c)
{
    // The Schur-Cohn recursion: p has all roots inside |z| < 1 iff |c_0| < |c_n| and the same
    // holds for (c_n p(z) - c_0 p*(z)) / z. O(n^2) arithmetic instead of an eigensolver, cheap
    // enough to test inside the likelihood.
    while (c.size() > 1 && c.back() == 0.0) c.pop_back();
    constexpr double tolerance = 1e-10;
    // Each step shortens the polynomial by one; the two buffers take turns (it runs inside the
    // likelihood's search, where an allocation per step showed in profiles).
    std::vector<double> next(c.size());
    for (size_t n = c.size() - 1; n >= 1; --n) {
        const double lead = c[n], constant = c[0];
        if (std::fabs(constant) >= std::fabs(lead) * (1 + tolerance)) return false;
        double largest = 0;
        for (size_t i = 0; i < n; ++i) {
            next[i] = lead * c[i + 1] - constant * c[n - 1 - i];
            largest = std::max(largest, std::fabs(next[i]));
        }
        if (largest == 0) return true; // a root on the boundary to within rounding
        for (size_t i = 0; i < n; ++i) next[i] /= largest;
        c.swap(next);
    }
    return true;
}

} // namespace almanac::ets
