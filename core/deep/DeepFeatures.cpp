#include "deep/DeepFeatures.h"

#include "data/Timestamp.h"
#include "forecast/SeriesHistory.h"
#include "forecast/prophet/Holidays.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace almanac::deep {

namespace {

constexpr int64_t kSecondsPerDay = 86400;

int64_t floorDiv(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

void addSeasonLags(std::set<int>& lags, int season, int multiples)
{
    for (int k = 1; k <= multiples; ++k)
        for (int d = -1; d <= 1; ++d) lags.insert(k * season + d);
}

} // namespace

std::vector<int> lagsForFrequency(const Frequency& frequency, size_t longest)
{
    std::set<int> lags;
    for (int l = 1; l <= 7; ++l) lags.insert(l);
    const int season = frequency.defaultSeason();
    switch (frequency.unit()) {
    case Frequency::Unit::Minute:
        addSeasonLags(lags, 60 / std::max(1, frequency.multiple()), 3); // the hour
        addSeasonLags(lags, season, 1);                                  // the day
        break;
    case Frequency::Unit::Hour: addSeasonLags(lags, season, 7); break;  // each day of the last week
    case Frequency::Unit::Day: addSeasonLags(lags, season, 4); break;   // each week of the last month
    case Frequency::Unit::Week: addSeasonLags(lags, 4, 2); addSeasonLags(lags, season, 1); break;
    case Frequency::Unit::Month: addSeasonLags(lags, season, 3); break;
    case Frequency::Unit::Quarter: addSeasonLags(lags, season, 3); break;
    case Frequency::Unit::Year: break;
    }
    for (int extra : frequency.seasonalPeriods())
        if (extra > season) addSeasonLags(lags, extra, 2); // hourly: the week, twice
    std::vector<int> out;
    for (int l : lags)
        if (l >= 1 && size_t(l) < std::max<size_t>(longest, 2)) out.push_back(l);
    return out;
}

std::vector<TimeFeature> timeFeaturesForFrequency(const Frequency& frequency)
{
    using F = TimeFeature;
    switch (frequency.unit()) {
    case Frequency::Unit::Minute: return {F::MinuteOfHour, F::HourOfDay, F::DayOfWeek, F::DayOfMonth, F::DayOfYear};
    case Frequency::Unit::Hour: return {F::HourOfDay, F::DayOfWeek, F::DayOfMonth, F::DayOfYear};
    case Frequency::Unit::Day: return {F::DayOfWeek, F::DayOfMonth, F::DayOfYear};
    case Frequency::Unit::Week: return {F::DayOfMonth, F::WeekOfYear};
    case Frequency::Unit::Month: return {F::MonthOfYear};
    case Frequency::Unit::Quarter: return {F::MonthOfYear};
    case Frequency::Unit::Year: return {};
    }
    return {};
}

double timeFeatureValue(TimeFeature feature, const Frequency& frequency, int64_t period)
{
    const int64_t seconds = frequency.periodStart(period);
    const int64_t days = floorDiv(seconds, kSecondsPerDay);
    const int64_t secondOfDay = seconds - days * kSecondsPerDay;
    int year = 0, month = 0, day = 0;
    civilFromDays(days, year, month, day);
    const int64_t dayOfYear = days - daysFromCivil(year, 1, 1);
    // GluonTS's convention: value / (count - 1) - 0.5.
    switch (feature) {
    case TimeFeature::MinuteOfHour: return double((secondOfDay / 60) % 60) / 59.0 - 0.5;
    case TimeFeature::HourOfDay: return double(secondOfDay / 3600) / 23.0 - 0.5;
    case TimeFeature::DayOfWeek: return double(((days + 3) % 7 + 7) % 7) / 6.0 - 0.5; // Monday 0
    case TimeFeature::DayOfMonth: return double(day - 1) / 30.0 - 0.5;
    case TimeFeature::DayOfYear: return double(dayOfYear) / 365.0 - 0.5;
    case TimeFeature::WeekOfYear: return double(std::min<int64_t>(dayOfYear / 7, 52)) / 52.0 - 0.5;
    case TimeFeature::MonthOfYear: return double(month - 1) / 11.0 - 0.5;
    }
    return 0.0;
}

std::vector<int64_t> SeriesLayout::cardinalities() const
{
    std::vector<int64_t> out;
    for (const auto& v : vocabularies) out.push_back(int64_t(v.size()) + 1);
    return out;
}

namespace {

// The calendar's holidays over every year a model may be asked about.
std::set<int64_t> holidayDaysOf(const std::string& country)
{
    std::set<int64_t> days;
    if (!country.empty())
        for (const Holiday& h : holidaysFor(country, 1970, 2100)) days.insert(h.day);
    return days;
}

} // namespace

void SeriesLayout::write(ByteWriter& out, bool withHolidays) const
{
    out.text(frequency.name());
    out.u32(uint32_t(contextLength));
    std::vector<uint32_t> lagValues(lags.begin(), lags.end());
    out.u32s(lagValues);
    std::vector<uint32_t> features;
    for (TimeFeature f : timeFeatures) features.push_back(uint32_t(f));
    out.u32s(features);
    out.doubles(relatedMean);
    out.doubles(relatedScale);
    out.u64(vocabularies.size());
    for (const auto& vocabulary : vocabularies) {
        // In index order, so that reading rebuilds the same indices.
        std::vector<std::string> byIndex(vocabulary.size());
        for (const auto& [value, index] : vocabulary) byIndex[size_t(index - 1)] = value;
        out.texts(byIndex);
    }
    if (withHolidays) out.text(holidayCountry);
}

Result<SeriesLayout> SeriesLayout::read(ByteReader& in, bool withHolidays)
{
    SeriesLayout layout;
    const auto frequency = Frequency::parse(in.text());
    if (!frequency) return Status::invalidInput("deep model: the stored frequency is damaged");
    layout.frequency = *frequency;
    layout.contextLength = int(std::min<uint32_t>(in.u32(), 1u << 20));
    for (uint32_t l : in.u32s()) layout.lags.push_back(int(std::min<uint32_t>(l, 1u << 20)));
    for (uint32_t f : in.u32s()) {
        if (f > uint32_t(TimeFeature::MonthOfYear)) return Status::invalidInput("deep model: the stored calendar features are damaged");
        layout.timeFeatures.push_back(TimeFeature(f));
    }
    layout.relatedMean = in.doubles();
    layout.relatedScale = in.doubles();
    if (layout.relatedMean.size() != layout.relatedScale.size()) return Status::invalidInput("deep model: the stored layout is damaged");
    const uint64_t count = in.count(8);
    for (uint64_t v = 0; v < count && in.ok(); ++v) {
        std::map<std::string, int64_t> vocabulary;
        int64_t index = 1;
        for (std::string& value : in.texts()) vocabulary.emplace(std::move(value), index++);
        layout.vocabularies.push_back(std::move(vocabulary));
    }
    if (!std::is_sorted(layout.lags.begin(), layout.lags.end())) return Status::invalidInput("deep model: the stored lags are damaged");
    if (withHolidays) {
        layout.holidayCountry = in.text();
        layout.holidayDays = holidayDaysOf(layout.holidayCountry);
        if (!layout.holidayCountry.empty() && layout.holidayDays.empty())
            return Status::invalidInput("deep model: the stored holiday calendar is damaged");
    }
    ALMANAC_RETURN_IF_ERROR(in.status("deep model layout"));
    return layout;
}

SeriesLayout layoutOf(const SeriesSet& data, int contextLength, const std::string& holidayCountry)
{
    SeriesLayout layout;
    layout.frequency = data.frequency;
    layout.contextLength = contextLength;
    size_t longest = 0;
    for (const TimeSeries& s : data.series) longest = std::max(longest, s.values.size());
    layout.lags = lagsForFrequency(data.frequency, longest);
    layout.timeFeatures = timeFeaturesForFrequency(data.frequency);
    layout.holidayCountry = holidayCountry;
    layout.holidayDays = holidayDaysOf(holidayCountry);
    const size_t related = data.featureNames.size();
    layout.relatedMean.assign(related, 0.0);
    layout.relatedScale.assign(related, 1.0);
    for (size_t f = 0; f < related; ++f) {
        double sum = 0, squares = 0;
        size_t n = 0;
        for (const TimeSeries& s : data.series)
            if (f < s.features.size())
                for (double v : s.features[f])
                    if (std::isfinite(v)) {
                        sum += v;
                        squares += v * v;
                        ++n;
                    }
        if (n == 0) continue;
        const double mean = sum / double(n);
        const double variance = std::max(0.0, squares / double(n) - mean * mean);
        layout.relatedMean[f] = mean;
        layout.relatedScale[f] = variance > 1e-24 ? std::sqrt(variance) : 1.0;
    }
    const size_t dimensions = data.dimensionNames.size(), attributes = data.attributeNames.size();
    layout.vocabularies.resize(1 + dimensions + attributes);
    auto add = [&](size_t v, const std::string& value) {
        if (!value.empty()) layout.vocabularies[v].emplace(value, int64_t(layout.vocabularies[v].size()) + 1);
    };
    for (const TimeSeries& s : data.series) {
        add(0, s.itemId);
        for (size_t d = 0; d < dimensions && d < s.dimensions.size(); ++d) add(d + 1, s.dimensions[d]);
        for (size_t a = 0; a < attributes && a < s.attributes.size(); ++a) add(1 + dimensions + a, s.attributes[a]);
    }
    return layout;
}

std::vector<int64_t> categoriesOf(const SeriesLayout& layout, const TimeSeries& series)
{
    std::vector<int64_t> out(layout.vocabularies.size(), 0);
    auto lookup = [](const std::map<std::string, int64_t>& vocabulary, const std::string& value) -> int64_t {
        const auto it = vocabulary.find(value);
        return it == vocabulary.end() ? 0 : it->second;
    };
    if (!out.empty()) out[0] = lookup(layout.vocabularies[0], series.itemId);
    const size_t dimensions = series.dimensions.size();
    for (size_t d = 1; d < out.size(); ++d) {
        if (d - 1 < dimensions) out[d] = lookup(layout.vocabularies[d], series.dimensions[d - 1]);
        else if (d - 1 - dimensions < series.attributes.size())
            out[d] = lookup(layout.vocabularies[d], series.attributes[d - 1 - dimensions]);
    }
    return out;
}

ColdStartLearnt learnColdStart(const SeriesLayout& layout, const SeriesSet& data, const std::vector<int64_t>& trainEnd,
                               int contextLength, bool centred)
{
    ColdStartLearnt out;
    std::vector<std::vector<int64_t>> categories;
    std::vector<WindowScaling> scalings;
    for (size_t s = 0; s < data.series.size(); ++s) {
        const TimeSeries& series = data.series[s];
        if (!historyIsNonNegative(series.values)) out.nonNegative = false;
        if (hasNoHistory(series)) continue;
        categories.push_back(categoriesOf(layout, series));
        scalings.push_back(scalingOf(series, trainEnd[s] - contextLength, trainEnd[s], centred));
    }
    out.scaling = ColdStartScaling::of(categories, scalings, layout.cardinalities());
    return out;
}

bool hasNoHistory(const TimeSeries& series)
{
    return std::none_of(series.values.begin(), series.values.end(), [](double v) { return std::isfinite(v); });
}

TimeSeries asNewItemAt(const TimeSeries& series, int64_t origin)
{
    TimeSeries out;
    out.itemId = series.itemId;
    out.dimensions = series.dimensions;
    out.attributes = series.attributes;
    out.firstPeriod = series.firstPeriod + origin;
    auto from = [&](const std::vector<double>& v) {
        const size_t start = size_t(std::clamp<int64_t>(origin, 0, int64_t(v.size())));
        return std::vector<double>(v.begin() + long(start), v.end());
    };
    out.values = from(series.values);
    for (const auto& f : series.features) out.features.push_back(from(f));
    out.pastFeatures.assign(series.pastFeatures.size(), {});
    return out;
}

ColdStartScaling ColdStartScaling::of(const std::vector<std::vector<int64_t>>& categories,
                                      const std::vector<WindowScaling>& scalings, const std::vector<int64_t>& cardinalities)
{
    ColdStartScaling out;
    const size_t vocabularies = cardinalities.size();
    std::vector<std::vector<double>> counts(vocabularies);
    out.logScale.resize(vocabularies);
    out.loc.resize(vocabularies);
    for (size_t v = 0; v < vocabularies; ++v) {
        out.logScale[v].assign(size_t(cardinalities[v]), 0.0);
        out.loc[v].assign(size_t(cardinalities[v]), 0.0);
        counts[v].assign(size_t(cardinalities[v]), 0.0);
    }
    double n = 0;
    for (size_t s = 0; s < scalings.size(); ++s) {
        const double logScale = std::log(scalings[s].scale), loc = scalings[s].loc;
        out.overallLogScale += logScale;
        out.overallLoc += loc;
        n += 1;
        for (size_t v = 1; v < vocabularies && v < categories[s].size(); ++v) {
            const int64_t index = categories[s][v];
            if (index <= 0 || index >= cardinalities[v]) continue;
            out.logScale[v][size_t(index)] += logScale;
            out.loc[v][size_t(index)] += loc;
            counts[v][size_t(index)] += 1;
        }
    }
    if (n > 0) {
        out.overallLogScale /= n;
        out.overallLoc /= n;
    }
    for (size_t v = 0; v < vocabularies; ++v)
        for (size_t i = 0; i < counts[v].size(); ++i) {
            // A value no trained series had stands for the overall average.
            out.logScale[v][i] = counts[v][i] > 0 ? out.logScale[v][i] / counts[v][i] : out.overallLogScale;
            out.loc[v][i] = counts[v][i] > 0 ? out.loc[v][i] / counts[v][i] : out.overallLoc;
        }
    return out;
}

WindowScaling ColdStartScaling::scalingFor(const std::vector<int64_t>& categories) const
{
    double logScale = 0, loc = 0, n = 0;
    for (size_t v = 1; v < std::min(categories.size(), this->logScale.size()); ++v) {
        const int64_t index = categories[v];
        if (index <= 0 || size_t(index) >= this->logScale[v].size()) continue;
        logScale += this->logScale[v][size_t(index)];
        loc += this->loc[v][size_t(index)];
        n += 1;
    }
    WindowScaling out;
    out.scale = std::exp(n > 0 ? logScale / n : overallLogScale);
    out.loc = n > 0 ? loc / n : overallLoc;
    if (!(out.scale > 0) || !std::isfinite(out.scale)) out.scale = 1.0;
    if (!std::isfinite(out.loc)) out.loc = 0.0;
    return out;
}

void ColdStartScaling::write(ByteWriter& out) const
{
    out.f64(overallLogScale);
    out.f64(overallLoc);
    out.u64(logScale.size());
    for (size_t v = 0; v < logScale.size(); ++v) {
        out.doubles(logScale[v]);
        out.doubles(loc[v]);
    }
}

Result<ColdStartScaling> ColdStartScaling::read(ByteReader& in)
{
    ColdStartScaling out;
    out.overallLogScale = in.f64();
    out.overallLoc = in.f64();
    const uint64_t count = in.count(16);
    for (uint64_t v = 0; v < count && in.ok(); ++v) {
        out.logScale.push_back(in.doubles());
        out.loc.push_back(in.doubles());
        if (out.logScale.back().size() != out.loc.back().size()) return Status::invalidInput("deep model: the stored cold-start scaling is damaged");
    }
    ALMANAC_RETURN_IF_ERROR(in.status("deep model cold-start scaling"));
    return out;
}

WindowScaling scalingOf(const TimeSeries& series, int64_t from, int64_t to, bool centred)
{
    struct Moments {
        double n = 0, sum = 0, absSum = 0, squares = 0;
    };
    auto moments = [&](int64_t a, int64_t b) {
        Moments m;
        for (int64_t i = std::max<int64_t>(a, 0); i < std::min<int64_t>(b, int64_t(series.values.size())); ++i) {
            const double v = series.values[size_t(i)];
            if (!std::isfinite(v)) continue;
            m.n += 1;
            m.sum += v;
            m.absSum += std::fabs(v);
            m.squares += v * v;
        }
        return m;
    };
    Moments m = moments(from, to);
    if (m.n == 0 || m.absSum == 0) m = moments(0, to);
    WindowScaling out;
    if (m.n == 0) return out;
    const double meanAbs = m.absSum / m.n;
    if (!centred) {
        out.scale = meanAbs > 0 ? meanAbs : 1.0;
        return out;
    }
    out.loc = m.sum / m.n;
    const double sd = std::sqrt(std::max(0.0, m.squares / m.n - out.loc * out.loc));
    // A flat window has no spread to divide by, and a few observations (a series' first
    // periods) say little of it: at least a share of the level that shrinks as observations come,
    // 1/n of it, down to a thousandth. With a thousandth throughout, the windows that open a series
    // reached the network at thousands of deviations, and cnnqr's pinball loss spiked on them
    // (validation loss 0.086 against 0.079, OWA 0.637 against 0.53x on M4 hourly).
    out.scale = std::max(sd, std::max(1e-3, 1.0 / m.n) * meanAbs);
    if (!(out.scale > 0)) out.scale = 1.0;
    return out;
}

namespace {

struct HolidayInputs {
    float holiday = 0, adjacent = 0;
};

// Whether the days of a period hold a holiday, or a day next to one (the eve, the bridge day).
HolidayInputs holidayInputsOf(const SeriesLayout& layout, int64_t period)
{
    const int64_t first = floorDiv(layout.frequency.periodStart(period), kSecondsPerDay);
    const int64_t last = std::max(first, floorDiv(layout.frequency.periodStart(period + 1) - 1, kSecondsPerDay));
    HolidayInputs out;
    const auto from = layout.holidayDays.lower_bound(first - 1);
    for (auto it = from; it != layout.holidayDays.end() && *it <= last + 1; ++it) {
        if (*it >= first && *it <= last) out.holiday = 1;
        else out.adjacent = 1;
    }
    return out;
}

} // namespace

void fillKnown(const SeriesLayout& layout, const TimeSeries& series, int64_t first, int steps, float* out)
{
    const size_t width = layout.knownWidth();
    for (int k = 0; k < steps; ++k) {
        const int64_t t = first + k;
        float* row = out + size_t(k) * width;
        size_t c = 0;
        for (TimeFeature f : layout.timeFeatures) row[c++] = float(timeFeatureValue(f, layout.frequency, series.firstPeriod + t));
        if (layout.holidayWidth() > 0) {
            const HolidayInputs h = holidayInputsOf(layout, series.firstPeriod + t);
            row[c++] = h.holiday;
            row[c++] = h.adjacent;
        }
        row[c++] = float(std::log10(2.0 + double(std::max<int64_t>(t, 0))));
        for (size_t f = 0; f < layout.relatedCount(); ++f) {
            double v = 0.0;
            if (f < series.features.size() && t >= 0 && size_t(t) < series.features[f].size()) v = series.features[f][size_t(t)];
            row[c++] = std::isfinite(v) ? float((v - layout.relatedMean[f]) / layout.relatedScale[f]) : 0.0f;
        }
    }
}

void fillSteps(const SeriesLayout& layout, const TimeSeries& series, int64_t first, int steps, int64_t observedEnd,
               const WindowScaling& scaling, float* dynamic, float* target, float* mask)
{
    const int64_t end = std::min<int64_t>(observedEnd, int64_t(series.values.size()));
    auto scaled = [&](int64_t i) -> float {
        if (i < 0 || i >= end) return 0.0f;
        const double v = series.values[size_t(i)];
        return std::isfinite(v) ? float((v - scaling.loc) / scaling.scale) : 0.0f;
    };
    const size_t width = layout.dynamicWidth();
    const size_t lagCount = layout.lags.size();
    std::vector<float> known(size_t(steps) * layout.knownWidth());
    fillKnown(layout, series, first, steps, known.data());
    for (int k = 0; k < steps; ++k) {
        const int64_t t = first + k;
        float* row = dynamic + size_t(k) * width;
        for (size_t l = 0; l < lagCount; ++l) row[l] = scaled(t - layout.lags[l]);
        std::copy_n(known.data() + size_t(k) * layout.knownWidth(), layout.knownWidth(), row + lagCount);
        if (target) {
            const bool observed = t >= 0 && t < end && std::isfinite(series.values[size_t(t)]);
            target[k] = observed ? float(series.values[size_t(t)]) : 0.0f;
            mask[k] = observed ? 1.0f : 0.0f;
        }
    }
}

} // namespace almanac::deep
