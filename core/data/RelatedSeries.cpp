#include "data/RelatedSeries.h"

#include <cmath>
#include <limits>
#include <unordered_map>

namespace almanac {

namespace {

constexpr double kNan = std::numeric_limits<double>::quiet_NaN();

// Fills NaNs of one aligned feature. lastObserved: index of the last period with data.
void fillFeature(std::vector<double>& v, size_t historyLength, const RelatedPreparationOptions& options)
{
    std::vector<double> observed;
    long lastObserved = -1;
    for (size_t i = 0; i < v.size(); ++i)
        if (!std::isnan(v[i])) {
            observed.push_back(v[i]);
            lastObserved = long(i);
        }
    if (observed.empty()) {
        // Nothing to carry: only fixed-value rules can fill.
        for (size_t i = 0; i < v.size(); ++i) {
            const FillRule& rule = i >= historyLength ? options.futureFill : options.backFill;
            v[i] = rule.resolve(observed, kNan);
        }
        return;
    }
    double last = kNan;
    for (size_t i = 0; i < v.size(); ++i) {
        if (!std::isnan(v[i])) {
            last = v[i];
            continue;
        }
        const FillRule& rule = i >= historyLength ? options.futureFill
                             : long(i) > lastObserved ? options.backFill
                                                      : options.middleFill;
        // Before the first observation "last" has nothing to carry: take the first value instead.
        v[i] = rule.resolve(observed, std::isnan(last) ? observed.front() : last);
    }
}

} // namespace

Status attachRelatedSeries(const LoadedDataset& related, SeriesSet& target, int horizon,
                           const RelatedPreparationOptions& options)
{
    const DataTable& table = related.table;
    const DataColumn* item = table.columnWithRole(FieldRole::Item);
    const DataColumn* time = table.columnWithRole(FieldRole::Timestamp);
    if (!item || !time) return Status::invalidInput(related.fileName + ": related series need item and timestamp columns");
    const std::vector<const DataColumn*> features = table.columnsWithRole(FieldRole::Feature);
    if (features.empty())
        return Status::invalidInput(related.fileName + ": row 1: no numeric feature columns besides the item and timestamp");

    // Dimensions shared by both datasets identify a series together with the item.
    std::vector<const DataColumn*> dims;
    std::vector<size_t> dimIndexInTarget;
    for (size_t d = 0; d < target.dimensionNames.size(); ++d)
        if (const DataColumn* c = table.column(target.dimensionNames[d]); c && c->type == FieldType::String) {
            dims.push_back(c);
            dimIndexInTarget.push_back(d);
        }
    auto keyOf = [&](const std::string& itemId, const std::vector<std::string>& dimValues) {
        std::string key = itemId;
        for (const std::string& v : dimValues) key += '\x1f' + v;
        return key;
    };
    std::unordered_map<std::string, size_t> seriesOfKey;
    for (size_t s = 0; s < target.series.size(); ++s) {
        std::vector<std::string> values;
        for (size_t d : dimIndexInTarget) values.push_back(target.series[s].dimensions[d]);
        seriesOfKey.emplace(keyOf(target.series[s].itemId, values), s);
    }

    const Frequency& frequency = target.frequency;
    const int64_t end = target.endPeriod + horizon;
    std::vector<std::vector<std::vector<double>>> sums(target.series.size());
    std::vector<std::vector<std::vector<int>>> counts(target.series.size());
    for (size_t s = 0; s < target.series.size(); ++s) {
        const size_t length = size_t(end - target.series[s].firstPeriod);
        sums[s].assign(features.size(), std::vector<double>(length, kNan));
        counts[s].assign(features.size(), std::vector<int>(length, 0));
    }
    std::vector<std::string> dimValues(dims.size());
    for (size_t r = 0; r < table.rowCount; ++r) {
        for (size_t d = 0; d < dims.size(); ++d) dimValues[d] = dims[d]->text(r);
        auto it = seriesOfKey.find(keyOf(item->text(r), dimValues));
        if (it == seriesOfKey.end()) continue; // related data for items without a target series
        const int64_t period = frequency.periodIndex(time->times[r]);
        const int64_t first = target.series[it->second].firstPeriod;
        if (period < first || period >= end) continue;
        const size_t p = size_t(period - first);
        for (size_t f = 0; f < features.size(); ++f) {
            const double value = features[f]->numbers[r];
            if (std::isnan(value)) continue;
            double& acc = sums[it->second][f][p];
            int& n = counts[it->second][f][p];
            if (n == 0) acc = value;
            else if (options.aggregation == Aggregation::Min) acc = std::min(acc, value);
            else if (options.aggregation == Aggregation::Max) acc = std::max(acc, value);
            else acc += value;
            ++n;
        }
    }
    target.featureNames.clear();
    for (const DataColumn* f : features) target.featureNames.push_back(f->name);
    for (size_t s = 0; s < target.series.size(); ++s) {
        TimeSeries& series = target.series[s];
        for (size_t f = 0; f < features.size(); ++f) {
            std::vector<double>& v = sums[s][f];
            if (options.aggregation == Aggregation::Mean)
                for (size_t p = 0; p < v.size(); ++p)
                    if (counts[s][f][p] > 1) v[p] /= counts[s][f][p];
            fillFeature(v, series.values.size(), options);
        }
        series.features = std::move(sums[s]);
    }
    return Status::ok();
}

} // namespace almanac
