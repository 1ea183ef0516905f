#include "forecast/ProphetRecipe.h"

#include "data/Schema.h"
#include "data/Timestamp.h"
#include "forecast/NaiveRecipe.h"
#include "forecast/Quantiles.h"
#include "forecast/SeriesHistory.h"
#include "forecast/prophet/Holidays.h"

#include <Eigen/Core>
#include <LBFGS.h>
#include <cmath>
#include <map>
#include <random>
#include <set>

namespace almanac {

std::string ProphetRecipe::description() const
{
    return "Piecewise-linear trend with changepoints, Fourier seasonalities, holidays and regressors (MAP).";
}

namespace {

struct Seasonality {
    double periodDays;
    int order;
};

// The regression design for a set of times (days since 1970, scaled time); everything but the
// trend's changepoint columns is identical for history and future rows.
struct Design {
    std::vector<double> changepoints;        // in scaled time
    std::vector<Seasonality> seasonalities;
    std::vector<std::pair<std::string, std::set<int64_t>>> holidays;
    std::vector<size_t> regressors;          // feature indices
    std::vector<double> regressorMean, regressorScale;

    size_t columns() const
    {
        size_t c = 2 + changepoints.size() + holidays.size() + regressors.size();
        for (const Seasonality& s : seasonalities) c += 2 * size_t(s.order);
        return c;
    }
    // Row for one time; features[f][index] gives the regressors' raw values.
    void row(double scaledTime, double days, size_t index, const std::vector<std::vector<double>>& features, double* out) const
    {
        size_t c = 0;
        out[c++] = scaledTime;
        out[c++] = 1.0;
        for (double s : changepoints) out[c++] = std::max(0.0, scaledTime - s);
        for (const Seasonality& s : seasonalities)
            for (int k = 1; k <= s.order; ++k) {
                const double angle = 2 * M_PI * k * days / s.periodDays;
                out[c++] = std::sin(angle);
                out[c++] = std::cos(angle);
            }
        const int64_t day = int64_t(std::floor(days));
        for (const auto& [name, dates] : holidays) out[c++] = dates.count(day) ? 1.0 : 0.0;
        for (size_t r = 0; r < regressors.size(); ++r) {
            const double v = features[regressors[r]][index];
            out[c++] = std::isnan(v) ? 0.0 : (v - regressorMean[r]) / regressorScale[r];
        }
    }
};

// The fitted curve: the design (changepoints, seasonalities, holidays, regressor scaling), its
// coefficients and the time and value scales. Forecasting newer data extends the same curve.
class ProphetSeriesModel final : public SeriesModel {
public:
    bool fitted = false;    // false: too few observations, the naive rule
    Design design;          // holiday dates are computed again from the country and names
    std::string country;
    std::vector<double> beta;
    double sigma = 0;
    double firstDay = 0, span = 1, yScale = 1;
    uint64_t observedCount = 0;

    void write(ByteWriter& out) const override
    {
        out.boolean(fitted);
        if (!fitted) return;
        out.doubles(design.changepoints);
        out.u64(design.seasonalities.size());
        for (const Seasonality& s : design.seasonalities) {
            out.f64(s.periodDays);
            out.u32(uint32_t(s.order));
        }
        out.text(country);
        std::vector<std::string> names;
        for (const auto& h : design.holidays) names.push_back(h.first);
        out.texts(names);
        std::vector<uint32_t> regressors(design.regressors.begin(), design.regressors.end());
        out.u32s(regressors);
        out.doubles(design.regressorMean);
        out.doubles(design.regressorScale);
        out.doubles(beta);
        out.f64(sigma);
        out.f64(firstDay);
        out.f64(span);
        out.f64(yScale);
        out.u64(observedCount);
    }
};

// The named holidays' dates of country from the year of firstDay to that of lastDay.
std::vector<std::pair<std::string, std::set<int64_t>>> holidayDates(const std::string& country,
                                                                     const std::vector<std::string>& names,
                                                                     double firstDay, double lastDay)
{
    int y0, m0, d0, y1, m1, d1;
    civilFromDays(int64_t(firstDay), y0, m0, d0);
    civilFromDays(int64_t(lastDay), y1, m1, d1);
    std::map<std::string, std::set<int64_t>> byName;
    for (const Holiday& h : holidaysFor(country, y0, y1)) byName[h.name].insert(h.day);
    std::vector<std::pair<std::string, std::set<int64_t>>> out;
    for (const std::string& name : names) out.emplace_back(name, byName[name]);
    return out;
}

} // namespace

std::vector<ParameterSpec> ProphetRecipe::parameters() const
{
    return {ParameterSpec::choice("holidays", {"US", "UK", "DE", "FR", "JP", "us", "uk", "de", "fr", "jp"}, "", "country calendar"),
            ParameterSpec::integer("changepoints", 0, 1000, "25"),
            ParameterSpec::number("changepoint_prior", 1e-6, 100, "0.05"),
            ParameterSpec::number("seasonality_prior", 1e-6, 1000, "10"),
            ParameterSpec::integer("paths", 100, 100000, "1000")};
}

RecipeTraits ProphetRecipe::traits() const
{
    RecipeTraits t;
    t.cost = RecipeCost::Moderate;
    t.usesRelatedSeries = true;
    return t;
}

Result<std::unique_ptr<SeriesModel>> ProphetRecipe::fitSeries(const TimeSeries& series, const ForecastSpec& spec) const
{
    auto model = std::make_unique<ProphetSeriesModel>();
    const Frequency& frequency = spec.frequency;
    std::vector<size_t> observed;
    for (size_t i = 0; i < series.values.size(); ++i)
        if (!std::isnan(series.values[i])) observed.push_back(i);
    if (observed.size() < 4) return std::unique_ptr<SeriesModel>(std::move(model));

    auto daysAt = [&](size_t index) { return double(frequency.periodStart(series.firstPeriod + int64_t(index))) / kSecondsPerDay; };
    const double firstDay = daysAt(observed.front()), lastDay = daysAt(observed.back());
    const double span = std::max(lastDay - firstDay, 1e-9);
    auto scaled = [&](double days) { return (days - firstDay) / span; };
    double yScale = 0;
    for (size_t i : observed) yScale = std::max(yScale, std::fabs(series.values[i]));
    if (yScale == 0) yScale = 1;

    Design design;
    const int changepointCount = std::min(std::atoi(spec.parameter("changepoints", "25").c_str()), int(observed.size()) / 4);
    for (int j = 0; j < changepointCount; ++j) {
        const size_t position = size_t(double(j + 1) * 0.8 * double(observed.size()) / (changepointCount + 1));
        design.changepoints.push_back(scaled(daysAt(observed[position])));
    }
    const double periodDays = frequency.nominalSeconds() / kSecondsPerDay;
    if (span >= 730) design.seasonalities.push_back({365.25, 10});
    if (span >= 14 && periodDays < 7) design.seasonalities.push_back({7, 3});
    if (span >= 2 && periodDays < 1) design.seasonalities.push_back({1, 4});
    const std::string country = spec.parameter("holidays", "");
    if (!country.empty()) {
        if (std::find(holidayCountries().begin(), holidayCountries().end(), toUpper(country)) == holidayCountries().end())
            return Status::invalidInput("prophet: holidays must be one of US, UK, DE, FR, JP");
        int y0, m0, d0, y1, m1, d1;
        civilFromDays(int64_t(firstDay), y0, m0, d0);
        civilFromDays(int64_t(lastDay), y1, m1, d1);
        std::map<std::string, std::set<int64_t>> byName;
        for (const Holiday& h : holidaysFor(country, y0, y1)) byName[h.name].insert(h.day);
        // Only holidays the history has seen can be estimated.
        for (auto& [name, dates] : byName) {
            const bool seen = std::any_of(dates.begin(), dates.end(), [&](int64_t d) { return d >= firstDay && d <= lastDay; });
            if (seen && periodDays <= 1) design.holidays.emplace_back(name, std::move(dates));
        }
        model->country = toUpper(country);
    }
    for (size_t f = 0; f < series.features.size(); ++f) {
        double sum = 0, squares = 0;
        size_t n = 0;
        for (size_t i : observed)
            if (i < series.features[f].size() && !std::isnan(series.features[f][i])) {
                sum += series.features[f][i];
                squares += series.features[f][i] * series.features[f][i];
                ++n;
            }
        if (n < 2) continue;
        const double mean = sum / double(n), var = squares / double(n) - mean * mean;
        if (var <= 1e-12) continue; // a constant regressor says nothing
        design.regressors.push_back(f);
        design.regressorMean.push_back(mean);
        design.regressorScale.push_back(std::sqrt(var));
    }

    const Eigen::Index n = Eigen::Index(observed.size()), p = Eigen::Index(design.columns());
    Eigen::MatrixXd x(n, p);
    Eigen::VectorXd y(n);
    std::vector<double> rowBuffer(static_cast<size_t>(p));
    for (Eigen::Index r = 0; r < n; ++r) {
        const size_t i = observed[size_t(r)];
        design.row(scaled(daysAt(i)), daysAt(i), i, series.features, rowBuffer.data());
        for (Eigen::Index c = 0; c < p; ++c) x(r, c) = rowBuffer[size_t(c)];
        y(r) = series.values[i] / yScale;
    }
    const size_t changepointEnd = 2 + design.changepoints.size();
    const double tau = std::atof(spec.parameter("changepoint_prior", "0.05").c_str());
    const double seasonalityPrior = std::atof(spec.parameter("seasonality_prior", "10").c_str());
    if (!(tau > 0) || !(seasonalityPrior > 0)) return Status::invalidInput("prophet: priors must be positive");

    // Parameters: the p coefficients, then log sigma. The Laplace prior's |delta| is smoothed.
    // The sum of squares and its gradient come from the Gram matrix, formed once: O(p^2) an
    // evaluation instead of two passes over the n x p design (y is scaled to at most 1 and the
    // residuals are not tiny against it, so the cancellation costs nothing that matters).
    constexpr double smoothing = 1e-8;
    const Eigen::MatrixXd gram = x.transpose() * x;
    const Eigen::VectorXd xty = x.transpose() * y;
    const double yty = y.squaredNorm();
    auto objective = [&](const Eigen::VectorXd& v, Eigen::VectorXd& grad) {
        const Eigen::VectorXd beta = v.head(p);
        const double logSigma = v(p), sigma2 = std::exp(2 * logSigma);
        const Eigen::VectorXd gramBeta = gram * beta;
        const double sse = std::max(beta.dot(gramBeta) - 2 * beta.dot(xty) + yty, 0.0);
        double f = double(n) * logSigma + sse / (2 * sigma2) + sigma2 / (2 * 0.25);
        grad.resize(p + 1);
        grad.head(p) = (gramBeta - xty) / sigma2;
        for (Eigen::Index c = 0; c < p; ++c) {
            const size_t column = size_t(c);
            if (column < 2) {
                f += beta(c) * beta(c) / (2 * 25.0);
                grad(c) += beta(c) / 25.0;
            } else if (column < changepointEnd) {
                const double a = std::sqrt(beta(c) * beta(c) + smoothing);
                f += a / tau;
                grad(c) += beta(c) / (a * tau);
            } else {
                f += beta(c) * beta(c) / (2 * seasonalityPrior * seasonalityPrior);
                grad(c) += beta(c) / (seasonalityPrior * seasonalityPrior);
            }
        }
        grad(p) = double(n) - sse / sigma2 + sigma2 / 0.25 * 2 * 0.5;
        return f;
    };
    Eigen::VectorXd v = Eigen::VectorXd::Zero(p + 1);
    // Start on the line through the first and last observations.
    v(0) = y(n - 1) - y(0);
    v(1) = y(0);
    const Eigen::VectorXd start = x * v.head(p) - y;
    v(p) = std::log(std::max(std::sqrt(start.squaredNorm() / double(n)), 1e-3));
    LBFGSpp::LBFGSParam<double> param;
    param.epsilon = 1e-8;
    param.max_iterations = 2000;
    LBFGSpp::LBFGSSolver<double> solver(param);
    double fx = 0;
    try {
        solver.minimize(objective, v, fx);
    } catch (const std::exception&) {
        // The line search can give up close to the optimum; the last point is kept.
    }
    if (!v.allFinite()) return std::unique_ptr<SeriesModel>(std::move(model));
    model->fitted = true;
    model->beta.assign(v.data(), v.data() + p);
    model->sigma = std::exp(v(p));
    model->firstDay = firstDay;
    model->span = span;
    model->yScale = yScale;
    model->observedCount = observed.size();
    model->design = std::move(design);
    return std::unique_ptr<SeriesModel>(std::move(model));
}

Result<SeriesForecast> ProphetRecipe::forecastFromModel(const SeriesModel& stored, const TimeSeries& series,
                                                        const ForecastSpec& spec) const
{
    auto typed = modelAs<ProphetSeriesModel>(stored, name());
    if (!typed.isOk()) return typed.status();
    const ProphetSeriesModel& model = **typed;
    if (!model.fitted) return NaiveRecipe().forecastSeries(series, spec);
    const Frequency& frequency = spec.frequency;
    auto daysAt = [&](size_t index) { return double(frequency.periodStart(series.firstPeriod + int64_t(index))) / kSecondsPerDay; };
    const double firstDay = model.firstDay, span = model.span, yScale = model.yScale;
    auto scaled = [&](double days) { return (days - firstDay) / span; };
    Design design = model.design;
    const size_t historyLength = series.values.size();
    for (size_t r : design.regressors)
        if (r >= series.features.size() || series.features[r].size() < historyLength + size_t(spec.horizon))
            return Status::invalidInput("prophet: item " + series.itemId
                                        + ": the related series the model uses do not cover the history and horizon");
    if (!design.holidays.empty()) {
        std::vector<std::string> names;
        for (const auto& h : design.holidays) names.push_back(h.first);
        design.holidays = holidayDates(model.country, names, firstDay, daysAt(historyLength + size_t(spec.horizon)) + 1);
    }
    const Eigen::Index p = Eigen::Index(design.columns());
    if (size_t(p) != model.beta.size()) return Status::invalidInput("prophet: the stored model is damaged");
    const Eigen::Map<const Eigen::VectorXd> beta(model.beta.data(), p);
    const double sigma = model.sigma;
    std::vector<double> rowBuffer(static_cast<size_t>(p));
    const size_t changepointBegin = 2, changepointEnd = 2 + design.changepoints.size();

    // Future design rows and point forecasts.
    SeriesForecast out;
    out.mean.resize(size_t(spec.horizon));
    std::vector<double> futureTime(static_cast<size_t>(spec.horizon));
    for (int h = 0; h < spec.horizon; ++h) {
        const size_t index = historyLength + size_t(h);
        const double days = daysAt(index);
        futureTime[size_t(h)] = scaled(days);
        design.row(futureTime[size_t(h)], days, index, series.features, rowBuffer.data());
        double value = 0;
        for (Eigen::Index c = 0; c < p; ++c) value += rowBuffer[size_t(c)] * beta(c);
        out.mean[size_t(h)] = value;
    }
    // Trend uncertainty: future slope changes as often and as large as in the history.
    double meanAbsDelta = 0;
    for (size_t c = changepointBegin; c < changepointEnd; ++c) meanAbsDelta += std::fabs(beta(Eigen::Index(c)));
    meanAbsDelta = design.changepoints.empty() ? 0.0 : meanAbsDelta / double(design.changepoints.size());
    const double changeProbability = double(design.changepoints.size()) / double(model.observedCount);
    const int paths = std::max(100, std::atoi(spec.parameter("paths", "1000").c_str()));
    std::mt19937_64 rng(spec.seed ^ std::hash<std::string>{}(series.itemId));
    std::uniform_real_distribution<double> unit(0, 1);
    std::normal_distribution<double> noise(0, sigma);
    std::exponential_distribution<double> laplaceMagnitude(meanAbsDelta > 0 ? 1 / meanAbsDelta : 1.0);
    std::vector<std::vector<double>> byStep(static_cast<size_t>(spec.horizon), std::vector<double>(static_cast<size_t>(paths)));
    std::vector<std::pair<double, double>> changes; // (time, delta)
    for (int path = 0; path < paths; ++path) {
        changes.clear();
        for (int h = 0; h < spec.horizon; ++h) {
            if (meanAbsDelta > 0 && unit(rng) < changeProbability)
                changes.emplace_back(futureTime[size_t(h)], (unit(rng) < 0.5 ? -1 : 1) * laplaceMagnitude(rng));
            double trendShift = 0;
            for (const auto& [t0, delta] : changes) trendShift += delta * (futureTime[size_t(h)] - t0);
            byStep[size_t(h)][size_t(path)] = out.mean[size_t(h)] + trendShift + noise(rng);
        }
    }
    out.quantiles.assign(spec.quantiles.size(), std::vector<double>(static_cast<size_t>(spec.horizon)));
    for (int h = 0; h < spec.horizon; ++h) {
        const std::vector<double> q = sampleQuantiles(byStep[size_t(h)], spec.quantiles);
        for (size_t k = 0; k < q.size(); ++k) out.quantiles[k][size_t(h)] = q[k] * yScale;
        out.mean[size_t(h)] *= yScale;
    }
    finalizeQuantiles(out, historyIsNonNegative(series.values));
    return out;
}

Result<std::unique_ptr<SeriesModel>> ProphetRecipe::readSeriesModel(ByteReader& in) const
{
    auto model = std::make_unique<ProphetSeriesModel>();
    model->fitted = in.boolean();
    if (model->fitted) {
        model->design.changepoints = in.doubles();
        const uint64_t seasonalities = in.count(12);
        for (uint64_t i = 0; i < seasonalities; ++i) {
            Seasonality s;
            s.periodDays = in.f64();
            s.order = int(std::min<uint32_t>(in.u32(), 1000));
            model->design.seasonalities.push_back(s);
        }
        model->country = in.text();
        for (std::string& name : in.texts()) model->design.holidays.emplace_back(std::move(name), std::set<int64_t>{});
        for (uint32_t r : in.u32s()) model->design.regressors.push_back(r);
        model->design.regressorMean = in.doubles();
        model->design.regressorScale = in.doubles();
        model->beta = in.doubles();
        model->sigma = in.f64();
        model->firstDay = in.f64();
        model->span = in.f64();
        model->yScale = in.f64();
        model->observedCount = std::max<uint64_t>(1, in.u64());
        if (model->design.regressorMean.size() != model->design.regressors.size()
            || model->design.regressorScale.size() != model->design.regressors.size())
            return Status::invalidInput("prophet: the stored model is damaged");
    }
    ALMANAC_RETURN_IF_ERROR(in.status("prophet"));
    return std::unique_ptr<SeriesModel>(std::move(model));
}

} // namespace almanac
