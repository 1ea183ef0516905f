#include "forecast/Predictor.h"

#include "forecast/AutoSelection.h"
#include "forecast/Backtest.h"
#include "forecast/ForecastRecipes.h"
#include "forecast/SeriesHistory.h"
#include "jobs/ParallelFor.h"

#include <algorithm>
#include <cmath>

namespace almanac {

namespace {

constexpr uint32_t kMagic = 0x50524544; // "PRED"

ForecastSpec memberSpec(const ForecastSpec& base, const PredictorMember& member)
{
    ForecastSpec spec = base;
    for (const auto& [k, v] : member.parameters) spec.parameters[k] = v;
    return spec;
}

// (member, series) pairs, member by member, for one parallel pass over all of them.
std::vector<std::pair<uint32_t, uint32_t>> workOf(const std::vector<std::vector<uint32_t>>& membersOfSeries, size_t memberCount)
{
    std::vector<std::pair<uint32_t, uint32_t>> work;
    for (uint32_t m = 0; m < memberCount; ++m)
        for (uint32_t s = 0; s < membersOfSeries.size(); ++s)
            if (std::find(membersOfSeries[s].begin(), membersOfSeries[s].end(), m) != membersOfSeries[s].end())
                work.emplace_back(m, s);
    return work;
}

} // namespace

Result<Predictor> fitPredictor(const SeriesSet& data, const ForecastSpec& spec, PredictorPlan plan, const JobContext& job)
{
    if (plan.membersOfSeries.size() != data.series.size()) return Status::internal("predictor: a plan for other series");
    Predictor p;
    p.label = std::move(plan.label);
    p.spec = spec;
    p.dimensionNames = data.dimensionNames;
    p.featureNames = data.featureNames;
    for (const TimeSeries& s : data.series) p.series.push_back({s.itemId, s.dimensions});
    p.members = std::move(plan.members);
    p.membersOfSeries = std::move(plan.membersOfSeries);
    std::vector<std::unique_ptr<ForecastRecipe>> recipes;
    std::vector<ForecastSpec> specs;
    for (PredictorMember& m : p.members) {
        recipes.push_back(forecastRecipes().create(m.recipe));
        if (!recipes.back()) return Status::internal("predictor: unknown recipe " + m.recipe);
        specs.push_back(memberSpec(spec, m));
        m.models.clear();
        m.models.resize(data.series.size());
        m.global.reset();
    }
    // A global member learns from every series, also those another member forecasts: more data
    // is what makes a global model good.
    std::vector<uint32_t> globalMembers;
    for (uint32_t m = 0; m < p.members.size(); ++m)
        if (recipes[m]->traits().global) globalMembers.push_back(m);
    const double localShare = globalMembers.empty() ? 1.0 : 0.1;
    for (size_t g = 0; g < globalMembers.size(); ++g) {
        const uint32_t m = globalMembers[g];
        const double from = localShare + (1.0 - localShare) * double(g) / double(globalMembers.size());
        const double to = localShare + (1.0 - localShare) * double(g + 1) / double(globalMembers.size());
        auto model = recipes[m]->fitGlobal(data, specs[m], job.subRange(from, to));
        if (!model.isOk()) return model.status();
        p.members[m].global = std::move(*model);
    }
    auto work = workOf(p.membersOfSeries, p.members.size());
    std::erase_if(work, [&](const auto& pair) { return p.members[pair.first].global != nullptr; });
    ALMANAC_RETURN_IF_ERROR(parallelFor(
        work.size(), spec.threads,
        [&](size_t i) -> Status {
            const auto [m, s] = work[i];
            const bool refit = m < plan.startingModels.size() && s < plan.startingModels[m].size();
            auto model = refit ? fitOrRefit(*recipes[m], plan.startingModels[m][s], data.series[s], specs[m])
                               : recipes[m]->fitSeries(data.series[s], specs[m]);
            if (!model.isOk())
                return model.status().isCancelled() ? model.status()
                                                    : Status(Status::invalidInput("item " + data.series[s].itemId + ": "
                                                                                  + model.status().message()));
            p.members[m].models[s] = std::move(*model);
            return Status::ok();
        },
        job.subRange(0.0, localShare), "fitting"));
    return p;
}

namespace {

// A diverged fit (a step size of 1e10) yields NaN or infinite forecasts; written out they would
// be empty cells under a success exit code.
bool isFiniteForecast(const SeriesForecast& f)
{
    for (const auto& q : f.quantiles)
        for (double v : q)
            if (!std::isfinite(v)) return false;
    return true;
}

bool hasObservation(const std::vector<double>& values)
{
    for (double v : values)
        if (std::isfinite(v)) return true;
    return false;
}

} // namespace

Status Predictor::forecast(const SeriesSet& data, std::vector<SeriesForecast>& out, std::vector<size_t>& unknown,
                           int threads, const JobContext& job) const
{
    if (data.featureNames != featureNames)
        return Status::invalidInput("the related series (" + std::to_string(data.featureNames.size())
                                    + " columns) are not those the predictor was trained with ("
                                    + std::to_string(featureNames.size()) + ")");
    std::map<SeriesKey, uint32_t> index;
    for (uint32_t s = 0; s < series.size(); ++s) index.emplace(series[s], s);
    std::vector<int64_t> position(data.series.size(), -1); // data series -> predictor series
    unknown.clear();
    for (size_t d = 0; d < data.series.size(); ++d) {
        const auto it = index.find({data.series[d].itemId, data.series[d].dimensions});
        if (it == index.end()) unknown.push_back(d);
        else position[d] = it->second;
    }
    std::vector<std::unique_ptr<ForecastRecipe>> recipes;
    std::vector<ForecastSpec> specs;
    for (const PredictorMember& m : members) {
        recipes.push_back(forecastRecipes().create(m.recipe));
        if (!recipes.back()) return Status::invalidInput("the predictor uses recipe '" + m.recipe + "', which this program does not know");
        specs.push_back(memberSpec(spec, m));
        specs.back().frequency = data.frequency;
        specs.back().threads = threads;
    }
    std::vector<uint32_t> globalMembers;
    for (uint32_t m = 0; m < members.size(); ++m)
        if (members[m].global) globalMembers.push_back(m);
    // Items the predictor never saw are forecast by its global members, if it has any.
    if (!globalMembers.empty()) unknown.clear();
    auto membersOf = [&](size_t d) -> const std::vector<uint32_t>& {
        return position[d] >= 0 ? membersOfSeries[size_t(position[d])] : globalMembers;
    };
    // Each global member forecasts all the series it serves in one batch.
    std::vector<std::vector<SeriesForecast>> globalParts(members.size());
    std::vector<std::vector<int64_t>> globalRow(members.size());
    for (uint32_t m : globalMembers) {
        SeriesSet subset = data.withoutSeries();
        globalRow[m].assign(data.series.size(), -1);
        for (size_t d = 0; d < data.series.size(); ++d) {
            const auto& of = membersOf(d);
            if (std::find(of.begin(), of.end(), m) == of.end()) continue;
            globalRow[m][d] = int64_t(subset.series.size());
            subset.series.push_back(data.series[d]);
        }
        if (subset.series.empty()) continue;
        ALMANAC_RETURN_IF_ERROR(recipes[m]->forecastFromGlobal(*members[m].global, subset, specs[m], globalParts[m], job));
    }
    out.assign(data.series.size(), {});
    return parallelFor(
        data.series.size(), threads,
        [&](size_t d) -> Status {
            if (position[d] < 0 && globalMembers.empty()) return Status::ok();
            const TimeSeries& series = data.series[d];
            std::vector<SeriesForecast> parts;
            for (uint32_t m : membersOf(d)) {
                const PredictorMember& member = members[m];
                Result<SeriesForecast> f = SeriesForecast{};
                if (member.global) {
                    f = globalParts[m][size_t(globalRow[m][d])];
                } else {
                    const uint32_t s = uint32_t(position[d]);
                    if (!member.models[s]) return Status::internal("predictor: no model for item " + series.itemId);
                    f = recipes[m]->forecastFromModel(*member.models[s], series, specs[m]);
                }
                if (!f.isOk()) return f.status().isCancelled() ? f.status() : Status::invalidInput("item " + series.itemId + ": " + f.status().message());
                if (member.rescale) {
                    // Intervals as wide as the backtest showed they need to be.
                    rescaleSpread(*f, spec.quantiles, member.spreadFactor);
                    finalizeQuantiles(*f, historyIsNonNegative(series.values));
                }
                if (!isFiniteForecast(*f) && hasObservation(series.values))
                    return Status::invalidInput("item " + series.itemId + ": recipe " + member.recipe
                                                + " forecast non-finite values (its fit diverged); try other parameters or another recipe");
                parts.push_back(std::move(*f));
            }
            std::vector<const SeriesForecast*> pointers;
            for (const SeriesForecast& f : parts) pointers.push_back(&f);
            out[d] = pointers.size() == 1 ? std::move(parts.front()) : averageForecasts(pointers);
            return Status::ok();
        },
        job, "forecasting");
}

bool Predictor::hasGlobalMember() const
{
    return std::any_of(members.begin(), members.end(), [](const PredictorMember& m) { return m.global != nullptr; });
}

std::vector<uint8_t> Predictor::toBytes() const
{
    ByteWriter w;
    w.u32(kMagic);
    w.u32(kFormatVersion);
    w.text(label);
    w.u32(uint32_t(spec.horizon));
    w.doubles(spec.quantiles);
    w.text(spec.frequency.name());
    w.u32(uint32_t(spec.season));
    w.u64(spec.seed);
    w.textMap(spec.parameters);
    w.texts(dimensionNames);
    w.texts(featureNames);
    w.u64(series.size());
    for (const SeriesKey& k : series) {
        w.text(k.itemId);
        w.texts(k.dimensions);
    }
    w.u64(members.size());
    for (const PredictorMember& m : members) {
        w.text(m.recipe);
        w.textMap(m.parameters);
        w.boolean(m.rescale);
        w.f64(m.spreadFactor);
        w.boolean(m.global != nullptr);
        if (m.global) {
            ByteWriter model;
            m.global->write(model);
            w.blob(model.bytes());
        }
    }
    for (size_t s = 0; s < series.size(); ++s) {
        w.u32s(membersOfSeries[s]);
        for (uint32_t m : membersOfSeries[s]) {
            if (members[m].global) continue;
            ByteWriter model;
            members[m].models[s]->write(model);
            // Length-prefixed, so that a reader can tell where one model ends.
            w.blob(model.bytes());
        }
    }
    return w.take();
}

Result<Predictor> Predictor::fromBytes(const std::vector<uint8_t>& bytes)
{
    ByteReader r(bytes);
    if (r.u32() != kMagic) return Status::invalidInput("not a stored predictor");
    const uint32_t version = r.u32();
    if (version != kFormatVersion && version != 1)
        return Status::unsupported("the predictor was stored in format " + std::to_string(version) + "; this program reads format "
                                   + std::to_string(kFormatVersion) + " (train it again)");
    Predictor p;
    p.label = r.text();
    p.spec.horizon = int(std::min<uint32_t>(r.u32(), 1u << 24));
    p.spec.quantiles = r.doubles();
    const auto frequency = Frequency::parse(r.text());
    if (!frequency) return Status::invalidInput("predictor: the stored frequency is damaged");
    p.spec.frequency = *frequency;
    p.spec.season = int(std::min<uint32_t>(r.u32(), 1u << 20));
    p.spec.seed = r.u64();
    p.spec.parameters = r.textMap();
    p.dimensionNames = r.texts();
    p.featureNames = r.texts();
    const uint64_t seriesCount = r.count(16);
    for (uint64_t s = 0; s < seriesCount && r.ok(); ++s) {
        SeriesKey k;
        k.itemId = r.text();
        k.dimensions = r.texts();
        p.series.push_back(std::move(k));
    }
    const uint64_t memberCount = r.count(26);
    std::vector<std::unique_ptr<ForecastRecipe>> recipes;
    for (uint64_t m = 0; m < memberCount && r.ok(); ++m) {
        PredictorMember member;
        member.recipe = r.text();
        member.parameters = r.textMap();
        member.rescale = r.boolean();
        member.spreadFactor = r.f64();
        member.models.resize(p.series.size());
        recipes.push_back(forecastRecipes().create(member.recipe));
        if (!recipes.back())
            return Status::invalidInput("the predictor uses recipe '" + member.recipe + "', which this program does not know");
        if (version >= 2 && r.boolean()) {
            std::vector<uint8_t> modelBytes = r.blob();
            ByteReader modelReader(modelBytes);
            auto model = recipes.back()->readGlobalModel(modelReader);
            if (!model.isOk()) return model.status();
            if (!modelReader.atEnd()) return Status::invalidInput("predictor: the stored global model has trailing bytes");
            member.global = std::move(*model);
        }
        p.members.push_back(std::move(member));
    }
    p.membersOfSeries.resize(p.series.size());
    for (size_t s = 0; s < p.series.size() && r.ok(); ++s) {
        p.membersOfSeries[s] = r.u32s();
        for (uint32_t m : p.membersOfSeries[s]) {
            if (m >= p.members.size()) return Status::invalidInput("predictor: the stored model is damaged");
            if (p.members[m].global) continue;
            std::vector<uint8_t> modelBytes = r.blob();
            ByteReader modelReader(modelBytes);
            auto model = recipes[m]->readSeriesModel(modelReader);
            if (!model.isOk()) return model.status();
            p.members[m].models[s] = std::move(*model);
        }
    }
    ALMANAC_RETURN_IF_ERROR(r.status("predictor"));
    if (!r.atEnd()) return Status::invalidInput("predictor: the stored model has trailing bytes");
    return p;
}

} // namespace almanac
