#include "deep/CnnQrRecipe.h"

#include "deep/CnnQrNetwork.h"
#include "deep/DeepFeatures.h"
#include "deep/EarlyStopping.h"
#include "deep/TensorBytes.h"
#include "deep/TorchRuntime.h"
#include "forecast/SeriesHistory.h"

#include <cmath>
#include <mutex>
#include <random>

namespace almanac::deep {

namespace {

constexpr uint32_t kModelFormat = 1;
// A category index is replaced by "never seen" (0) this often in training, so that index 0
// learns an average item and a cold-start item is forecast from it, not from random weights.
constexpr double kCategoryDropout = 0.05;

struct CnnQrSettings {
    int contextLength = 0; // 0: twice the horizon
    int layers = 3;
    int channels = 30;
    double learningRate = 1e-3;
    int epochs = 100;
    double dropout = 0.1;
    int batchSize = 32;
    int batchesPerEpoch = 50;
    int patience = 10;
    bool relatedInEncoder = true, relatedInDecoder = true;
    bool useMetadata = true;
    bool centred = true;
};

Result<CnnQrSettings> settingsOf(const ForecastSpec& spec)
{
    CnnQrSettings s;
    auto integer = [&](const char* name, int fallback) { return std::atoi(spec.parameter(name, std::to_string(fallback)).c_str()); };
    auto number = [&](const char* name, double fallback) {
        double v = fallback;
        parseFiniteNumber(spec.parameter(name, std::to_string(fallback)), v);
        return v;
    };
    s.contextLength = integer("context_length", 0);
    if (s.contextLength <= 0) s.contextLength = 2 * std::max(1, spec.horizon);
    s.layers = integer("num_layers", s.layers);
    s.channels = integer("num_cells", s.channels);
    s.learningRate = number("learning_rate", s.learningRate);
    s.epochs = integer("epochs", s.epochs);
    s.dropout = number("dropout", s.dropout);
    s.batchSize = integer("batch_size", s.batchSize);
    s.batchesPerEpoch = integer("num_batches_per_epoch", s.batchesPerEpoch);
    s.patience = integer("early_stopping_patience", s.patience);
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
    if (s.layers < 1 || s.channels < 1 || s.epochs < 1 || s.batchSize < 1 || s.batchesPerEpoch < 1 || !(s.learningRate > 0)
        || !(s.dropout >= 0 && s.dropout < 1))
        return Status::invalidInput("cnnqr: a hyper-parameter is out of range");
    return s;
}

// The quantile levels trained: those asked for, the median, and an even grid of midpoints whose
// average is the mean (the mean of a distribution is the integral of its quantile function).
constexpr int kMeanGrid = 10;

std::vector<double> trainedLevels(const std::vector<double>& asked)
{
    std::vector<double> levels = asked;
    levels.push_back(0.5);
    for (int k = 0; k < kMeanGrid; ++k) levels.push_back((k + 0.5) / kMeanGrid);
    std::sort(levels.begin(), levels.end());
    levels.erase(std::unique(levels.begin(), levels.end(), [](double a, double b) { return std::fabs(a - b) < 1e-12; }),
                 levels.end());
    return levels;
}

// The value at level q from sorted values at sorted levels: linear between the two nearest,
// the end values beyond them.
double atLevel(const std::vector<double>& levels, const double* values, double q)
{
    if (q <= levels.front()) return values[0];
    if (q >= levels.back()) return values[levels.size() - 1];
    const size_t hi = size_t(std::upper_bound(levels.begin(), levels.end(), q) - levels.begin());
    const size_t lo = hi - 1;
    if (std::fabs(levels[lo] - q) < 1e-12) return values[lo];
    const double w = (q - levels[lo]) / (levels[hi] - levels[lo]);
    return values[lo] + w * (values[hi] - values[lo]);
}

class CnnQrModel final : public GlobalModel {
public:
    CnnQrShape shape;
    SeriesLayout layout;
    int contextLength = 0;
    bool relatedInEncoder = true, relatedInDecoder = true, useMetadata = true, centred = true;
    std::vector<double> levels; // ascending
    mutable CnnQrNetwork network{nullptr}; // forward() is not const in torch; guarded by `use`
    mutable std::mutex use;

    size_t baseKnownWidth() const { return layout.timeFeatures.size() + 1; } // calendar and age
    int64_t categoryCount() const { return useMetadata ? int64_t(layout.vocabularies.size()) : std::min<int64_t>(1, int64_t(layout.vocabularies.size())); }
    int64_t encoderWidth() const
    {
        return int64_t(layout.lags.size() + 1 + baseKnownWidth() + (relatedInEncoder ? layout.relatedCount() : 0));
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
        layout.write(out);
        writeParameters(out, *network);
    }
};

// Windows laid out for the network. A window ending at `end` covers the context [end - context,
// end) for the encoder and, for the targets and the known inputs, the horizon after it.
struct WindowBatch {
    std::vector<float> own;   // [B, context, lags + 1]: lagged targets and whether the step's target is observed
    std::vector<float> known; // [B, context + horizon, known width]
    std::vector<float> target, mask; // [B, context + horizon], scaled
    std::vector<float> scale, loc;
    std::vector<int64_t> categories;

    void resize(size_t windows, const CnnQrModel& m)
    {
        const size_t context = size_t(m.contextLength), span = context + size_t(m.shape.horizon);
        own.assign(windows * context * (m.layout.lags.size() + 1), 0.0f);
        known.assign(windows * span * m.layout.knownWidth(), 0.0f);
        target.assign(windows * span, 0.0f);
        mask.assign(windows * span, 0.0f);
        scale.assign(windows, 1.0f);
        loc.assign(windows, 0.0f);
        categories.assign(windows * size_t(m.categoryCount()), 0);
    }
};

// Window w of series: the context ending at `end` (values before it only), targets observed
// before targetEnd.
void fillWindow(WindowBatch& b, size_t w, const CnnQrModel& m, const TimeSeries& series, int64_t end, int64_t targetEnd)
{
    const int64_t context = m.contextLength, span = context + m.shape.horizon;
    const int64_t first = end - context;
    const int64_t length = int64_t(series.values.size());
    const WindowScaling scaling = scalingOf(series, first, std::min(end, length), m.centred);
    b.scale[w] = float(scaling.scale);
    b.loc[w] = float(scaling.loc);
    auto observed = [&](int64_t i, int64_t before) {
        return i >= 0 && i < std::min(before, length) && std::isfinite(series.values[size_t(i)]);
    };
    auto scaled = [&](int64_t i) { return float((series.values[size_t(i)] - scaling.loc) / scaling.scale); };
    const size_t ownWidth = m.layout.lags.size() + 1;
    float* own = b.own.data() + w * size_t(context) * ownWidth;
    for (int64_t j = 0; j < context; ++j) {
        // Position t encodes what is known once y[t] is: y[t + 1 - lag] for each lag.
        const int64_t t = first + j;
        float* row = own + size_t(j) * ownWidth;
        for (size_t l = 0; l < m.layout.lags.size(); ++l) {
            const int64_t i = t + 1 - m.layout.lags[l];
            row[l] = observed(i, end) ? scaled(i) : 0.0f;
        }
        row[ownWidth - 1] = observed(t, end) ? 1.0f : 0.0f;
    }
    fillKnown(m.layout, series, first, int(span), b.known.data() + w * size_t(span) * m.layout.knownWidth());
    for (int64_t j = 0; j < span; ++j)
        if (observed(first + j, targetEnd)) {
            b.target[w * size_t(span) + size_t(j)] = scaled(first + j);
            b.mask[w * size_t(span) + size_t(j)] = 1.0f;
        }
    const auto categories = categoriesOf(m.layout, series);
    for (int64_t c = 0; c < m.categoryCount(); ++c) b.categories[w * size_t(m.categoryCount()) + size_t(c)] = categories[size_t(c)];
}

struct NetworkInputs {
    torch::Tensor past, statics, future, target, mask, scale, loc;
};

// The tensors for the last `forks` origins of each window: past [B, context, encoder width],
// future [B, forks, horizon, decoder width], target and mask [B, forks, horizon].
NetworkInputs inputsOf(WindowBatch& b, const CnnQrModel& m, int64_t windows, int64_t forks)
{
    const int64_t context = m.contextLength, horizon = m.shape.horizon, span = context + horizon;
    const int64_t knownWidth = int64_t(m.layout.knownWidth()), base = int64_t(m.baseKnownWidth());
    const int64_t related = int64_t(m.layout.relatedCount());
    const auto own = torch::from_blob(b.own.data(), {windows, context, int64_t(m.layout.lags.size()) + 1});
    const auto known = torch::from_blob(b.known.data(), {windows, span, knownWidth});
    auto columns = [&](const torch::Tensor& rows, bool withRelated) {
        return withRelated || related == 0 ? rows : rows.narrow(2, 0, base);
    };
    NetworkInputs in;
    in.past = torch::cat({own, columns(known.narrow(1, 0, context), m.relatedInEncoder)}, 2);
    // Origin j (of the last `forks`) is followed by steps j + 1 .. j + horizon of the span.
    const int64_t from = context - forks + 1;
    in.future = columns(known, m.relatedInDecoder).narrow(1, from, forks + horizon - 1).unfold(1, horizon, 1).permute({0, 1, 3, 2});
    in.target = torch::from_blob(b.target.data(), {windows, span}).narrow(1, from, forks + horizon - 1).unfold(1, horizon, 1);
    in.mask = torch::from_blob(b.mask.data(), {windows, span}).narrow(1, from, forks + horizon - 1).unfold(1, horizon, 1);
    in.scale = torch::from_blob(b.scale.data(), {windows});
    in.loc = torch::from_blob(b.loc.data(), {windows});
    const auto categories = torch::from_blob(b.categories.data(), {windows, m.categoryCount()}, torch::kInt64);
    in.statics = m.network->staticInputs(categories, in.scale, in.loc);
    return in;
}

Result<std::unique_ptr<GlobalModel>> fitNetwork(const std::string& recipe, const SeriesSet& data, const ForecastSpec& spec,
                                                const JobContext& job)
{
    auto settings = settingsOf(spec);
    if (!settings.isOk()) return settings.status();
    const CnnQrSettings& s = *settings;
    useTorchThreads(spec.threads);

    auto model = std::make_unique<CnnQrModel>();
    model->layout = layoutOf(data, s.contextLength);
    model->contextLength = s.contextLength;
    model->relatedInEncoder = s.relatedInEncoder;
    model->relatedInDecoder = s.relatedInDecoder;
    model->useMetadata = s.useMetadata;
    model->centred = s.centred;
    model->levels = trainedLevels(spec.quantiles);
    CnnQrShape& shape = model->shape;
    shape.encoderWidth = model->encoderWidth();
    shape.decoderWidth = model->decoderWidth();
    shape.cardinalities = model->cardinalities();
    shape.layers = s.layers;
    shape.channels = s.channels;
    shape.horizon = std::max(1, spec.horizon);
    shape.quantiles = int64_t(model->levels.size());
    shape.dropout = s.dropout;
    model->build(spec.seed);
    CnnQrModel& m = *model;

    // Every origin of a window whose receptive field lies inside it is trained.
    const int64_t forks = std::max<int64_t>(1, s.contextLength - shape.receptiveField() + 1);
    const int64_t horizon = shape.horizon;
    std::vector<int64_t> trainEnd(data.series.size());
    std::vector<size_t> validation;
    std::vector<double> weight(data.series.size(), 0.0);
    for (size_t i = 0; i < data.series.size(); ++i) {
        const int64_t length = int64_t(data.series[i].values.size());
        const bool validates = length > horizon + 1;
        trainEnd[i] = validates ? length - horizon : length;
        if (validates) validation.push_back(i);
        weight[i] = double(std::max<int64_t>(trainEnd[i], 0));
    }
    if (std::all_of(weight.begin(), weight.end(), [](double w) { return w <= 0; }))
        return Status::invalidInput(recipe + ": no series has any history to learn from");

    std::mt19937_64 rng(spec.seed);
    std::discrete_distribution<size_t> pickSeries(weight.begin(), weight.end());
    std::bernoulli_distribution dropCategory(kCategoryDropout);
    at::Generator dropoutGenerator = generatorFor(spec.seed ^ 0x5deece66dULL);
    torch::optim::Adam optimiser(m.network->parameters(), torch::optim::AdamOptions(s.learningRate));
    const auto levels = torch::tensor(std::vector<float>(m.levels.begin(), m.levels.end()));
    EarlyStopping stopping(s.patience, s.learningRate);
    WindowBatch batch;
    for (int epoch = 1; epoch <= s.epochs; ++epoch) {
        m.network->train();
        double lossSum = 0;
        for (int b = 0; b < s.batchesPerEpoch; ++b) {
            if (job.isCancelled()) return Status::cancelled();
            batch.resize(size_t(s.batchSize), m);
            for (size_t w = 0; w < size_t(s.batchSize); ++w) {
                const size_t i = pickSeries(rng);
                // The window's last origin: any period from the first to the last trained one.
                const int64_t end = std::uniform_int_distribution<int64_t>(1, std::max<int64_t>(trainEnd[i], 1))(rng);
                fillWindow(batch, w, m, data.series[i], end, trainEnd[i]);
                for (int64_t c = 0; c < m.categoryCount(); ++c)
                    if (dropCategory(rng)) batch.categories[w * size_t(m.categoryCount()) + size_t(c)] = 0;
            }
            const NetworkInputs in = inputsOf(batch, m, s.batchSize, forks);
            const auto predicted = m.network->forward(in.past, in.statics, in.future, &dropoutGenerator);
            const auto loss = pinballLoss(predicted, in.target, in.mask, levels);
            optimiser.zero_grad();
            loss.backward();
            torch::nn::utils::clip_grad_norm_(m.network->parameters(), 10.0);
            optimiser.step();
            lossSum += loss.item<double>();
            job.report((double(epoch - 1) + double(b + 1) / s.batchesPerEpoch) / s.epochs, "training cnnqr");
        }
        job.reportMetric("training loss", epoch, lossSum / s.batchesPerEpoch, recipe);
        if (validation.empty()) continue;

        // Validation: the held-out horizon of every series, from its origin.
        torch::NoGradGuard noGrad;
        m.network->eval();
        double validationSum = 0, validationWeight = 0;
        const size_t chunk = 256;
        for (size_t from = 0; from < validation.size(); from += chunk) {
            const size_t n = std::min(chunk, validation.size() - from);
            batch.resize(n, m);
            for (size_t w = 0; w < n; ++w) {
                const TimeSeries& series = data.series[validation[from + w]];
                const int64_t length = int64_t(series.values.size());
                fillWindow(batch, w, m, series, length - horizon, length);
            }
            const NetworkInputs in = inputsOf(batch, m, int64_t(n), 1);
            const double observed = in.mask.sum().item<double>();
            validationSum += pinballLoss(m.network->forward(in.past, in.statics, in.future, nullptr), in.target, in.mask, levels)
                                 .item<double>()
                             * observed;
            validationWeight += observed;
        }
        const double validationLoss = validationWeight > 0 ? validationSum / validationWeight : 0.0;
        job.reportMetric("validation loss", epoch, validationLoss, recipe);
        if (stopping.observe(validationLoss, *m.network, optimiser)) break;
    }
    stopping.restoreBest(*m.network);
    m.network->eval();
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
                fillWindow(batch, w, m, series, int64_t(series.values.size()), int64_t(series.values.size()));
            }
            const NetworkInputs in = inputsOf(batch, m, int64_t(n), 1);
            const auto scaled = m.network->forward(in.past, in.statics, in.future, nullptr).squeeze(1); // [n, horizon, Q]
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
                    f.mean[h] = meanLevels.empty() ? atLevel(m.levels, sorted.data(), 0.5) : sum / double(meanLevels.size());
                    for (size_t k = 0; k < spec.quantiles.size(); ++k) f.quantiles[k][h] = atLevel(m.levels, sorted.data(), spec.quantiles[k]);
                }
                finalizeQuantiles(f, historyIsNonNegative(data.series[from + w].values));
            }
            job.report(double(from + n) / double(data.series.size()), "forecasting with cnnqr");
        }
        return Status::ok();
    });
}

Result<std::unique_ptr<GlobalModel>> CnnQrRecipe::readGlobalModel(ByteReader& in) const
{
    if (in.u32() != kModelFormat) return Status::invalidInput("cnnqr: the stored model is in a format this program does not read");
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
    ALMANAC_RETURN_IF_ERROR(in.status("cnnqr"));
    if (model->contextLength < 1 || model->shape.layers < 1 || model->shape.channels < 1 || model->shape.horizon < 1
        || !(model->shape.dropout >= 0 && model->shape.dropout < 1) || model->levels.empty()
        || !std::is_sorted(model->levels.begin(), model->levels.end())
        || std::any_of(model->levels.begin(), model->levels.end(), [](double q) { return !(q > 0 && q < 1); }))
        return Status::invalidInput("cnnqr: the stored model is damaged");
    auto layout = SeriesLayout::read(in);
    if (!layout.isOk()) return layout.status();
    model->layout = std::move(*layout);
    model->shape.encoderWidth = model->encoderWidth();
    model->shape.decoderWidth = model->decoderWidth();
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
