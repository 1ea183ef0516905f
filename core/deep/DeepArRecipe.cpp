#include "deep/DeepArRecipe.h"

#include "deep/DeepArNetwork.h"
#include "deep/DeepFeatures.h"
#include "deep/EarlyStopping.h"
#include "deep/Likelihood.h"
#include "deep/TensorBytes.h"
#include "deep/TrainingSettings.h"
#include "deep/TorchRuntime.h"
#include "forecast/Quantiles.h"
#include "forecast/SeriesHistory.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <mutex>
#include <random>

namespace almanac::deep {

namespace {

constexpr uint32_t kModelFormat = 2; // 2: cold-start scaling
// This share of training windows is shown as a cold item sees the model (no history, the
// identity never seen, scaled as its categories' items are), where the data has something
// besides the identity to forecast an item from: related series or metadata.
constexpr double kColdWindowShare = 0.1;

// The hyper-parameters, by the cloud service's names.
struct DeepArSettings {
    TrainingSettings training;
    int samples = 100;
    Likelihood likelihood = Likelihood::StudentT;
    bool centred = true;
};

Result<DeepArSettings> settingsOf(const ForecastSpec& spec)
{
    DeepArSettings s;
    TrainingSettings defaults;
    defaults.layers = 2;
    defaults.cells = 40;
    auto training = trainingSettingsOf("deepar", spec, defaults);
    if (!training.isOk()) return training.status();
    s.training = *training;
    if (s.training.contextLength <= 0) s.training.contextLength = std::max(1, spec.horizon);
    s.samples = std::atoi(spec.parameter("num_samples", std::to_string(s.samples)).c_str());
    if (!likelihoodFromName(spec.parameter("likelihood", "student-T"), s.likelihood))
        return Status::invalidInput("deepar: unknown likelihood '" + spec.parameter("likelihood", "") + "'");
    const std::string scaling = spec.parameter("scaling", "auto");
    if (scaling != "auto" && scaling != "mean" && scaling != "std") return Status::invalidInput("deepar: scaling is auto, mean or std");
    // Counts are only mean-scaled: a centred negative binomial is no longer a count distribution.
    s.centred = s.likelihood != Likelihood::NegativeBinomial && scaling != "mean";
    if (s.likelihood == Likelihood::NegativeBinomial && scaling == "std")
        return Status::invalidInput("deepar: the negative binomial likelihood takes mean scaling only");
    if (s.samples < 1) return Status::invalidInput("deepar: a hyper-parameter is out of range");
    return s;
}

class DeepArModel final : public GlobalModel {
public:
    DeepArShape shape;
    Likelihood likelihood = Likelihood::StudentT;
    bool centred = true;
    SeriesLayout layout;
    ColdStartScaling cold;        // how an item with no history is scaled
    bool nonNegativeData = false; // every trained value was >= 0: so are cold items' forecasts
    int samples = 100;
    mutable DeepArNetwork network{nullptr}; // forward() is not const in torch; guarded by `use`
    mutable std::mutex use; // a torch module's forward is not safe to share between threads

    void build(uint64_t seed)
    {
        std::lock_guard<std::mutex> lock(torchInitMutex());
        torch::manual_seed(seed);
        network = DeepArNetwork(shape);
    }

    void write(ByteWriter& out) const override
    {
        out.u32(kModelFormat);
        out.u64(uint64_t(shape.dynamicWidth));
        std::vector<uint32_t> cardinalities(shape.cardinalities.begin(), shape.cardinalities.end());
        out.u32s(cardinalities);
        out.u32(uint32_t(shape.layers));
        out.u32(uint32_t(shape.cells));
        out.f64(shape.dropout);
        out.u32(uint32_t(shape.outputs));
        out.u8(uint8_t(likelihood));
        out.boolean(centred);
        out.u32(uint32_t(samples));
        layout.write(out);
        cold.write(out);
        out.boolean(nonNegativeData);
        writeParameters(out, *network);
    }
};

// One batch of windows, laid out for the network.
struct WindowBatch {
    std::vector<float> dynamic, target, mask, scale, loc;
    std::vector<int64_t> categories;

    void resize(size_t windows, size_t steps, size_t width, size_t categoryCount)
    {
        dynamic.assign(windows * steps * width, 0.0f);
        target.assign(windows * steps, 0.0f);
        mask.assign(windows * steps, 0.0f);
        scale.assign(windows, 1.0f);
        loc.assign(windows, 0.0f);
        categories.assign(windows * categoryCount, 0);
    }
};

struct BatchTensors {
    torch::Tensor dynamic, target, mask, scale, loc, categories;
};

BatchTensors tensorsOf(WindowBatch& b, int64_t windows, int64_t steps, int64_t width, int64_t categoryCount)
{
    return {torch::from_blob(b.dynamic.data(), {windows, steps, width}),
            torch::from_blob(b.target.data(), {windows, steps}),
            torch::from_blob(b.mask.data(), {windows, steps}),
            torch::from_blob(b.scale.data(), {windows}),
            torch::from_blob(b.loc.data(), {windows}),
            torch::from_blob(b.categories.data(), {windows, categoryCount}, torch::kInt64)};
}

// Fills window w: steps [p - context, p + horizon) of series s, targets before observedEnd;
// with contextMasked, only the horizon's targets count (validation). Cold (coldScaling given,
// the series one that starts at p, asNewItemAt): scaled as its categories' items are, its
// identity never seen.
void fillWindow(WindowBatch& b, size_t w, const SeriesLayout& layout, bool centred, const TimeSeries& series, int64_t p,
                int horizon, int64_t observedEnd, bool contextMasked, const WindowScaling* coldScaling = nullptr)
{
    const int context = layout.contextLength;
    const int steps = context + horizon;
    const size_t width = layout.dynamicWidth();
    const WindowScaling scaling = coldScaling ? *coldScaling : scalingOf(series, p - context, std::min<int64_t>(p, observedEnd), centred);
    b.scale[w] = float(scaling.scale);
    b.loc[w] = float(scaling.loc);
    fillSteps(layout, series, p - context, steps, observedEnd, scaling, b.dynamic.data() + w * size_t(steps) * width,
              b.target.data() + w * size_t(steps), b.mask.data() + w * size_t(steps));
    if (contextMasked) std::fill_n(b.mask.data() + w * size_t(steps), size_t(context), 0.0f);
    auto categories = categoriesOf(layout, series);
    if (coldScaling && !categories.empty()) categories[0] = 0;
    std::copy(categories.begin(), categories.end(), b.categories.begin() + long(w * categories.size()));
}


torch::Tensor meanNegativeLogLikelihood(DeepArModel& m, const BatchTensors& t, at::Generator* generator)
{
    LstmState state;
    const auto statics = m.network->staticInputs(t.categories, t.scale, t.loc);
    const auto raw = m.network->forward(t.dynamic, statics, state, generator);
    const auto d = distributionOf(m.likelihood, raw, t.scale.unsqueeze(1), t.loc.unsqueeze(1));
    return -(logDensity(d, t.target) * t.mask).sum() / t.mask.sum().clamp_min(1.0);
}

} // namespace

Result<std::unique_ptr<GlobalModel>> DeepArRecipe::fitGlobal(const SeriesSet& data, const ForecastSpec& spec,
                                                             const JobContext& job) const
{
    auto settings = settingsOf(spec);
    if (!settings.isOk()) return settings.status();
    const DeepArSettings& s = *settings;
    const TrainingSettings& training = s.training;
    useTorchThreads(spec.threads);

    auto model = std::make_unique<DeepArModel>();
    model->layout = layoutOf(data, training.contextLength, training.holidays);
    model->likelihood = s.likelihood;
    model->centred = s.centred;
    model->samples = s.samples;
    model->shape.dynamicWidth = int64_t(model->layout.dynamicWidth());
    model->shape.cardinalities = model->layout.cardinalities();
    model->shape.layers = training.layers;
    model->shape.cells = training.cells;
    model->shape.dropout = training.dropout;
    model->shape.outputs = rawParameterCount(s.likelihood);
    model->build(spec.seed);
    const SeriesLayout& layout = model->layout;

    // Windows may start before a series does (padding), so the network learns what a young item
    // looks like.
    const int horizon = spec.horizon;
    auto split = holdOutLastHorizon(name(), data, horizon);
    if (!split.isOk()) return split.status();
    const std::vector<int64_t>& trainEnd = split->trainEnd;
    const std::vector<size_t>& validation = split->validation;
    const std::vector<double>& weight = split->weight;

    std::mt19937_64 rng(spec.seed);
    std::discrete_distribution<size_t> pickSeries(weight.begin(), weight.end());
    std::bernoulli_distribution coldWindow(kColdWindowShare);
    const ColdStartLearnt learnt = learnColdStart(model->layout, data, trainEnd, model->layout.contextLength, model->centred);
    model->cold = learnt.scaling;
    model->nonNegativeData = learnt.nonNegative;
    const bool coldWindows = layout.relatedCount() > 0 || layout.vocabularies.size() > 1;
    at::Generator dropoutGenerator = generatorFor(spec.seed ^ 0x5deece66dULL);
    torch::optim::Adam optimiser(model->network->parameters(), torch::optim::AdamOptions(training.learningRate));

    const int64_t steps = layout.contextLength + horizon;
    const int64_t width = int64_t(layout.dynamicWidth());
    const int64_t categoryCount = int64_t(layout.vocabularies.size());
    WindowBatch batch;
    EarlyStopping stopping(training.patience, training.learningRate);
    for (int epoch = 1; epoch <= training.epochs; ++epoch) {
        model->network->train();
        double lossSum = 0;
        for (int b = 0; b < training.batchesPerEpoch; ++b) {
            if (job.isCancelled()) return Status::cancelled();
            batch.resize(size_t(training.batchSize), size_t(steps), size_t(width), size_t(categoryCount));
            for (size_t w = 0; w < size_t(training.batchSize); ++w) {
                const size_t i = pickSeries(rng);
                const int64_t p = std::uniform_int_distribution<int64_t>(1, std::max<int64_t>(trainEnd[i], 1))(rng);
                if (coldWindows && coldWindow(rng)) {
                    const WindowScaling cold = model->cold.scalingFor(categoriesOf(layout, data.series[i]));
                    fillWindow(batch, w, layout, model->centred, asNewItemAt(data.series[i], p), 0, horizon, trainEnd[i] - p,
                               false, &cold);
                } else {
                    fillWindow(batch, w, layout, model->centred, data.series[i], p, horizon, trainEnd[i], false);
                }
            }
            const BatchTensors t = tensorsOf(batch, training.batchSize, steps, width, categoryCount);
            const torch::Tensor loss = meanNegativeLogLikelihood(*model, t, &dropoutGenerator);
            optimiser.zero_grad();
            loss.backward();
            torch::nn::utils::clip_grad_norm_(model->network->parameters(), 10.0);
            optimiser.step();
            lossSum += loss.item<double>();
            job.report((double(epoch - 1) + double(b + 1) / training.batchesPerEpoch) / training.epochs, "training deepar");
        }
        job.reportMetric("training loss", epoch, lossSum / training.batchesPerEpoch, name());
        if (validation.empty()) continue;

        // Validation: the held-out horizon of every series, teacher-forced.
        torch::NoGradGuard noGrad;
        model->network->eval();
        double validationSum = 0, validationWeight = 0;
        const size_t chunk = 256;
        for (size_t from = 0; from < validation.size(); from += chunk) {
            const size_t n = std::min(chunk, validation.size() - from);
            batch.resize(n, size_t(steps), size_t(width), size_t(categoryCount));
            for (size_t w = 0; w < n; ++w) {
                const TimeSeries& series = data.series[validation[from + w]];
                fillWindow(batch, w, layout, model->centred, series, int64_t(series.values.size()) - horizon, horizon,
                           int64_t(series.values.size()), true);
            }
            const BatchTensors t = tensorsOf(batch, int64_t(n), steps, width, categoryCount);
            const double observed = t.mask.sum().item<double>();
            validationSum += meanNegativeLogLikelihood(*model, t, nullptr).item<double>() * observed;
            validationWeight += observed;
        }
        const double validationLoss = validationWeight > 0 ? validationSum / validationWeight : 0.0;
        job.reportMetric("validation loss", epoch, validationLoss, name());
        if (stopping.observe(validationLoss, *model->network, optimiser)) break;
    }
    stopping.restoreBest(*model->network);
    model->network->eval();
    return std::unique_ptr<GlobalModel>(std::move(model));
}

Status DeepArRecipe::forecastFromGlobal(const GlobalModel& stored, const SeriesSet& data, const ForecastSpec& spec,
                                        std::vector<SeriesForecast>& out, const JobContext& job) const
{
    auto typed = modelAs<DeepArModel>(stored, name());
    if (!typed.isOk()) return typed.status();
    const DeepArModel& m = **typed;
    const SeriesLayout& layout = m.layout;
    if (!(data.frequency == layout.frequency))
        return Status::invalidInput("deepar: the model was trained on " + layout.frequency.name() + " data, not "
                                    + data.frequency.name());
    if (data.featureNames.size() != layout.relatedCount())
        return Status::invalidInput("deepar: the model was trained with " + std::to_string(layout.relatedCount())
                                    + " related series, the data has " + std::to_string(data.featureNames.size()));
    std::lock_guard<std::mutex> lock(m.use);
    useTorchThreads(spec.threads);
    torch::NoGradGuard noGrad;
    m.network->eval();

    const int horizon = spec.horizon;
    const int64_t S = m.samples;
    const int context = layout.contextLength;
    const int maxLag = layout.maxLag();
    const int64_t width = int64_t(layout.dynamicWidth());
    const int64_t knownWidth = int64_t(layout.knownWidth());
    const int64_t categoryCount = int64_t(layout.vocabularies.size());
    const size_t lagCount = layout.lags.size();
    at::Generator generator = generatorFor(spec.seed);
    std::vector<double> ascending = spec.quantiles;
    out.assign(data.series.size(), {});

    // Series in chunks, so that paths × buffer stay a few tens of MB whatever the catalogue.
    const size_t chunk = std::max<size_t>(1, size_t(16384 / S));
    WindowBatch encoder;
    for (size_t from = 0; from < data.series.size(); from += chunk) {
        if (job.isCancelled()) return Status::cancelled();
        const size_t n = std::min(chunk, data.series.size() - from);
        encoder.resize(n, size_t(context), size_t(width), size_t(categoryCount));
        std::vector<float> history(n * size_t(maxLag), 0.0f), known(n * size_t(horizon) * size_t(knownWidth));
        std::vector<uint8_t> nonNegative(n);
        for (size_t w = 0; w < n; ++w) {
            const TimeSeries& series = data.series[from + w];
            const int64_t p = int64_t(series.values.size());
            const auto categories = categoriesOf(layout, series);
            std::copy(categories.begin(), categories.end(), encoder.categories.begin() + long(w * categories.size()));
            // The encoder runs over the context [p - context, p); sampling starts at p.
            const bool cold = hasNoHistory(series) && !m.cold.empty();
            const WindowScaling scaling = cold ? m.cold.scalingFor(categories) : scalingOf(series, p - context, p, m.centred);
            encoder.scale[w] = float(scaling.scale);
            encoder.loc[w] = float(scaling.loc);
            fillSteps(layout, series, p - context, context, p, scaling, encoder.dynamic.data() + w * size_t(context) * size_t(width),
                      encoder.target.data() + w * size_t(context), encoder.mask.data() + w * size_t(context));
            // Before the series began, a lag reads 0 in scaled units, as in training (fillSteps).
            for (int j = 0; j < maxLag; ++j) {
                const int64_t i = p - maxLag + j;
                const double v = i >= 0 && i < p ? series.values[size_t(i)] : std::numeric_limits<double>::quiet_NaN();
                history[w * size_t(maxLag) + size_t(j)] = std::isfinite(v) ? float((v - scaling.loc) / scaling.scale) : 0.0f;
            }
            fillKnown(layout, series, p, horizon, known.data() + w * size_t(horizon) * size_t(knownWidth));
            nonNegative[w] = (cold ? m.nonNegativeData : historyIsNonNegative(series.values)) ? 1 : 0;
        }
        const int64_t rows = int64_t(n) * S;
        const auto categories = torch::from_blob(encoder.categories.data(), {int64_t(n), categoryCount}, torch::kInt64);
        const auto scale = torch::from_blob(encoder.scale.data(), {int64_t(n)});
        const auto loc = torch::from_blob(encoder.loc.data(), {int64_t(n)});
        const auto statics = m.network->staticInputs(categories, scale, loc);
        LstmState state;
        if (context > 0)
            m.network->forward(torch::from_blob(encoder.dynamic.data(), {int64_t(n), context, width}), statics, state, nullptr);
        for (auto& [h, c] : state) {
            h = h.repeat_interleave(S, 1);
            c = c.repeat_interleave(S, 1);
        }
        const auto staticRows = statics.repeat_interleave(S, 0);
        const auto scaleRows = scale.repeat_interleave(S, 0);
        const auto locRows = loc.repeat_interleave(S, 0);
        const auto floorRows = torch::from_blob(nonNegative.data(), {int64_t(n)}, torch::kUInt8).to(torch::kBool).repeat_interleave(S, 0);
        auto buffer = torch::zeros({rows, int64_t(maxLag) + horizon});
        if (maxLag > 0)
            buffer.narrow(1, 0, maxLag).copy_(torch::from_blob(history.data(), {int64_t(n), int64_t(maxLag)}).repeat_interleave(S, 0));
        const auto knownRows = torch::from_blob(known.data(), {int64_t(n), int64_t(horizon), knownWidth}).repeat_interleave(S, 0);
        auto paths = torch::empty({rows, int64_t(horizon)});
        for (int h = 0; h < horizon; ++h) {
            if (job.isCancelled()) return Status::cancelled();
            std::vector<int64_t> columns(lagCount);
            for (size_t l = 0; l < lagCount; ++l) columns[l] = int64_t(maxLag) + h - layout.lags[l];
            const auto lagInputs = buffer.index_select(1, torch::tensor(columns, torch::kInt64));
            const auto step = torch::cat({lagInputs, knownRows.select(1, h)}, 1).unsqueeze(1);
            const auto raw = m.network->forward(step, staticRows, state, nullptr).squeeze(1);
            auto y = sampleFrom(distributionOf(m.likelihood, raw, scaleRows, locRows), generator);
            // Demand cannot go below zero; a path that did would feed the network values it never saw.
            y = torch::where(floorRows, y.clamp_min(0.0), y);
            y = torch::nan_to_num(y, 0.0);
            paths.select(1, h).copy_(y);
            // Bounded feedback: one heavy-tailed draw must not throw a path off to infinity.
            buffer.select(1, int64_t(maxLag) + h).copy_(((y - locRows) / scaleRows).clamp(-1e4, 1e4));
        }
        const auto values = paths.contiguous();
        const float* v = values.data_ptr<float>();
        std::vector<double> draws(static_cast<size_t>(S));
        for (size_t w = 0; w < n; ++w) {
            SeriesForecast& f = out[from + w];
            f.mean.assign(size_t(horizon), 0.0);
            f.quantiles.assign(spec.quantiles.size(), std::vector<double>(size_t(horizon), 0.0));
            for (int h = 0; h < horizon; ++h) {
                double sum = 0;
                for (int64_t k = 0; k < S; ++k) {
                    draws[size_t(k)] = double(v[(int64_t(w) * S + k) * horizon + h]);
                    sum += draws[size_t(k)];
                }
                f.mean[size_t(h)] = sum / double(S);
                const auto q = sampleQuantiles(draws, ascending);
                for (size_t k = 0; k < q.size(); ++k) f.quantiles[k][size_t(h)] = q[k];
            }
            finalizeQuantiles(f, nonNegative[w] != 0);
        }
        job.report(double(from + n) / double(data.series.size()), "forecasting with deepar");
    }
    return Status::ok();
}

Result<std::unique_ptr<GlobalModel>> DeepArRecipe::readGlobalModel(ByteReader& in) const
{
    const uint32_t format = in.u32();
    if (format < 1 || format > kModelFormat)
        return Status::invalidInput("deepar: the stored model is in a format this program does not read");
    auto model = std::make_unique<DeepArModel>();
    model->shape.dynamicWidth = int64_t(std::min<uint64_t>(in.u64(), 1u << 20));
    for (uint32_t c : in.u32s()) model->shape.cardinalities.push_back(int64_t(c));
    model->shape.layers = int64_t(std::min<uint32_t>(in.u32(), 64));
    model->shape.cells = int64_t(std::min<uint32_t>(in.u32(), 1u << 16));
    model->shape.dropout = in.f64();
    model->shape.outputs = int64_t(in.u32());
    const uint8_t likelihood = in.u8();
    model->centred = in.boolean();
    model->samples = int(std::min<uint32_t>(in.u32(), 1u << 20));
    ALMANAC_RETURN_IF_ERROR(in.status("deepar"));
    if (likelihood > uint8_t(Likelihood::Gaussian) || model->shape.layers < 1 || model->shape.cells < 1 || model->samples < 1
        || !(model->shape.dropout >= 0 && model->shape.dropout < 1))
        return Status::invalidInput("deepar: the stored model is damaged");
    model->likelihood = Likelihood(likelihood);
    if (model->shape.outputs != rawParameterCount(model->likelihood)) return Status::invalidInput("deepar: the stored model is damaged");
    auto layout = SeriesLayout::read(in, format >= 2);
    if (!layout.isOk()) return layout.status();
    model->layout = std::move(*layout);
    if (int64_t(model->layout.dynamicWidth()) != model->shape.dynamicWidth || model->layout.cardinalities() != model->shape.cardinalities)
        return Status::invalidInput("deepar: the stored model is damaged");
    if (format >= 2) {
        auto cold = ColdStartScaling::read(in);
        if (!cold.isOk()) return cold.status();
        model->cold = std::move(*cold);
        model->nonNegativeData = in.boolean();
        ALMANAC_RETURN_IF_ERROR(in.status("deepar"));
    }
    model->build(0);
    ALMANAC_RETURN_IF_ERROR(readParameters(in, *model->network));
    model->network->eval();
    return std::unique_ptr<GlobalModel>(std::move(model));
}

} // namespace almanac::deep

