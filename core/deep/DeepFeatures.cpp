#include "deep/DeepFeatures.h"

#include "data/Timestamp.h"

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

void SeriesLayout::write(ByteWriter& out) const
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
}

Result<SeriesLayout> SeriesLayout::read(ByteReader& in)
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
    ALMANAC_RETURN_IF_ERROR(in.status("deep model layout"));
    return layout;
}

SeriesLayout layoutOf(const SeriesSet& data, int contextLength)
{
    SeriesLayout layout;
    layout.frequency = data.frequency;
    layout.contextLength = contextLength;
    size_t longest = 0;
    for (const TimeSeries& s : data.series) longest = std::max(longest, s.values.size());
    layout.lags = lagsForFrequency(data.frequency, longest);
    layout.timeFeatures = timeFeaturesForFrequency(data.frequency);
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
    layout.vocabularies.resize(1 + data.dimensionNames.size());
    for (const TimeSeries& s : data.series) {
        layout.vocabularies[0].emplace(s.itemId, int64_t(layout.vocabularies[0].size()) + 1);
        for (size_t d = 0; d < data.dimensionNames.size() && d < s.dimensions.size(); ++d)
            layout.vocabularies[d + 1].emplace(s.dimensions[d], int64_t(layout.vocabularies[d + 1].size()) + 1);
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
    for (size_t d = 1; d < out.size(); ++d)
        if (d - 1 < series.dimensions.size()) out[d] = lookup(layout.vocabularies[d], series.dimensions[d - 1]);
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
    // A flat window has no spread to divide by: a small share of its level instead.
    out.scale = std::max(sd, 1e-3 * meanAbs);
    if (!(out.scale > 0)) out.scale = 1.0;
    return out;
}

void fillKnown(const SeriesLayout& layout, const TimeSeries& series, int64_t first, int steps, float* out)
{
    const size_t width = layout.knownWidth();
    for (int k = 0; k < steps; ++k) {
        const int64_t t = first + k;
        float* row = out + size_t(k) * width;
        size_t c = 0;
        for (TimeFeature f : layout.timeFeatures) row[c++] = float(timeFeatureValue(f, layout.frequency, series.firstPeriod + t));
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
