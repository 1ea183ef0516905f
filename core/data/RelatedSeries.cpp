#include "data/RelatedSeries.h"

#include "data/Schema.h"

#include <algorithm>
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


std::string headerOf(const DataColumn& c) { return c.sourceHeader.empty() ? c.name : c.sourceHeader; }

bool sameName(const std::string& a, const std::string& b) { return toLower(a) == toLower(b); }

// A name the analyst typed stands for a column by its header in the file or its field name.
bool names(const std::string& name, const DataColumn& c) { return sameName(name, headerOf(c)) || sameName(name, c.name); }

bool listed(const std::vector<std::string>& list, const DataColumn& c)
{
    return std::any_of(list.begin(), list.end(), [&](const std::string& n) { return names(n, c); });
}

std::string joined(const std::vector<std::string>& names)
{
    std::string out;
    for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
    return out;
}

// Whether an aligned feature copies the target over the history: equal values, or a linear
// copy (correlation 0.999 or more), in most of the series that can tell (five or more paired,
// varying values). A copy leaks the answer into the backtest and forecasts nothing.
bool copiesTarget(const SeriesSet& target, const std::vector<std::vector<std::vector<double>>>& aligned, size_t f)
{
    size_t judged = 0, copies = 0;
    for (size_t i = 0; i < target.series.size(); ++i) {
        const TimeSeries& s = target.series[i];
        const std::vector<double>& feature = aligned[i][f];
        double n = 0, sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0, diff = 0, scale = 0;
        for (size_t t = 0; t < s.values.size() && t < feature.size(); ++t) {
            const double y = s.values[t], x = feature[t];
            if (std::isnan(y) || std::isnan(x)) continue;
            n += 1;
            sx += x;
            sy += y;
            sxx += x * x;
            syy += y * y;
            sxy += x * y;
            diff += std::abs(x - y);
            scale += std::abs(y);
        }
        if (n < 5) continue;
        const double vx = sxx - sx * sx / n, vy = syy - sy * sy / n;
        if (!(vy > 1e-12 * (syy + 1e-300))) continue;
        ++judged;
        const bool equal = diff <= 1e-9 * scale;
        const bool linear = vx > 0 && (sxy - sx * sy / n) / std::sqrt(vx * vy) >= 0.999;
        if (equal || linear) ++copies;
    }
    return judged > 0 && copies * 2 > judged;
}


constexpr uint32_t kNoCell = std::numeric_limits<uint32_t>::max();

// Frees a column of the table being attached once it has been read, where the caller gave the
// table up (owned); a no-op where the caller keeps it.
void releaseColumn(const DataTable& table, DataTable* owned, const DataColumn* column)
{
    if (!owned) return;
    DataColumn& c = owned->columns[size_t(column - table.columns.data())];
    std::vector<double>().swap(c.numbers);
    std::vector<int64_t>().swap(c.times);
    std::vector<uint32_t>().swap(c.codes);
}

Status attach(const LoadedDataset& related, DataTable* owned, SeriesSet& target, int horizon,
              const RelatedPreparationOptions& options, std::vector<std::string>* notes)
{
    const DataTable& table = related.table;
    const DataColumn* item = table.columnWithRole(FieldRole::Item);
    const DataColumn* time = table.columnWithRole(FieldRole::Timestamp);
    if (!item || !time) return Status::invalidInput(related.fileName + ": related series need item and timestamp columns");
    auto say = [&](const std::string& sentence) {
        if (notes) notes->push_back(sentence);
    };
    const std::vector<const DataColumn*> numeric = table.columnsWithRole(FieldRole::Feature);
    if (numeric.empty())
        return Status::invalidInput(related.fileName + ": row 1: no numeric feature columns besides the item and timestamp");
    for (const auto* chosen : {&options.columns, &options.historicalColumns})
        for (const std::string& n : *chosen) {
            if (std::none_of(table.columns.begin(), table.columns.end(), [&](const DataColumn& c) { return names(n, c); }))
                return Status::invalidInput(related.fileName + ": row 1: no related column '" + n + "'");
            if (std::none_of(numeric.begin(), numeric.end(), [&](const DataColumn* c) { return names(n, *c); }))
                return Status::invalidInput(related.fileName + ": column '" + n + "' is not numeric; related series must be numbers");
        }
    // The regressors: the chosen (or every) numeric column, less the target; the columns known
    // only up to the forecast origin come after them (past[f]) and become past covariates.
    std::vector<const DataColumn*> features;
    std::vector<const DataColumn*> historical;
    for (const DataColumn* c : numeric) {
        if (!options.columns.empty() && !listed(options.columns, *c) && !listed(options.historicalColumns, *c)) continue;
        if (!target.targetColumn.empty() && sameName(headerOf(*c), target.targetColumn)) {
            say("the target column " + headerOf(*c) + " of " + related.fileName + " was left out of the related series");
            continue;
        }
        (listed(options.historicalColumns, *c) ? historical : features).push_back(c);
    }
    const size_t forwardCount = features.size();
    features.insert(features.end(), historical.begin(), historical.end());
    if (!historical.empty()) {
        std::vector<std::string> names;
        for (const DataColumn* c : historical) names.push_back(headerOf(*c));
        say("historical-only columns (" + joined(names) + ") are read up to the forecast origin by the recipes that take "
            "past covariates (cnnqr); the others need a column's values through the horizon");
    }

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
    // A row's series by the codes of its item and dimensions (their bytes: a key far cheaper to
    // build than the strings on every one of millions of rows); -1 where no series has the key.
    std::unordered_map<std::string, int64_t> seriesOfCodes;
    std::string codes;
    std::vector<std::string> dimValues(dims.size());
    auto seriesOfRow = [&](size_t r) -> int64_t& {
        codes.assign(reinterpret_cast<const char*>(&item->codes[r]), sizeof(uint32_t));
        for (const DataColumn* d : dims) codes.append(reinterpret_cast<const char*>(&d->codes[r]), sizeof(uint32_t));
        auto [it, inserted] = seriesOfCodes.try_emplace(codes, -1);
        if (inserted) {
            for (size_t d = 0; d < dims.size(); ++d) dimValues[d] = dims[d]->text(r);
            auto found = seriesOfKey.find(keyOf(item->text(r), dimValues));
            if (found != seriesOfKey.end()) it->second = int64_t(found->second);
        }
        return it->second;
    };

    const Frequency& frequency = target.frequency;
    const int64_t end = target.endPeriod + horizon;
    // Items with related rows in the horizon but no target history are cold items: forecast by
    // the recipes that learn across items. Only where the related data names every key column.
    target.coldItems.clear();
    if (horizon > 0 && dims.size() == target.dimensionNames.size()) {
        for (size_t r = 0; r < table.rowCount; ++r) {
            const int64_t period = frequency.periodIndex(time->times[r]);
            if (period < target.endPeriod || period >= end) continue;
            int64_t& series = seriesOfRow(r);
            if (series >= 0) continue;
            series = int64_t(target.series.size() + target.coldItems.size());
            TimeSeries cold;
            cold.itemId = item->text(r);
            cold.dimensions.resize(target.dimensionNames.size());
            for (size_t d = 0; d < dims.size(); ++d) cold.dimensions[dimIndexInTarget[d]] = dims[d]->text(r);
            cold.firstPeriod = target.endPeriod;
            target.coldItems.push_back(std::move(cold));
        }
    }
    const size_t warmCount = target.series.size(), allCount = warmCount + target.coldItems.size();
    auto seriesAt = [&](size_t s) -> TimeSeries& { return s < warmCount ? target.series[s] : target.coldItems[s - warmCount]; };

    // Every (series, period) through the horizon is a cell, numbered series after series; each
    // row is placed in its cell once, after which the item, dimension and timestamp columns are
    // no longer needed (a table the caller gave up is freed column by column: at 100,000 retail
    // series it is the largest thing in memory).
    std::vector<uint64_t> firstCell(allCount + 1, 0);
    for (size_t s = 0; s < allCount; ++s) firstCell[s + 1] = firstCell[s] + uint64_t(end - seriesAt(s).firstPeriod);
    if (firstCell.back() >= kNoCell)
        return Status::invalidInput(related.fileName + ": " + std::to_string(firstCell.back())
                                    + " series periods through the horizon are more than related series can be aligned for");
    std::vector<uint32_t> cellOfRow(table.rowCount, kNoCell);
    for (size_t r = 0; r < table.rowCount; ++r) {
        const int64_t series = seriesOfRow(r);
        if (series < 0) continue; // related data of an item with neither history nor horizon rows
        const int64_t period = frequency.periodIndex(time->times[r]);
        const int64_t first = seriesAt(size_t(series)).firstPeriod;
        if (period < first || period >= end) continue;
        cellOfRow[r] = uint32_t(firstCell[size_t(series)] + uint64_t(period - first));
    }
    seriesOfCodes.clear();
    releaseColumn(table, owned, item);
    for (const DataColumn* d : dims) releaseColumn(table, owned, d);
    releaseColumn(table, owned, time);

    // One feature at a time: its aligned values per series, the rows' values aggregated per cell.
    std::vector<std::vector<std::vector<double>>> sums(allCount, std::vector<std::vector<double>>(features.size()));
    std::vector<uint32_t> counts(firstCell.back(), 0);
    std::vector<size_t> withFuture(features.size(), 0); // warm series with a value in the horizon
    for (size_t f = 0; f < features.size(); ++f) {
        for (size_t s = 0; s < allCount; ++s) sums[s][f].assign(size_t(firstCell[s + 1] - firstCell[s]), kNan);
        std::fill(counts.begin(), counts.end(), 0u);
        size_t series = 0; // rows usually come series by series: start the search where the last row was
        for (size_t r = 0; r < table.rowCount; ++r) {
            const uint32_t cell = cellOfRow[r];
            const double value = features[f]->numbers[r];
            if (cell == kNoCell || std::isnan(value)) continue;
            if (cell < firstCell[series] || cell >= firstCell[series + 1])
                series = size_t(std::upper_bound(firstCell.begin(), firstCell.end(), uint64_t(cell)) - firstCell.begin()) - 1;
            double& acc = sums[series][f][cell - firstCell[series]];
            uint32_t& n = counts[cell];
            if (n == 0) acc = value;
            else if (options.aggregation == Aggregation::Min) acc = std::min(acc, value);
            else if (options.aggregation == Aggregation::Max) acc = std::max(acc, value);
            else acc += value;
            ++n;
        }
        for (size_t s = 0; s < allCount; ++s) {
            std::vector<double>& v = sums[s][f];
            const uint32_t* n = counts.data() + firstCell[s];
            if (options.aggregation == Aggregation::Mean)
                for (size_t p = 0; p < v.size(); ++p)
                    if (n[p] > 1) v[p] /= n[p];
            if (s < warmCount)
                withFuture[f] += std::any_of(n + target.series[s].values.size(), n + v.size(), [](uint32_t k) { return k > 0; });
        }
        releaseColumn(table, owned, features[f]);
    }
    counts = {};
    cellOfRow = {};
    for (size_t f = 0; f < features.size(); ++f)
        if (copiesTarget(target, sums, f))
            return Status::invalidInput(related.fileName + ": column '" + headerOf(*features[f])
                                        + "' (nearly) equals the target " + target.targetColumn
                                        + ": it would leak the answer into the forecast; leave it out (--related-columns)");

    // A column known in the future has values in the horizon; one whose data stop where the
    // history stops is not filled forward as if it were known, unless the analyst said to.
    std::vector<bool> keep(features.size(), true);
    std::vector<std::string> noFuture, partlyFuture;
    for (size_t f = 0; f < forwardCount; ++f) {
        if (withFuture[f] == 0 && horizon > 0 && !options.futureFillChosen) {
            keep[f] = false;
            noFuture.push_back(headerOf(*features[f]));
        } else if (withFuture[f] < target.series.size() && horizon > 0) {
            partlyFuture.push_back(headerOf(*features[f]) + " (" + std::to_string(target.series.size() - withFuture[f]) + ")");
        }
    }
    if (!noFuture.empty())
        say("related columns with no values in the forecast horizon (" + joined(noFuture) + ") were left out: give their "
            "future values (prices, promotions, holidays) or mark them historical");
    if (!partlyFuture.empty())
        say("related columns without future values for some series, filled with " + options.futureFill.name() + ": "
            + joined(partlyFuture));

    target.featureNames.clear();
    target.pastFeatureNames.clear();
    for (size_t f = 0; f < features.size(); ++f)
        if (keep[f]) (f < forwardCount ? target.featureNames : target.pastFeatureNames).push_back(headerOf(*features[f]));
    for (size_t s = 0; s < allCount; ++s) {
        TimeSeries& series = seriesAt(s);
        series.features.clear();
        series.pastFeatures.clear();
        for (size_t f = 0; f < features.size(); ++f) {
            if (!keep[f]) continue;
            std::vector<double>& v = sums[s][f];
            // Whatever a past-only column holds for the horizon is not read: it is not known then.
            if (f >= forwardCount) v.resize(series.values.size());
            fillFeature(v, series.values.size(), options);
            (f < forwardCount ? series.features : series.pastFeatures).push_back(std::move(v));
        }
    }
    return Status::ok();
}

} // namespace

Status attachRelatedSeries(const LoadedDataset& related, SeriesSet& target, int horizon,
                           const RelatedPreparationOptions& options, std::vector<std::string>* notes)
{
    return attach(related, nullptr, target, horizon, options, notes);
}

Status attachRelatedSeries(LoadedDataset&& related, SeriesSet& target, int horizon,
                           const RelatedPreparationOptions& options, std::vector<std::string>* notes)
{
    return attach(related, &related.table, target, horizon, options, notes);
}

} // namespace almanac
