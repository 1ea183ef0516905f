#include "forecast/arima/Arima.h"

#include "forecast/arima/ArmaStateSpace.h"

#include "forecast/Distributions.h"
#include "forecast/Stl.h"
#include "forecast/ets/EtsModel.h"
#include "util/Minimizer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <numeric>
#include <set>

namespace almanac::arima {

std::string ArimaOrder::name() const
{
    char buffer[96];
    int used = std::snprintf(buffer, sizeof buffer, "ARIMA(%d,%d,%d)", p, d, q);
    if (m > 1 && (P || D || Q)) used += std::snprintf(buffer + used, sizeof buffer - size_t(used), "(%d,%d,%d)[%d]", P, D, Q, m);
    if (constant) std::snprintf(buffer + used, sizeof buffer - size_t(used), "%s", d + D == 0 ? " with mean" : " with drift");
    return buffer;
}

bool ArimaOrder::operator<(const ArimaOrder& o) const
{
    return std::tie(p, d, q, P, D, Q, m, constant) < std::tie(o.p, o.d, o.q, o.P, o.D, o.Q, o.m, o.constant);
}

std::vector<double> difference(const std::vector<double>& y, int d, int D, int m)
{
    std::vector<double> w = y;
    for (int k = 0; k < D; ++k) {
        if (w.size() <= size_t(m)) return {};
        std::vector<double> next(w.size() - size_t(m));
        for (size_t t = 0; t < next.size(); ++t) next[t] = w[t + size_t(m)] - w[t];
        w = std::move(next);
    }
    for (int k = 0; k < d; ++k) {
        if (w.size() <= 1) return {};
        std::vector<double> next(w.size() - 1);
        for (size_t t = 0; t < next.size(); ++t) next[t] = w[t + 1] - w[t];
        w = std::move(next);
    }
    return w;
}

double kpssStatistic(const std::vector<double>& y)
{
    const size_t n = y.size();
    const double mean = std::accumulate(y.begin(), y.end(), 0.0) / double(n);
    std::vector<double> e(n);
    for (size_t t = 0; t < n; ++t) e[t] = y[t] - mean;
    double partial = 0, sumSquares = 0;
    for (double v : e) {
        partial += v;
        sumSquares += partial * partial;
    }
    const int lags = int(4 * std::pow(double(n) / 100, 0.25));
    double longRun = 0;
    for (double v : e) longRun += v * v;
    for (int s = 1; s <= lags; ++s) {
        double cov = 0;
        for (size_t t = size_t(s); t < n; ++t) cov += e[t] * e[t - size_t(s)];
        longRun += 2 * (1 - double(s) / (lags + 1)) * cov;
    }
    longRun /= double(n);
    if (longRun <= 0) return 0;
    return sumSquares / (double(n) * double(n) * longRun);
}

int chooseRegularDifferences(const std::vector<double>& y, int maxD)
{
    std::vector<double> w = y;
    int d = 0;
    while (d < maxD && w.size() > 10) {
        const double first = w.front();
        if (std::all_of(w.begin(), w.end(), [&](double v) { return v == first; })) break;
        if (kpssStatistic(w) <= 0.463) break;
        w = difference(w, 1, 0, 1);
        ++d;
    }
    return d;
}

int chooseSeasonalDifferences(const std::vector<double>& y, int m)
{
    if (m < 2 || y.size() < size_t(2 * m) + 1) return 0;
    StlOptions options;
    options.period = m;
    const StlResult r = stl(y, options);
    auto variance = [](const std::vector<double>& v) {
        const double mean = std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
        double s = 0;
        for (double x : v) s += (x - mean) * (x - mean);
        return s / double(v.size());
    };
    std::vector<double> seasonPlusRemainder(y.size());
    for (size_t t = 0; t < y.size(); ++t) seasonPlusRemainder[t] = r.seasonal[t] + r.remainder[t];
    const double total = variance(seasonPlusRemainder);
    if (total <= 0) return 0;
    const double strength = std::max(0.0, 1 - variance(r.remainder) / total);
    return strength > 0.64 ? 1 : 0;
}

namespace {

// The product (1 + sign sum c_i B^i)(1 + sign sum C_i B^(m i)) as coefficients with [0] = 1:
// sign -1 for autoregressive parts (phi, Phi), +1 for moving-average parts (theta, Theta).
std::vector<double> expandPolynomial(const std::vector<double>& regular, const std::vector<double>& seasonal, int m, double sign)
{
    std::vector<double> a(regular.size() + 1, 0.0), s(seasonal.size() * size_t(m) + 1, 0.0);
    a[0] = 1;
    for (size_t i = 0; i < regular.size(); ++i) a[i + 1] = sign * regular[i];
    s[0] = 1;
    for (size_t i = 0; i < seasonal.size(); ++i) s[(i + 1) * size_t(m)] = sign * seasonal[i];
    std::vector<double> product(a.size() + s.size() - 1, 0.0);
    for (size_t i = 0; i < a.size(); ++i)
        for (size_t j = 0; j < s.size(); ++j) product[i + j] += a[i] * s[j];
    return product;
}

std::vector<double> expandAr(const std::vector<double>& phi, const std::vector<double>& sphi, int m)
{
    return expandPolynomial(phi, sphi, m, -1.0);
}

std::vector<double> expandMa(const std::vector<double>& theta, const std::vector<double>& stheta, int m)
{
    return expandPolynomial(theta, stheta, m, 1.0);
}

// 1 - c1 z - ... - ck z^k (sign = -1) or 1 + c1 z + ... (sign = +1) has all roots outside the unit
// circle iff its reversal has them inside.
bool rootsOutside(const std::vector<double>& c, double sign)
{
    if (c.empty()) return true;
    std::vector<double> reversed(c.size() + 1);
    for (size_t i = 0; i < c.size(); ++i) reversed[c.size() - 1 - i] = sign * c[i];
    reversed[c.size()] = 1;
    // A margin keeps the optimiser off the boundary, where the sum of squares is flat.
    for (size_t i = 0; i < c.size(); ++i) reversed[i] *= std::pow(1.001, double(c.size() - i));
    return ets::rootsInsideUnitCircle(reversed);
}

struct Coefficients {
    std::vector<double> ar, ma, sar, sma;
    double mean = 0;
};

Coefficients unpack(const std::vector<double>& x, const ArimaOrder& o)
{
    Coefficients c;
    size_t i = 0;
    for (int k = 0; k < o.p; ++k) c.ar.push_back(x[i++]);
    for (int k = 0; k < o.q; ++k) c.ma.push_back(x[i++]);
    for (int k = 0; k < o.P; ++k) c.sar.push_back(x[i++]);
    for (int k = 0; k < o.Q; ++k) c.sma.push_back(x[i++]);
    if (o.constant) c.mean = x[i++];
    return c;
}

// The nonzero terms of an expanded polynomial past its leading 1. A seasonal expansion is mostly
// structural zeros (ARIMA(2,0,1)(1,0,1)_24 has 3 nonzero AR terms over 26 lags); skipping them
// leaves every sum as it was, term for term, at a fraction of the work.
struct Term {
    size_t lag;
    double coefficient;
};
std::vector<Term> nonzeroTerms(const std::vector<double>& expanded)
{
    std::vector<Term> terms;
    for (size_t i = 1; i < expanded.size(); ++i)
        if (expanded[i] != 0.0) terms.push_back({i, expanded[i]});
    return terms;
}

// Conditional sum of squares: residuals of the expanded model from t = AR degree on. The search
// spends most of its time here.
double conditionalSumOfSquares(const std::vector<double>& w, const Coefficients& c, const ArimaOrder& o,
                               std::vector<double>* residuals, size_t* used)
{
    const std::vector<double> arPolynomial = expandAr(c.ar, c.sar, o.m);
    const std::vector<Term> ar = nonzeroTerms(arPolynomial);
    const std::vector<Term> ma = nonzeroTerms(expandMa(c.ma, c.sma, o.m));
    const size_t start = arPolynomial.size() - 1;
    const size_t n = w.size();
    // The autoregressive part needs no residuals: lag by lag over all t (vectorisable), adding the
    // terms in the same order per t as one pass would.
    std::vector<double> e(n, 0.0);
    for (size_t t = start; t < n; ++t) e[t] = w[t] - c.mean;
    for (const Term& term : ar)
        for (size_t t = start; t < n; ++t) e[t] += term.coefficient * (w[t - term.lag] - c.mean);
    double css = 0;
    for (size_t t = start; t < n; ++t) {
        double v = e[t];
        for (const Term& term : ma) {
            if (term.lag > t) break;
            v -= term.coefficient * e[t - term.lag];
        }
        e[t] = v;
        css += v * v;
    }
    if (residuals) *residuals = std::move(e);
    if (used) *used = n > start ? n - start : 0;
    return css;
}

} // namespace

namespace {

std::vector<double> negated(std::vector<double> c)
{
    for (double& v : c) v = -v;
    return c;
}

// The expanded model in ArmaStateSpace's convention: w_t = sum ar w_(t-i) + e_t + sum ma e_(t-j).
std::optional<ArmaLikelihood> exactLikelihood(const std::vector<double>& w, const Coefficients& c, const ArimaOrder& o)
{
    const std::vector<double> ar = expandAr(c.ar, c.sar, o.m), ma = expandMa(c.ma, c.sma, o.m);
    std::vector<double> centred(w.size());
    for (size_t t = 0; t < w.size(); ++t) centred[t] = w[t] - c.mean;
    return armaLikelihood(centred, negated(std::vector<double>(ar.begin() + 1, ar.end())),
                          std::vector<double>(ma.begin() + 1, ma.end()));
}

bool admissible(const Coefficients& c)
{
    return rootsOutside(c.ar, -1) && rootsOutside(c.sar, -1) && rootsOutside(c.ma, 1) && rootsOutside(c.sma, 1);
}

double aicc(double minusTwoLogLik, int coefficients, double n)
{
    const double params = double(coefficients + 1); // and sigma2
    return minusTwoLogLik + 2 * params + 2 * params * (params + 1) / std::max(n - params - 1, 1.0);
}

} // namespace

std::optional<ArimaFit> fitArima(const std::vector<double>& y, const ArimaOrder& o, ArimaFitMethod method, const ArimaFit* start)
{
    const std::vector<double> w = difference(y, o.d, o.D, o.m);
    const int k = o.p + o.q + o.P + o.Q + (o.constant ? 1 : 0);
    const size_t conditioning = size_t(o.p + o.P * o.m);
    if (w.size() < conditioning + size_t(k) + 5) return std::nullopt;

    std::vector<double> x(size_t(k), 0.0), step(size_t(k), 0.1);
    if (o.constant) {
        x.back() = std::accumulate(w.begin(), w.end(), 0.0) / double(w.size());
        double sd = 0;
        for (double v : w) sd += (v - x.back()) * (v - x.back());
        step.back() = std::max(1e-6, 0.1 * std::sqrt(sd / double(w.size())));
    }
    auto cssObjective = [&](const std::vector<double>& v) {
        const Coefficients c = unpack(v, o);
        if (!admissible(c)) return std::numeric_limits<double>::infinity();
        size_t used = 0;
        const double css = conditionalSumOfSquares(w, c, o, nullptr, &used);
        return used ? std::log(css / double(used)) : std::numeric_limits<double>::infinity();
    };
    std::vector<double> best = x;
    bool searched = false;
    if (start && k > 0 && start->ar.size() == size_t(o.p) && start->ma.size() == size_t(o.q)
        && start->sar.size() == size_t(o.P) && start->sma.size() == size_t(o.Q) && start->order.constant == o.constant) {
        std::vector<double> from;
        for (const auto* part : {&start->ar, &start->ma, &start->sar, &start->sma}) from.insert(from.end(), part->begin(), part->end());
        if (o.constant) from.push_back(start->mean);
        if (std::isfinite(cssObjective(from))) {
            x = from;
            best = from;
            // From maximum-likelihood estimates the likelihood stage below starts where it would
            // end up anyway; CSS would only walk away and back.
            searched = start->maximumLikelihood && method == ArimaFitMethod::ConditionalThenMaximumLikelihood;
        }
    }
    if (k > 0 && !searched) {
        MinimizerOptions options;
        options.initialStep = step;
        options.maxEvaluations = 200 * (k + 1);
        options.relativeTolerance = 1e-8;
        const MinimizerResult r = minimizeNelderMead(cssObjective, x, options);
        if (!std::isfinite(r.value)) return std::nullopt;
        best = r.x;
    }
    ArimaFit fit;
    fit.order = o;
    size_t used = 0;
    const double css = conditionalSumOfSquares(w, unpack(best, o), o, &fit.residuals, &used);
    if (used == 0 || !std::isfinite(css)) return std::nullopt;
    fit.sigma2 = css / double(used);
    fit.aicc = aicc(double(used) * (std::log(2 * M_PI * std::max(fit.sigma2, 1e-300)) + 1), k, double(used));

    if (method == ArimaFitMethod::ConditionalThenMaximumLikelihood && k > 0) {
        // R's concentrated objective: log sigma2 + mean log F, sigma2 at its optimum.
        auto mlObjective = [&](const std::vector<double>& v) {
            const Coefficients c = unpack(v, o);
            if (!admissible(c)) return std::numeric_limits<double>::infinity();
            const auto l = exactLikelihood(w, c, o);
            if (!l || l->count == 0) return std::numeric_limits<double>::infinity();
            return 0.5 * std::log(std::max(l->sigma2(), 1e-300)) + 0.5 * l->sumLogVariance / double(l->count);
        };
        MinimizerOptions options;
        options.initialStep.assign(size_t(k), 0.02);
        if (o.constant) options.initialStep.back() = step.back() * 0.2;
        options.maxEvaluations = 100 * (k + 1);
        options.relativeTolerance = 1e-8;
        const MinimizerResult r = minimizeNelderMead(mlObjective, best, options);
        if (std::isfinite(r.value)) {
            if (const auto l = exactLikelihood(w, unpack(r.x, o), o)) {
                best = r.x;
                fit.maximumLikelihood = true;
                fit.sigma2 = l->sigma2();
                fit.aicc = aicc(l->minusTwoLogLikelihood(), k, double(l->count));
                fit.state = l->predictedState;
                conditionalSumOfSquares(w, unpack(best, o), o, &fit.residuals, &used);
            }
        }
    }
    const Coefficients c = unpack(best, o);
    fit.ar = c.ar;
    fit.ma = c.ma;
    fit.sar = c.sar;
    fit.sma = c.sma;
    fit.mean = c.mean;
    fit.y = y;
    return fit;
}

std::optional<ArimaFit> autoArima(const std::vector<double>& y, int m, const ArimaSearchOptions& search)
{
    const bool seasonal = m > 1 && y.size() >= size_t(2 * m) + 1;
    const int D = !seasonal ? 0
                  : search.seasonalDifferences >= 0 ? search.seasonalDifferences
                                                    : chooseSeasonalDifferences(y, m);
    const int d = search.regularDifferences >= 0 ? search.regularDifferences : chooseRegularDifferences(difference(y, 0, D, m));
    // auto.arima's approximation: on long or finely seasonal series the search compares CSS fits
    // and only the chosen model is refitted by maximum likelihood.
    const bool maximumLikelihood = search.method == ArimaFitMethod::ConditionalThenMaximumLikelihood;
    const bool approximate = !maximumLikelihood || y.size() > 150 || m > 12;
    const ArimaFitMethod searchMethod = approximate ? ArimaFitMethod::ConditionalSumOfSquares : search.method;
    const bool allowConstant = d + D <= 1;
    const int maxP = 5, maxQ = 5, maxSP = seasonal ? 2 : 0, maxSQ = seasonal ? 2 : 0, maxOrder = 5;

    std::set<ArimaOrder> tried;
    std::optional<ArimaFit> best;
    auto consider = [&](ArimaOrder o) {
        if (o.p < 0 || o.q < 0 || o.P < 0 || o.Q < 0 || o.p > maxP || o.q > maxQ || o.P > maxSP || o.Q > maxSQ) return false;
        if (o.p + o.q + o.P + o.Q > maxOrder) return false;
        if (o.constant && !allowConstant) return false;
        if (!tried.insert(o).second) return false;
        auto fit = fitArima(y, o, searchMethod);
        if (fit && (!best || fit->aicc < best->aicc)) {
            best = std::move(fit);
            return true;
        }
        return false;
    };
    auto make = [&](int p, int q, int P, int Q, bool constant) {
        ArimaOrder o;
        o.p = p;
        o.q = q;
        o.P = seasonal ? P : 0;
        o.Q = seasonal ? Q : 0;
        o.d = d;
        o.D = D;
        o.m = seasonal ? m : 1;
        o.constant = constant && allowConstant;
        return o;
    };
    consider(make(2, 2, 1, 1, true));
    consider(make(0, 0, 0, 0, true));
    consider(make(1, 0, 1, 0, true));
    consider(make(0, 1, 0, 1, true));
    if (allowConstant) consider(make(0, 0, 0, 0, false));
    // Stepwise: move to any better neighbour until none is better.
    for (int steps = 0; best && steps < 94; ++steps) {
        const ArimaOrder c = best->order;
        bool improved = false;
        const int moves[][4] = {{1, 0, 0, 0}, {-1, 0, 0, 0}, {0, 1, 0, 0}, {0, -1, 0, 0}, {1, 1, 0, 0}, {-1, -1, 0, 0},
                                {0, 0, 1, 0}, {0, 0, -1, 0}, {0, 0, 0, 1}, {0, 0, 0, -1}, {0, 0, 1, 1}, {0, 0, -1, -1},
                                {1, -1, 0, 0}, {-1, 1, 0, 0}};
        for (const auto& mv : moves)
            improved |= consider(make(c.p + mv[0], c.q + mv[1], c.P + mv[2], c.Q + mv[3], c.constant));
        improved |= consider(make(c.p, c.q, c.P, c.Q, !c.constant));
        if (!improved) break;
    }
    if (best && maximumLikelihood && approximate)
        if (auto refit = fitArima(y, best->order, ArimaFitMethod::ConditionalThenMaximumLikelihood); refit && refit->maximumLikelihood)
            return refit;
    return best;
}

bool refilterArima(ArimaFit& fit, const std::vector<double>& y)
{
    const ArimaOrder& o = fit.order;
    const std::vector<double> w = difference(y, o.d, o.D, o.m);
    Coefficients c;
    c.ar = fit.ar;
    c.ma = fit.ma;
    c.sar = fit.sar;
    c.sma = fit.sma;
    c.mean = o.constant ? fit.mean : 0.0;
    if (w.size() <= size_t(o.p + o.P * o.m)) return false;
    size_t used = 0;
    conditionalSumOfSquares(w, c, o, &fit.residuals, &used);
    fit.state.clear();
    if (fit.maximumLikelihood) {
        const auto l = exactLikelihood(w, c, o);
        if (!l) return false;
        fit.state = l->predictedState;
    }
    fit.y = y;
    return true;
}

void writeArimaFit(ByteWriter& out, const ArimaFit& fit)
{
    const ArimaOrder& o = fit.order;
    for (int v : {o.p, o.d, o.q, o.P, o.D, o.Q, o.m}) out.u32(uint32_t(v));
    out.boolean(o.constant);
    out.doubles(fit.ar);
    out.doubles(fit.ma);
    out.doubles(fit.sar);
    out.doubles(fit.sma);
    out.f64(fit.mean);
    out.f64(fit.sigma2);
    out.f64(fit.aicc);
    out.boolean(fit.maximumLikelihood);
}

ArimaFit readArimaFit(ByteReader& in)
{
    ArimaFit fit;
    ArimaOrder& o = fit.order;
    for (int* v : {&o.p, &o.d, &o.q, &o.P, &o.D, &o.Q, &o.m}) *v = int(std::min<uint32_t>(in.u32(), 10000));
    o.m = std::max(1, o.m);
    o.constant = in.boolean();
    fit.ar = in.doubles();
    fit.ma = in.doubles();
    fit.sar = in.doubles();
    fit.sma = in.doubles();
    fit.mean = in.f64();
    fit.sigma2 = in.f64();
    fit.aicc = in.f64();
    fit.maximumLikelihood = in.boolean();
    // Coefficient counts that disagree with the order would index out of range later.
    if (fit.ar.size() != size_t(o.p) || fit.ma.size() != size_t(o.q) || fit.sar.size() != size_t(o.P)
        || fit.sma.size() != size_t(o.Q))
        fit.order = ArimaOrder{}, fit.ar.clear(), fit.ma.clear(), fit.sar.clear(), fit.sma.clear();
    return fit;
}

SeriesForecast forecastArima(const ArimaFit& fit, int horizon, const std::vector<double>& quantiles)
{
    const ArimaOrder& o = fit.order;
    // The differencing chain, kept so the forecasts can be integrated back.
    std::vector<std::vector<double>> chain{fit.y};
    for (int k = 0; k < o.D; ++k) chain.push_back(difference(chain.back(), 0, 1, o.m));
    for (int k = 0; k < o.d; ++k) chain.push_back(difference(chain.back(), 1, 0, 1));
    std::vector<double> w = chain.back();
    std::vector<double> e = fit.residuals;

    const std::vector<double> ar = expandAr(fit.ar, fit.sar, o.m);
    const std::vector<double> ma = expandMa(fit.ma, fit.sma, o.m);
    const size_t n = w.size();
    if (!fit.state.empty()) {
        // The Kalman filter's state: exact forecasts whatever the start-up of the residuals.
        for (double v : forecastFromState(fit.state, negated(std::vector<double>(ar.begin() + 1, ar.end())), horizon))
            w.push_back(fit.mean + v);
    } else {
        for (int h = 0; h < horizon; ++h) {
            const size_t t = n + size_t(h);
            double v = fit.mean;
            for (size_t i = 1; i < ar.size(); ++i) v -= ar[i] * ((t >= i ? w[t - i] : fit.mean) - fit.mean);
            for (size_t j = 1; j < ma.size(); ++j)
                if (t >= j && t - j < e.size()) v += ma[j] * e[t - j];
            w.push_back(v);
            e.push_back(0.0);
        }
    }
    // Integrate: undo the ordinary differences, then the seasonal ones, innermost last.
    std::vector<double> future(w.end() - horizon, w.end());
    for (int level = int(chain.size()) - 2; level >= 0; --level) {
        const std::vector<double>& below = chain[size_t(level)];
        const bool seasonalStep = level < o.D;
        const size_t lag = seasonalStep ? size_t(o.m) : 1;
        std::vector<double> extended = below;
        for (int h = 0; h < horizon; ++h) extended.push_back(future[size_t(h)] + extended[extended.size() - lag]);
        future.assign(extended.end() - horizon, extended.end());
    }

    // Psi weights of the full model, differencing included, for the forecast variance.
    std::vector<double> full = ar; // 1 - sum A_i B^i as coefficients c[0] = 1, c[i] = -A_i
    for (int k = 0; k < o.d; ++k) {
        std::vector<double> next(full.size() + 1, 0.0);
        for (size_t i = 0; i < full.size(); ++i) {
            next[i] += full[i];
            next[i + 1] -= full[i];
        }
        full = std::move(next);
    }
    for (int k = 0; k < o.D; ++k) {
        std::vector<double> next(full.size() + size_t(o.m), 0.0);
        for (size_t i = 0; i < full.size(); ++i) {
            next[i] += full[i];
            next[i + size_t(o.m)] -= full[i];
        }
        full = std::move(next);
    }
    std::vector<double> psi(size_t(horizon), 0.0);
    psi[0] = 1;
    for (size_t j = 1; j < psi.size(); ++j) {
        double v = j < ma.size() ? ma[j] : 0.0;
        for (size_t i = 1; i <= j && i < full.size(); ++i) v -= full[i] * psi[j - i];
        psi[j] = v;
    }
    SeriesForecast out;
    out.mean = future;
    out.quantiles.assign(quantiles.size(), std::vector<double>(static_cast<size_t>(horizon)));
    double cumulative = 0;
    for (int h = 0; h < horizon; ++h) {
        cumulative += psi[size_t(h)] * psi[size_t(h)];
        const double sd = std::sqrt(fit.sigma2 * cumulative);
        for (size_t k = 0; k < quantiles.size(); ++k)
            out.quantiles[k][size_t(h)] = future[size_t(h)] + normalQuantile(quantiles[k]) * sd;
    }
    return out;
}

} // namespace almanac::arima
