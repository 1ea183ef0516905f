#include "deep/CnnQrRecipe.h"

#include "deep/CnnQrNetwork.h"
#include "deep/DeepFeatures.h"
#include "deep/EarlyStopping.h"
#include "deep/QuantileLevels.h"
#include "deep/TensorBytes.h"
#include "deep/TrainingSettings.h"
#include "deep/TorchRuntime.h"
#include "forecast/SeriesHistory.h"

#include <cmath>
#include <mutex>
#include <random>

namespace almanac::deep {

namespace {

constexpr uint32_t kModelFormat = 2; // 2: cold-start scaling
// A category index is replaced by "never seen" (0) this often in training, so that index 0
// learns an average item and a cold-start item is forecast from it, not from random weights.
constexpr double kCategoryDropout = 0.05;
// This share of training windows is shown as a cold item sees the model (no history, the
// identity never seen, scaled as its categories' items are), where the data has something
// besides the identity to forecast an item from: related series or metadata.
constexpr double kColdWindowShare = 0.1;

struct CnnQrSettings {
    TrainingSettings training;
    bool relatedInEncoder = true, relatedInDecoder = true;
    bool useMetadata = true;
    bool centred = true;
};

Result<CnnQrSettings> settingsOf(const ForecastSpec& spec)
{
    CnnQrSettings s;
    TrainingSettings defaults;
    defaults.layers = 3;
    defaults.cells = 30;
    auto training = trainingSettingsOf("cnnqr", spec, defaults);
    if (!training.isOk()) return training.status();
    s.training = *training;
    if (s.training.contextLength <= 0) s.training.contextLength = 2 * std::max(1, spec.horizon);
    const std::string related = spec.parameter("use_related_data", "all");
    if (related != "all" && related != "none" && related != "historical" && related != "forward_looking")
        return Status::invalidInput("cnnqr: use_related_data is all, none, historical or forward_looking");
    s.relatedInEncoder = related == "all" || related == "historical";
    s.relatedInDecoder = related == "all" || related == "forward_looking";
    const std::string metadata = spec.parameter("use_item_metadata", "all");
    if (metadata != "all" && metadata != "none") return Status::invalidInput("cnnqr: use_item_metadata is all or none");
    s.useMetadata = metadata == "all";
    const std::string scaling = spec.parameter("scaling", "auto");
    if (scaling != "auto" && scaling != "mean" && scaling != "std") return Status::invalidInput("cnnqr: scaling is auto, mean or std");
    s.centred = scaling != "mean";
    return s;
}

// The even grid of levels whose average is the mean.
constexpr int kMeanGrid = 10;
// Pseudo-observations at the nominal level that a level's measured coverage is shrunk towards:
// on a few short series the validation horizon says little.
constexpr double kCalibrationPrior = 200.0;

class CnnQrModel final : public GlobalModel {
public:
    CnnQrShape shape;
    SeriesLayout layout;
    int contextLength = 0;
    bool relatedInEncoder = true, relatedInDecoder = true, useMetadata = true, centred = true;
    // Standardisation of each past covariate (historical-only related column), read by the encoder.
    std::vector<double> pastMean, pastScale;
    ColdStartScaling cold;         // how an item with no history is scaled
    bool nonNegativeData = false;  // every trained value was >= 0: so are cold items' forecasts
    std::vector<double> levels;   // ascending
    // How often the held-out horizon's actuals fell at or below each level's quantile
    // (non-decreasing); empty when nothing was held out. Quantile regression fitted on training
    // windows draws its bands too narrow for new periods: forecasts read the level that covered.
    std::vector<double> coverage;
    mutable CnnQrNetwork network{nullptr}; // forward() is not const in torch; guarded by `use`
    mutable std::mutex use;

    size_t pastCount() const { return pastMean.size(); }
    size_t baseKnownWidth() const { return layout.calendarWidth() + 1; } // calendar (holidays too) and age
    int64_t categoryCount() const { return useMetadata ? int64_t(layout.vocabularies.size()) : std::min<int64_t>(1, int64_t(layout.vocabularies.size())); }
    int64_t encoderWidth() const
    {
        return int64_t(layout.lags.size() + 1 + baseKnownWidth()
                       + (relatedInEncoder ? layout.relatedCount() + pastCount() : 0));
    }
    int64_t decoderWidth() const { return int64_t(baseKnownWidth() + (relatedInDecoder ? layout.relatedCount() : 0)); }
    std::vector<int64_t> cardinalities() const
    {
        auto all = layout.cardinalities();
        all.resize(size_t(categoryCount()));
        return all;
    }

    void build(uint64_t seed)
    {
        std::lock_guard<std::mutex> lock(torchInitMutex());
        torch::manual_seed(seed);
        network = CnnQrNetwork(shape);
    }

    void write(ByteWriter& out) const override
    {
        out.u32(kModelFormat);
        out.u32(uint32_t(contextLength));
        out.u32(uint32_t(shape.layers));
        out.u32(uint32_t(shape.channels));
        out.u32(uint32_t(shape.horizon));
        out.f64(shape.dropout);
        out.boolean(relatedInEncoder);
        out.boolean(relatedInDecoder);
        out.boolean(useMetadata);
        out.boolean(centred);
        out.doubles(levels);
        out.doubles(coverage);
        out.doubles(pastMean);
        out.doubles(pastScale);
        layout.write(out);
        cold.write(out);
        out.boolean(nonNegativeData);
        writeParameters(out, *network);
    }
};

// Windows laid out for the network. A window ending at `end` covers the context [end - context,
// end) for the encoder and, for the targets and the known inputs, the horizon after it.
struct WindowBatch {
    std::vector<float> lagged;       // [B, span, lags]: y[s - lag] for each step s of the span, if before `end`
    std::vector<float> observed;     // [B, context]: whether each context step's target is known
    std::vector<float> known;        // [B, span, known width]
    std::vector<float> pastCovariates; // [B, context, past covariates], standardised, 0 where unknown
    std::vector<float> target, mask; // [B, span], scaled
    std::vector<float> scale, loc;
    std::vector<int64_t> categories;

    void resize(size_t windows, const CnnQrModel& m)
    {
        const size_t context = size_t(m.contextLength), span = context + size_t(m.shape.horizon);
        lagged.assign(windows * span * m.layout.lags.size(), 0.0f);
        observed.assign(windows * context, 0.0f);
        known.assign(windows * span * m.layout.knownWidth(), 0.0f);
        pastCovariates.assign(windows * context * m.pastCount(), 0.0f);
        target.assign(windows * span, 0.0f);
        mask.assign(windows * span, 0.0f);
        scale.assign(windows, 1.0f);
        loc.assign(windows, 0.0f);
        categories.assign(windows * size_t(m.categoryCount()), 0);
    }
};

// Window w of series: the context ending at `end` (values before it only), targets observed
// before targetEnd. Cold (coldScaling given): as an item without history sees it, nothing of the
// series before `end` is shown and its identity is never seen.
void fillWindow(WindowBatch& b, size_t w, const CnnQrModel& m, const TimeSeries& series, int64_t end, int64_t targetEnd,
                const WindowScaling* coldScaling = nullptr)
{
    const int64_t context = m.contextLength, span = context + m.shape.horizon;
    const int64_t first = end - context;
    const int64_t length = int64_t(series.values.size());
    const WindowScaling scaling = coldScaling ? *coldScaling : scalingOf(series, first, std::min(end, length), m.centred);
    b.scale[w] = float(scaling.scale);
    b.loc[w] = float(scaling.loc);
    const int64_t shownBefore = coldScaling ? 0 : end;
    auto isObserved = [&](int64_t i, int64_t before) {
        return i >= 0 && i < std::min(before, length) && std::isfinite(series.values[size_t(i)]);
    };
    auto scaled = [&](int64_t i) { return float((series.values[size_t(i)] - scaling.loc) / scaling.scale); };
    const size_t lagCount = m.layout.lags.size();
    float* lagged = b.lagged.data() + w * size_t(span) * lagCount;
    for (int64_t j = 0; j < span; ++j)
        for (size_t l = 0; l < lagCount; ++l) {
            const int64_t i = first + j - m.layout.lags[l];
            lagged[size_t(j) * lagCount + l] = isObserved(i, shownBefore) ? scaled(i) : 0.0f;
        }
    for (int64_t j = 0; j < context; ++j)
        b.observed[w * size_t(context) + size_t(j)] = isObserved(first + j, shownBefore) ? 1.0f : 0.0f;
    const size_t pastCount = m.pastCount();
    for (size_t f = 0; f < pastCount && f < series.pastFeatures.size(); ++f) {
        const std::vector<double>& values = series.pastFeatures[f];
        for (int64_t j = 0; j < context; ++j) {
            const int64_t i = first + j;
            if (i < 0 || i >= shownBefore || size_t(i) >= values.size() || !std::isfinite(values[size_t(i)])) continue;
            b.pastCovariates[(w * size_t(context) + size_t(j)) * pastCount + f] = float((values[size_t(i)] - m.pastMean[f]) / m.pastScale[f]);
        }
    }
    fillKnown(m.layout, series, first, int(span), b.known.data() + w * size_t(span) * m.layout.knownWidth());
    for (int64_t j = 0; j < span; ++j)
        if (isObserved(first + j, targetEnd)) {
            b.target[w * size_t(span) + size_t(j)] = scaled(first + j);
            b.mask[w * size_t(span) + size_t(j)] = 1.0f;
        }
    auto categories = categoriesOf(m.layout, series);
    if (coldScaling && !categories.empty()) categories[0] = 0;
    for (int64_t c = 0; c < m.categoryCount(); ++c) b.categories[w * size_t(m.categoryCount()) + size_t(c)] = categories[size_t(c)];
}

// The scaling of a cold item, from the categories the model reads.
WindowScaling coldScalingOf(const CnnQrModel& m, const TimeSeries& series)
{
    auto categories = categoriesOf(m.layout, series);
    categories.resize(size_t(m.categoryCount()));
    return m.cold.scalingFor(categories);
}

bool trainsColdWindows(const CnnQrModel& m)
{
    const bool related = (m.relatedInDecoder && m.layout.relatedCount() > 0) || (m.relatedInEncoder && m.pastCount() > 0);
    return related || (m.useMetadata && m.layout.vocabularies.size() > 1);
}

struct NetworkInputs {
    torch::Tensor past, statics, future, seasonal, target, mask, scale, loc;
};

// The tensors for the last `forks` origins of each window: past [B, context, encoder width],
// future [B, forks, horizon, decoder width], target and mask [B, forks, horizon].
NetworkInputs inputsOf(WindowBatch& b, const CnnQrModel& m, int64_t windows, int64_t forks)
{
    const int64_t context = m.contextLength, horizon = m.shape.horizon, span = context + horizon;
    const int64_t knownWidth = int64_t(m.layout.knownWidth()), base = int64_t(m.baseKnownWidth());
    const int64_t related = int64_t(m.layout.relatedCount()), lagCount = int64_t(m.layout.lags.size());
    const auto lagged = torch::from_blob(b.lagged.data(), {windows, span, lagCount});
    const auto known = torch::from_blob(b.known.data(), {windows, span, knownWidth});
    auto columns = [&](const torch::Tensor& rows, bool withRelated) {
        return withRelated || related == 0 ? rows : rows.narrow(2, 0, base);
    };
    // Origin position j has seen its own target: its lags are those of step j + 1.
    NetworkInputs in;
    std::vector<torch::Tensor> past{lagged.narrow(1, 1, context), torch::from_blob(b.observed.data(), {windows, context, 1}),
                                    columns(known.narrow(1, 0, context), m.relatedInEncoder)};
    if (m.relatedInEncoder && m.pastCount() > 0)
        past.push_back(torch::from_blob(b.pastCovariates.data(), {windows, context, int64_t(m.pastCount())}));
    in.past = torch::cat(past, 2);
    // Origin j (of the last `forks`) is followed by steps j + 1 .. j + horizon of the span. Step
    // j + h sees y[j + h - lag] only for lags >= h: those are at or before the origin, already
    // known (the same values a season or a day ago that a local model would read).
    const int64_t from = context - forks + 1;
    auto perOrigin = [&](const torch::Tensor& rows) { return rows.narrow(1, from, forks + horizon - 1).unfold(1, horizon, 1); };
    std::vector<float> visible(size_t(horizon * lagCount));
    for (int64_t h = 0; h < horizon; ++h)
        for (int64_t l = 0; l < lagCount; ++l) visible[size_t(h * lagCount + l)] = m.layout.lags[size_t(l)] >= h + 1 ? 1.0f : 0.0f;
    in.seasonal = perOrigin(lagged).permute({0, 1, 3, 2}) * torch::tensor(visible).view({1, 1, horizon, lagCount});
    in.future = perOrigin(columns(known, m.relatedInDecoder)).permute({0, 1, 3, 2});
    in.target = perOrigin(torch::from_blob(b.target.data(), {windows, span}));
    in.mask = perOrigin(torch::from_blob(b.mask.data(), {windows, span}));
    in.scale = torch::from_blob(b.scale.data(), {windows});
    in.loc = torch::from_blob(b.loc.data(), {windows});
    const auto categories = torch::from_blob(b.categories.data(), {windows, m.categoryCount()}, torch::kInt64);
    in.statics = m.network->staticInputs(categories, in.scale, in.loc);
    return in;
}

// Each past covariate's mean and deviation over every series, as the layout does for the
// related series known through the horizon.
void standardisePastCovariates(const SeriesSet& data, CnnQrModel& m)
{
    const size_t count = data.pastFeatureNames.size();
    m.pastMean.assign(count, 0.0);
    m.pastScale.assign(count, 1.0);
    for (size_t f = 0; f < count; ++f) {
        double sum = 0, squares = 0, n = 0;
        for (const TimeSeries& s : data.series)
            if (f < s.pastFeatures.size())
                for (double v : s.pastFeatures[f])
                    if (std::isfinite(v)) {
                        sum += v;
                        squares += v * v;
                        n += 1;
                    }
        if (n == 0) continue;
        m.pastMean[f] = sum / n;
        const double variance = std::max(0.0, squares / n - m.pastMean[f] * m.pastMean[f]);
        m.pastScale[f] = variance > 1e-24 ? std::sqrt(variance) : 1.0;
    }
}

// Runs the network over the held-out horizon of every validation series (from its origin), in
// chunks, handing each chunk's inputs and predictions to use.
template <typename Use>
void overValidation(CnnQrModel& m, const SeriesSet& data, const std::vector<size_t>& validation, WindowBatch& batch, Use use)
{
    torch::NoGradGuard noGrad;
    m.network->eval();
    const size_t chunk = 256;
    const int64_t horizon = m.shape.horizon;
    for (size_t from = 0; from < validation.size(); from += chunk) {
        const size_t n = std::min(chunk, validation.size() - from);
        batch.resize(n, m);
        for (size_t w = 0; w < n; ++w) {
            const TimeSeries& series = data.series[validation[from + w]];
            const int64_t length = int64_t(series.values.size());
            fillWindow(batch, w, m, series, length - horizon, length);
        }
        const NetworkInputs in = inputsOf(batch, m, int64_t(n), 1);
        use(in, m.network->forward(in.past, in.statics, in.future, in.seasonal, nullptr));
    }
}

std::vector<double> measuredCoverage(CnnQrModel& m, const SeriesSet& data, const std::vector<size_t>& validation, WindowBatch& batch)
{
    std::vector<double> below(m.levels.size(), 0.0);
    double observed = 0;
    overValidation(m, data, validation, batch, [&](const NetworkInputs& in, const torch::Tensor& predicted) {
        const auto sorted = std::get<0>(predicted.sort(-1));
        const auto counts = ((in.target.unsqueeze(-1) <= sorted).to(torch::kFloat64) * in.mask.unsqueeze(-1)).sum({0, 1, 2});
        for (size_t k = 0; k < below.size(); ++k) below[k] += counts[int64_t(k)].item<double>();
        observed += in.mask.sum().item<double>();
    });
    return shrunkCoverage(m.levels, below, observed, kCalibrationPrior);
}

Result<std::unique_ptr<GlobalModel>> fitNetwork(const std::string& recipe, const SeriesSet& data, const ForecastSpec& spec,
                                                const JobContext& job)
{
    auto settings = settingsOf(spec);
    if (!settings.isOk()) return settings.status();
    const CnnQrSettings& s = *settings;
    const TrainingSettings& training = s.training;
    useTorchThreads(spec.threads);

    auto model = std::make_unique<CnnQrModel>();
    model->layout = layoutOf(data, training.contextLength, training.holidays);
    model->contextLength = training.contextLength;
    model->relatedInEncoder = s.relatedInEncoder;
    model->relatedInDecoder = s.relatedInDecoder;
    model->useMetadata = s.useMetadata;
    model->centred = s.centred;
    model->levels = trainedLevels(spec.quantiles, kMeanGrid);
    standardisePastCovariates(data, *model);
    CnnQrShape& shape = model->shape;
    shape.encoderWidth = model->encoderWidth();
    shape.decoderWidth = model->decoderWidth();
    shape.seasonalWidth = int64_t(model->layout.lags.size());
    shape.cardinalities = model->cardinalities();
    shape.layers = training.layers;
    shape.channels = training.cells;
    shape.horizon = std::max(1, spec.horizon);
    shape.quantiles = int64_t(model->levels.size());
    shape.dropout = training.dropout;
    model->build(spec.seed);
    CnnQrModel& m = *model;

    // Every origin of a window whose receptive field lies inside it is trained.
    const int64_t forks = std::max<int64_t>(1, training.contextLength - shape.receptiveField() + 1);
    const int64_t horizon = shape.horizon;
    auto split = holdOutLastHorizon(recipe, data, int(horizon));
    if (!split.isOk()) return split.status();
    const std::vector<int64_t>& trainEnd = split->trainEnd;
    const std::vector<size_t>& validation = split->validation;
    const std::vector<double>& weight = split->weight;

    std::mt19937_64 rng(spec.seed);
    std::discrete_distribution<size_t> pickSeries(weight.begin(), weight.end());
    std::bernoulli_distribution dropCategory(kCategoryDropout), coldWindow(kColdWindowShare);
    const ColdStartLearnt learnt = learnColdStart(m.layout, data, trainEnd, m.contextLength, m.centred);
    m.cold = learnt.scaling;
    m.nonNegativeData = learnt.nonNegative;
    const bool coldWindows = trainsColdWindows(m);
    at::Generator dropoutGenerator = generatorFor(spec.seed ^ 0x5deece66dULL);
    torch::optim::Adam optimiser(m.network->parameters(), torch::optim::AdamOptions(training.learningRate));
    const auto levels = torch::tensor(std::vector<float>(m.levels.begin(), m.levels.end()));
    EarlyStopping stopping(training.patience, training.learningRate);
    WindowBatch batch;
    for (int epoch = 1; epoch <= training.epochs; ++epoch) {
        m.network->train();
        double lossSum = 0;
        for (int b = 0; b < training.batchesPerEpoch; ++b) {
            if (job.isCancelled()) return Status::cancelled();
            batch.resize(size_t(training.batchSize), m);
            for (size_t w = 0; w < size_t(training.batchSize); ++w) {
                const size_t i = pickSeries(rng);
                // The window's last origin: any period from the first to the last trained one.
                const int64_t end = std::uniform_int_distribution<int64_t>(1, std::max<int64_t>(trainEnd[i], 1))(rng);
                if (coldWindows && coldWindow(rng)) {
                    const WindowScaling cold = coldScalingOf(m, data.series[i]);
                    fillWindow(batch, w, m, asNewItemAt(data.series[i], end), 0, trainEnd[i] - end, &cold);
                } else {
                    fillWindow(batch, w, m, data.series[i], end, trainEnd[i]);
                }
                for (int64_t c = 0; c < m.categoryCount(); ++c)
                    if (dropCategory(rng)) batch.categories[w * size_t(m.categoryCount()) + size_t(c)] = 0;
            }
            const NetworkInputs in = inputsOf(batch, m, training.batchSize, forks);
            const auto predicted = m.network->forward(in.past, in.statics, in.future, in.seasonal, &dropoutGenerator);
            const auto loss = pinballLoss(predicted, in.target, in.mask, levels);
            optimiser.zero_grad();
            loss.backward();
            torch::nn::utils::clip_grad_norm_(m.network->parameters(), 10.0);
            optimiser.step();
            lossSum += loss.item<double>();
            job.report((double(epoch - 1) + double(b + 1) / training.batchesPerEpoch) / training.epochs, "training cnnqr");
        }
        job.reportMetric("training loss", epoch, lossSum / training.batchesPerEpoch, recipe);
        if (validation.empty()) continue;

        double validationSum = 0, validationWeight = 0;
        overValidation(m, data, validation, batch, [&](const NetworkInputs& in, const torch::Tensor& predicted) {
            const double observed = in.mask.sum().item<double>();
            validationSum += pinballLoss(predicted, in.target, in.mask, levels).item<double>() * observed;
            validationWeight += observed;
        });
        const double validationLoss = validationWeight > 0 ? validationSum / validationWeight : 0.0;
        job.reportMetric("validation loss", epoch, validationLoss, recipe);
        if (stopping.observe(validationLoss, *m.network, optimiser)) break;
    }
    stopping.restoreBest(*m.network);
    m.network->eval();
    if (!validation.empty()) m.coverage = measuredCoverage(m, data, validation, batch);
    return std::unique_ptr<GlobalModel>(std::move(model));
}

} // namespace

Result<std::unique_ptr<GlobalModel>> CnnQrRecipe::fitGlobal(const SeriesSet& data, const ForecastSpec& spec,
                                                            const JobContext& job) const
{
    Result<std::unique_ptr<GlobalModel>> out = Status::internal("cnnqr: not trained");
    const Status status = guardTorch(name(), [&] {
        out = fitNetwork(name(), data, spec, job);
        return out.isOk() ? Status::ok() : out.status();
    });
    if (!status.isOk()) return status;
    return out;
}

Status CnnQrRecipe::forecastFromGlobal(const GlobalModel& stored, const SeriesSet& data, const ForecastSpec& spec,
                                       std::vector<SeriesForecast>& out, const JobContext& job) const
{
    auto typed = modelAs<CnnQrModel>(stored, name());
    if (!typed.isOk()) return typed.status();
    const CnnQrModel& m = **typed;
    if (!(data.frequency == m.layout.frequency))
        return Status::invalidInput("cnnqr: the model was trained on " + m.layout.frequency.name() + " data, not "
                                    + data.frequency.name());
    if (data.featureNames.size() != m.layout.relatedCount())
        return Status::invalidInput("cnnqr: the model was trained with " + std::to_string(m.layout.relatedCount())
                                    + " related series, the data has " + std::to_string(data.featureNames.size()));
    if (data.pastFeatureNames.size() != m.pastCount())
        return Status::invalidInput("cnnqr: the model was trained with " + std::to_string(m.pastCount())
                                    + " historical-only related series, the data has " + std::to_string(data.pastFeatureNames.size()));
    if (spec.horizon > m.shape.horizon)
        return Status::invalidInput("cnnqr: the model forecasts " + std::to_string(m.shape.horizon) + " periods ahead, not "
                                    + std::to_string(spec.horizon) + "; retrain it for a longer horizon");
    return guardTorch(name(), [&]() -> Status {
        std::lock_guard<std::mutex> lock(m.use);
        useTorchThreads(spec.threads);
        torch::NoGradGuard noGrad;
        m.network->eval();
        const size_t horizon = size_t(spec.horizon), trained = size_t(m.shape.horizon), levels = m.levels.size();
        std::vector<size_t> meanLevels;
        for (int k = 0; k < kMeanGrid; ++k)
            for (size_t l = 0; l < levels; ++l)
                if (std::fabs(m.levels[l] - (k + 0.5) / kMeanGrid) < 1e-12) meanLevels.push_back(l);
        out.assign(data.series.size(), {});
        const size_t chunk = 1024;
        WindowBatch batch;
        std::vector<double> sorted(levels);
        for (size_t from = 0; from < data.series.size(); from += chunk) {
            if (job.isCancelled()) return Status::cancelled();
            const size_t n = std::min(chunk, data.series.size() - from);
            batch.resize(n, m);
            for (size_t w = 0; w < n; ++w) {
                const TimeSeries& series = data.series[from + w];
                const int64_t end = int64_t(series.values.size());
                if (hasNoHistory(series) && !m.cold.empty()) {
                    const WindowScaling cold = coldScalingOf(m, series);
                    fillWindow(batch, w, m, series, end, end, &cold);
                } else {
                    fillWindow(batch, w, m, series, end, end);
                }
            }
            const NetworkInputs in = inputsOf(batch, m, int64_t(n), 1);
            const auto scaled = m.network->forward(in.past, in.statics, in.future, in.seasonal, nullptr).squeeze(1); // [n, horizon, Q]
            const auto values = (scaled * in.scale.view({-1, 1, 1}) + in.loc.view({-1, 1, 1})).contiguous();
            const float* v = values.data_ptr<float>();
            for (size_t w = 0; w < n; ++w) {
                SeriesForecast& f = out[from + w];
                f.mean.assign(horizon, 0.0);
                f.quantiles.assign(spec.quantiles.size(), std::vector<double>(horizon, 0.0));
                for (size_t h = 0; h < horizon; ++h) {
                    // Quantiles learnt separately can cross: sorting them is the rearrangement
                    // that never increases the pinball loss (Chernozhukov et al. 2010).
                    const float* row = v + (w * trained + h) * levels;
                    for (size_t l = 0; l < levels; ++l) sorted[l] = double(row[l]);
                    std::sort(sorted.begin(), sorted.end());
                    double sum = 0;
                    for (size_t l : meanLevels) sum += sorted[l];
                    f.mean[h] = meanLevels.empty() ? valueAtLevel(m.levels, sorted.data(), 0.5) : sum / double(meanLevels.size());
                    for (size_t k = 0; k < spec.quantiles.size(); ++k)
                        f.quantiles[k][h] = valueAtLevel(m.levels, sorted.data(), calibratedLevel(m.levels, m.coverage, spec.quantiles[k]));
                }
                const TimeSeries& series = data.series[from + w];
                finalizeQuantiles(f, hasNoHistory(series) ? m.nonNegativeData : historyIsNonNegative(series.values));
            }
            job.report(double(from + n) / double(data.series.size()), "forecasting with cnnqr");
        }
        return Status::ok();
    });
}

Result<std::unique_ptr<GlobalModel>> CnnQrRecipe::readGlobalModel(ByteReader& in) const
{
    const uint32_t format = in.u32();
    if (format < 1 || format > kModelFormat)
        return Status::invalidInput("cnnqr: the stored model is in a format this program does not read");
    auto model = std::make_unique<CnnQrModel>();
    model->contextLength = int(std::min<uint32_t>(in.u32(), 1u << 20));
    model->shape.layers = int64_t(std::min<uint32_t>(in.u32(), 16));
    model->shape.channels = int64_t(std::min<uint32_t>(in.u32(), 1u << 16));
    model->shape.horizon = int64_t(std::min<uint32_t>(in.u32(), 1u << 20));
    model->shape.dropout = in.f64();
    model->relatedInEncoder = in.boolean();
    model->relatedInDecoder = in.boolean();
    model->useMetadata = in.boolean();
    model->centred = in.boolean();
    model->levels = in.doubles();
    model->coverage = in.doubles();
    model->pastMean = in.doubles();
    model->pastScale = in.doubles();
    ALMANAC_RETURN_IF_ERROR(in.status("cnnqr"));
    if (model->contextLength < 1 || model->shape.layers < 1 || model->shape.channels < 1 || model->shape.horizon < 1
        || !(model->shape.dropout >= 0 && model->shape.dropout < 1) || model->levels.empty()
        || !std::is_sorted(model->levels.begin(), model->levels.end())
        || std::any_of(model->levels.begin(), model->levels.end(), [](double q) { return !(q > 0 && q < 1); })
        || model->pastMean.size() != model->pastScale.size()
        || (!model->coverage.empty() && (model->coverage.size() != model->levels.size()
                                         || !std::is_sorted(model->coverage.begin(), model->coverage.end()))))
        return Status::invalidInput("cnnqr: the stored model is damaged");
    auto layout = SeriesLayout::read(in, format >= 2);
    if (!layout.isOk()) return layout.status();
    model->layout = std::move(*layout);
    if (format >= 2) {
        auto cold = ColdStartScaling::read(in);
        if (!cold.isOk()) return cold.status();
        model->cold = std::move(*cold);
        model->nonNegativeData = in.boolean();
        ALMANAC_RETURN_IF_ERROR(in.status("cnnqr"));
    }
    model->shape.encoderWidth = model->encoderWidth();
    model->shape.decoderWidth = model->decoderWidth();
    model->shape.seasonalWidth = int64_t(model->layout.lags.size());
    model->shape.cardinalities = model->cardinalities();
    model->shape.quantiles = int64_t(model->levels.size());
    const Status built = guardTorch(name(), [&] {
        model->build(0);
        const Status read = readParameters(in, *model->network);
        model->network->eval();
        return read;
    });
    if (!built.isOk()) return built;
    return std::unique_ptr<GlobalModel>(std::move(model));
}

} // namespace almanac::deep
