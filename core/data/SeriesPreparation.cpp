#include "data/SeriesPreparation.h"

#include <cstdio>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <unordered_map>

namespace almanac {

std::optional<Aggregation> aggregationFromName(std::string_view name)
{
    const std::string n = toLower(name);
    if (n == "sum") return Aggregation::Sum;
    if (n == "avg" || n == "mean") return Aggregation::Mean;
    if (n == "min") return Aggregation::Min;
    if (n == "max") return Aggregation::Max;
    return std::nullopt;
}

const char* aggregationName(Aggregation aggregation)
{
    switch (aggregation) {
    case Aggregation::Sum: return "sum";
    case Aggregation::Mean: return "avg";
    case Aggregation::Min: return "min";
    case Aggregation::Max: return "max";
    }
    return "sum";
}

std::optional<FillRule> FillRule::parse(std::string_view text)
{
    const std::string n = toLower(text);
    FillRule rule;
    if (n == "auto" || n == "automatic") rule.method = Method::Automatic;
    else if (n == "zero") rule.method = Method::Zero;
    else if (n == "nan" || n == "none") rule.method = Method::Nan;
    else if (n == "mean") rule.method = Method::Mean;
    else if (n == "median") rule.method = Method::Median;
    else if (n == "min") rule.method = Method::Min;
    else if (n == "max") rule.method = Method::Max;
    else if (n == "last") rule.method = Method::Last;
    else {
        char* end = nullptr;
        const std::string s(text);
        double v = std::strtod(s.c_str(), &end);
        if (s.empty() || *end != '\0' || !std::isfinite(v)) return std::nullopt;
        rule.method = Method::Value;
        rule.value = v;
    }
    return rule;
}

std::string FillRule::name() const
{
    switch (method) {
    case Method::Automatic: return "auto";
    case Method::Zero: return "zero";
    case Method::Nan: return "nan";
    case Method::Mean: return "mean";
    case Method::Median: return "median";
    case Method::Min: return "min";
    case Method::Max: return "max";
    case Method::Last: return "last";
    case Method::Value: {
        std::string s = std::to_string(value);
        s.erase(s.find_last_not_of('0') + 1);
        if (!s.empty() && s.back() == '.') s.pop_back();
        return s;
    }
    }
    return "zero";
}

double FillRule::resolve(const std::vector<double>& observed, double last) const
{
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    switch (method) {
    case Method::Automatic: // where it is not missing, it is zero
    case Method::Zero: return 0.0;
    case Method::Nan: return nan;
    case Method::Value: return value;
    case Method::Last: return last;
    default: break;
    }
    if (observed.empty()) return nan;
    if (method == Method::Mean) return std::accumulate(observed.begin(), observed.end(), 0.0) / double(observed.size());
    if (method == Method::Min) return *std::min_element(observed.begin(), observed.end());
    if (method == Method::Max) return *std::max_element(observed.begin(), observed.end());
    std::vector<double> sorted = observed;
    const size_t mid = sorted.size() / 2;
    std::nth_element(sorted.begin(), sorted.begin() + long(mid), sorted.end());
    double median = sorted[mid];
    if (sorted.size() % 2 == 0) median = (median + *std::max_element(sorted.begin(), sorted.begin() + long(mid))) / 2;
    return median;
}

namespace {

void combine(double& acc, int& count, double value, Aggregation aggregation)
{
    if (std::isnan(value)) return;
    if (count == 0) acc = value;
    else if (aggregation == Aggregation::Min) acc = std::min(acc, value);
    else if (aggregation == Aggregation::Max) acc = std::max(acc, value);
    else acc += value;
    ++count;
}

} // namespace

std::optional<Frequency> inferDatasetFrequency(const LoadedDataset& dataset)
{
    const DataColumn* item = dataset.table.columnWithRole(FieldRole::Item);
    const DataColumn* time = dataset.table.columnWithRole(FieldRole::Timestamp);
    if (!item || !time) return std::nullopt;
    constexpr size_t kSampledItems = 2000;
    std::vector<std::vector<int64_t>> times(std::min(item->strings->size(), kSampledItems));
    for (size_t r = 0; r < dataset.table.rowCount; ++r)
        if (item->codes[r] < times.size() && time->times[r] != INT64_MIN) times[item->codes[r]].push_back(time->times[r]);
    std::vector<int64_t> flat;
    for (auto& t : times) {
        std::sort(t.begin(), t.end());
        t.erase(std::unique(t.begin(), t.end()), t.end());
        flat.insert(flat.end(), t.begin(), t.end());
    }
    const auto frequency = inferFrequency(times);
    if (!frequency) return frequency;
    return frequency->alignedTo(flat);
}

int64_t longGapPeriods(const Frequency& frequency)
{
    const double week = 7.0 * 86400.0;
    return std::max<int64_t>(2, int64_t(std::llround(week / frequency.nominalSeconds())));
}

std::string collectionGapNote(const SeriesSet& data, const PreparationOptions& options)
{
    const MissingDataSummary& m = data.missing;
    if (m.collectionGaps == 0) return {};
    const bool dateOnly = data.frequency.isDateOnly();
    const std::string from = formatTimestamp(data.frequency.periodStart(m.longestGapStart), dateOnly);
    const std::string to = formatTimestamp(data.frequency.periodStart(m.longestGapStart + m.longestGapLength - 1), dateOnly);
    std::string note = std::to_string(m.collectionGapPeriods) + " periods in " + std::to_string(m.collectionGaps)
                       + " stretches have no row for any series (the longest " + std::to_string(m.longestGapLength)
                       + " periods, " + from + " to " + to + "): ";
    if (options.middleFill.method == FillRule::Method::Automatic)
        return note + "kept missing, not zero demand (the recipes skip or bridge them; fill gaps with zero if nothing was sold then)";
    return note + "filled by the gap rule '" + options.middleFill.name() + "' (auto would keep them missing)";
}

Status checkForecastFits(const SeriesSet& data, int horizon, size_t quantiles)
{
    const double values = double(data.series.size()) * double(horizon) * double(quantiles + 1);
    if (values > kMaxForecastValues) {
        char size[64];
        std::snprintf(size, sizeof size, "%.1f GB", values * 8 / 1e9);
        return Status::invalidInput("the forecast would hold " + std::to_string(data.series.size()) + " series x "
                                    + std::to_string(horizon) + " periods x " + std::to_string(quantiles + 1)
                                    + " values (about " + size + " in memory); forecast fewer series or a shorter horizon");
    }
    const int64_t lastDate = daysFromCivil(9999, 12, 31) * kSecondsPerDay;
    if (horizon > 0 && data.frequency.periodStart(data.endPeriod + horizon - 1) > lastDate)
        return Status::invalidInput("the forecast would run past 9999-12-31 (the last date Almanac writes); shorten the horizon");
    return Status::ok();
}

Result<SeriesSet> prepareTargetSeries(const LoadedDataset& dataset, const PreparationOptions& options,
                                      const JobContext& job)
{
    const DataTable& table = dataset.table;
    const DataColumn* item = table.columnWithRole(FieldRole::Item);
    const DataColumn* time = table.columnWithRole(FieldRole::Timestamp);
    const DataColumn* target = table.columnWithRole(FieldRole::Target);
    if (!item || !time || !target)
        return Status::invalidInput(dataset.fileName + ": a target dataset needs item, timestamp and target columns");
    const std::vector<const DataColumn*> dims = table.columnsWithRole(FieldRole::Dimension);

    if (table.rowCount >= std::numeric_limits<uint32_t>::max())
        return Status::invalidInput(dataset.fileName + ": " + std::to_string(table.rowCount)
                                    + " rows are more than one dataset can hold; split the file");
    // A series is an item together with its dimension values.
    std::vector<uint32_t> seriesOfRow(table.rowCount);
    std::vector<size_t> firstRowOfSeries;
    if (dims.empty()) {
        std::vector<int64_t> seriesOfItem(item->strings->size(), -1);
        for (size_t r = 0; r < table.rowCount; ++r) {
            int64_t& s = seriesOfItem[item->codes[r]];
            if (s < 0) {
                s = int64_t(firstRowOfSeries.size());
                firstRowOfSeries.push_back(r);
            }
            seriesOfRow[r] = uint32_t(s);
        }
    } else {
        std::unordered_map<std::string, uint32_t> index;
        std::string key;
        for (size_t r = 0; r < table.rowCount; ++r) {
            key.assign(reinterpret_cast<const char*>(&item->codes[r]), sizeof(uint32_t));
            for (const DataColumn* d : dims) key.append(reinterpret_cast<const char*>(&d->codes[r]), sizeof(uint32_t));
            auto [it, inserted] = index.emplace(key, uint32_t(firstRowOfSeries.size()));
            if (inserted) firstRowOfSeries.push_back(r);
            seriesOfRow[r] = it->second;
        }
    }
    const size_t seriesCount = firstRowOfSeries.size();

    // Rows grouped by series (a counting sort keeps memory linear), each group sorted by time
    // (ties in file order): row numbers, not copies of the rows, which at 100,000 series would
    // add a gigabyte beside the table.
    std::vector<size_t> offsets(seriesCount + 1, 0);
    for (uint32_t s : seriesOfRow) ++offsets[s + 1];
    std::partial_sum(offsets.begin(), offsets.end(), offsets.begin());
    std::vector<uint32_t> grouped(table.rowCount);
    {
        std::vector<size_t> cursor(offsets.begin(), offsets.end() - 1);
        for (size_t r = 0; r < table.rowCount; ++r) grouped[cursor[seriesOfRow[r]]++] = uint32_t(r);
    }
    seriesOfRow = {};
    const std::vector<int64_t>& times = time->times;
    auto earlier = [&](uint32_t a, uint32_t b) { return times[a] < times[b] || (times[a] == times[b] && a < b); };
    for (size_t s = 0; s < seriesCount; ++s) {
        const auto begin = grouped.begin() + long(offsets[s]), end = grouped.begin() + long(offsets[s + 1]);
        if (!std::is_sorted(begin, end, earlier)) std::sort(begin, end, earlier);
    }
    auto timeAt = [&](size_t i) { return times[grouped[i]]; };
    if (job.isCancelled()) return Status::cancelled();

    // The data's own spacing bounds how fine a forecast can be.
    std::vector<std::vector<int64_t>> sampleTimes;
    for (size_t s = 0; s < seriesCount && sampleTimes.size() < 2000; ++s) {
        std::vector<int64_t> distinct;
        for (size_t i = offsets[s]; i < offsets[s + 1]; ++i)
            if (distinct.empty() || distinct.back() != timeAt(i)) distinct.push_back(timeAt(i));
        sampleTimes.push_back(std::move(distinct));
    }
    std::optional<Frequency> inferred = inferFrequency(sampleTimes);
    SeriesSet result;
    if (options.frequency) {
        result.frequency = *options.frequency;
        if (inferred && result.frequency.nominalSeconds() < inferred->nominalSeconds() * 0.99)
            return Status::invalidInput(dataset.fileName + ": the forecast frequency " + result.frequency.name()
                                        + " is finer than the data, which is recorded every "
                                        + inferred->name() + "; choose " + inferred->name() + " or coarser");
    } else if (inferred) {
        result.frequency = *inferred;
    } else {
        return Status::invalidInput(dataset.fileName + ": cannot infer the frequency (no series has two "
                                    "distinct timestamps); give --frequency");
    }
    // Data recorded at the forecast frequency keep their own calendar (Friday weeks stay on
    // Fridays, quarters dated on their last day stay so); data aggregated up start periods on
    // the default boundary.
    if (inferred && inferred->unit() == result.frequency.unit() && inferred->multiple() == result.frequency.multiple()) {
        std::vector<int64_t> flat;
        for (const auto& times : sampleTimes) flat.insert(flat.end(), times.begin(), times.end());
        result.frequency = result.frequency.alignedTo(flat);
    }
    sampleTimes = {};
    const Frequency& frequency = result.frequency;
    result.endPeriod = std::numeric_limits<int64_t>::min();
    for (const DataColumn* d : dims) result.dimensionNames.push_back(d->name);
    result.targetColumn = target->sourceHeader.empty() ? target->name : target->sourceHeader;

    // Stretches without a row in any series, long enough to be data not collected.
    std::vector<std::pair<int64_t, int64_t>> collectionGaps; // [first, end) period indices, ascending
    if (seriesCount > 0) {
        int64_t lowest = std::numeric_limits<int64_t>::max(), highest = std::numeric_limits<int64_t>::min();
        for (size_t s = 0; s < seriesCount; ++s) {
            lowest = std::min(lowest, frequency.periodIndex(timeAt(offsets[s])));
            highest = std::max(highest, frequency.periodIndex(timeAt(offsets[s + 1] - 1)));
        }
        const int64_t span = highest - lowest + 1;
        // One bit a period (12.5 MB at most); series spread wider apart than that are not
        // searched for common gaps, and each is held to kMaxSeriesPeriods below.
        if (span > 0 && span <= 20 * kMaxSeriesPeriods) {
            std::vector<bool> hasRow(size_t(span), false);
            for (uint32_t r : grouped) hasRow[size_t(frequency.periodIndex(times[r]) - lowest)] = true;
            const int64_t shortest = longGapPeriods(frequency);
            for (int64_t p = 0; p < span;) {
                if (hasRow[size_t(p)]) {
                    ++p;
                    continue;
                }
                int64_t q = p;
                while (q < span && !hasRow[size_t(q)]) ++q;
                if (q - p >= shortest) {
                    collectionGaps.emplace_back(lowest + p, lowest + q);
                    result.missing.collectionGapPeriods += size_t(q - p);
                    if (q - p > result.missing.longestGapLength) {
                        result.missing.longestGapLength = q - p;
                        result.missing.longestGapStart = lowest + p;
                    }
                }
                p = q;
            }
            result.missing.collectionGaps = collectionGaps.size();
        }
    }
    const bool automatic = options.middleFill.method == FillRule::Method::Automatic;

    result.series.resize(seriesCount);
    std::vector<double> observed;
    for (size_t s = 0; s < seriesCount; ++s) {
        TimeSeries& series = result.series[s];
        const size_t row = firstRowOfSeries[s];
        series.itemId = item->text(row);
        for (const DataColumn* d : dims) series.dimensions.push_back(d->text(row));
        const size_t begin = offsets[s], end = offsets[s + 1];
        const int64_t first = frequency.periodIndex(timeAt(begin));
        const int64_t last = frequency.periodIndex(timeAt(end - 1));
        if (last - first + 1 > kMaxSeriesPeriods)
            return Status::invalidInput(dataset.fileName + ": item " + series.itemId + " spans " + std::to_string(last - first + 1)
                                        + " periods at frequency " + frequency.name() + " (" + formatTimestamp(timeAt(begin), false)
                                        + " to " + formatTimestamp(timeAt(end - 1), false) + "); a series may span at most "
                                        + std::to_string(kMaxSeriesPeriods) + ": choose a coarser --frequency");
        series.firstPeriod = first;
        std::vector<double> sums(size_t(last - first + 1), 0.0);
        std::vector<int> counts(sums.size(), 0);
        std::vector<bool> hasRow(sums.size(), false);
        for (size_t i = begin; i < end; ++i) {
            const size_t p = size_t(frequency.periodIndex(timeAt(i)) - first);
            combine(sums[p], counts[p], target->numbers[grouped[i]], options.aggregation);
            hasRow[p] = true;
        }
        observed.clear();
        for (size_t p = 0; p < sums.size(); ++p) {
            if (counts[p] == 0) sums[p] = std::numeric_limits<double>::quiet_NaN();
            else if (options.aggregation == Aggregation::Mean) sums[p] /= counts[p];
            if (counts[p]) observed.push_back(sums[p]);
        }
        // Fill rules that depend on the series (mean, median...) see only what was observed.
        double lastSeen = std::numeric_limits<double>::quiet_NaN();
        const double middle = options.middleFill.resolve(observed, 0.0);
        auto gap = collectionGaps.begin();
        for (size_t p = 0; p < sums.size(); ++p) {
            double& v = sums[p];
            if (!std::isnan(v)) {
                lastSeen = v;
                continue;
            }
            if (hasRow[p]) ++result.missing.emptyValues;
            if (automatic) {
                const int64_t period = first + int64_t(p);
                while (gap != collectionGaps.end() && gap->second <= period) ++gap;
                const bool notCollected = gap != collectionGaps.end() && gap->first <= period;
                if (hasRow[p] || notCollected) continue;
            }
            if (!hasRow[p]) ++result.missing.absentPeriods;
            v = options.middleFill.method == FillRule::Method::Last ? lastSeen : middle;
        }
        for (double v : sums) result.missing.missingValues += std::isnan(v);
        series.values = std::move(sums);
        result.endPeriod = std::max(result.endPeriod, series.endPeriod());
        if (s % 1024 == 0 && job.isCancelled()) return Status::cancelled();
    }
    for (TimeSeries& series : result.series) {
        if (series.endPeriod() >= result.endPeriod) continue;
        observed.clear();
        for (double v : series.values)
            if (!std::isnan(v)) observed.push_back(v);
        const double lastSeen = observed.empty() ? std::numeric_limits<double>::quiet_NaN() : observed.back();
        series.values.resize(size_t(result.endPeriod - series.firstPeriod),
                             options.backFill.resolve(observed, lastSeen));
    }
    return result;
}

PreparationOptions preparationFromSettings(const std::map<std::string, std::string>& settings)
{
    PreparationOptions options;
    auto text = [&](const char* key) {
        auto it = settings.find(key);
        return it == settings.end() ? std::string() : it->second;
    };
    if (auto f = Frequency::parse(text("frequency"))) options.frequency = f;
    if (auto a = aggregationFromName(text("aggregation"))) options.aggregation = *a;
    if (auto m = FillRule::parse(text("fill_middle"))) options.middleFill = *m;
    if (auto b = FillRule::parse(text("fill_back"))) options.backFill = *b;
    return options;
}

std::map<std::string, std::string> preparationSettings(const PreparationOptions& options)
{
    std::map<std::string, std::string> out{{"aggregation", aggregationName(options.aggregation)},
                                           {"fill_middle", options.middleFill.name()},
                                           {"fill_back", options.backFill.name()}};
    if (options.frequency) out["frequency"] = options.frequency->name();
    return out;
}

} // namespace almanac
