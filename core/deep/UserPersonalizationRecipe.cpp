#include "deep/UserPersonalizationRecipe.h"

#include "deep/TensorBytes.h"
#include "deep/TorchRuntime.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <unordered_set>

namespace almanac::deep {

namespace {

constexpr uint32_t kStateFormat = 1;
// Above this many items the softmax runs over sampled negatives: the whole catalogue's logits for
// every position of a batch would cost more time and memory than they return.
constexpr size_t kFullSoftmaxItems = 10000;
constexpr int64_t kDefaultNegatives = 1000;
// Logit rows computed at once in the full softmax (about 200 MB of floats).
constexpr int64_t kLogitBudget = 50'000'000;
constexpr size_t kValidationUsers = 2000;
constexpr int64_t kScoringBatch = 256;

struct Settings {
    SequenceShape shape;
    int64_t epochs = 200;
    double learningRate = 0.003;
    int64_t batchSize = 64;
    int64_t patience = 10;
    int64_t negatives = 0; // 0: the whole catalogue
};

Result<Settings> settingsFrom(const RecommendSpec& spec, size_t itemCount)
{
    Settings s;
    auto it = spec.parameters.find("architecture");
    if (it != spec.parameters.end()) s.shape.architecture = it->second;
    s.shape.items = int64_t(itemCount) + 1;
    s.shape.hidden = int64_t(spec.number("hidden_dimension", 64));
    s.shape.maxLength = int64_t(spec.number("bptt", 100));
    s.shape.blocks = int64_t(spec.number("num_blocks", 2));
    s.shape.heads = int64_t(spec.number("num_heads", 1));
    s.shape.dropout = spec.number("dropout", 0.2);
    s.epochs = int64_t(spec.number("epochs", 200));
    s.learningRate = spec.number("learning_rate", 0.003);
    s.batchSize = int64_t(spec.number("batch_size", 64));
    s.patience = int64_t(spec.number("early_stopping_patience", 10));
    s.negatives = int64_t(spec.number("negative_samples", 0));
    if (s.negatives == 0 && itemCount > kFullSoftmaxItems) s.negatives = kDefaultNegatives;
    if (s.shape.architecture != "sasrec" && s.shape.architecture != "gru")
        return Status::invalidInput("user-personalization: architecture must be sasrec or gru");
    if (s.shape.hidden % s.shape.heads != 0)
        return Status::invalidInput("user-personalization: num_heads (" + std::to_string(s.shape.heads)
                                    + ") must divide hidden_dimension (" + std::to_string(s.shape.hidden) + ")");
    if (s.shape.hidden < 1 || s.shape.maxLength < 2 || s.shape.blocks < 1 || s.epochs < 1 || s.batchSize < 1
        || s.patience < 1 || !(s.learningRate > 0) || !(s.shape.dropout >= 0 && s.shape.dropout < 1))
        return Status::invalidInput("user-personalization: a parameter is out of range");
    return s;
}

// Left-padded rows of item codes + 1, as the network reads them.
torch::Tensor paddedBatch(const std::vector<std::vector<int64_t>>& rows, int64_t length)
{
    torch::Tensor out = torch::zeros({int64_t(rows.size()), length}, torch::kLong);
    auto a = out.accessor<int64_t, 2>();
    for (size_t r = 0; r < rows.size(); ++r) {
        const int64_t n = std::min<int64_t>(int64_t(rows[r].size()), length);
        for (int64_t k = 0; k < n; ++k) a[int64_t(r)][length - n + k] = rows[r][rows[r].size() - size_t(n) + size_t(k)];
    }
    return out;
}

int64_t paddedLength(const SequenceShape& shape, const std::vector<std::vector<int64_t>>& rows)
{
    if (shape.architecture == "gru") return shape.maxLength;
    int64_t longest = 1;
    for (const auto& r : rows) longest = std::max<int64_t>(longest, int64_t(r.size()));
    return std::min(longest, shape.maxLength);
}

// The loss of next-item targets [N] for hidden states [N, hidden], and its gradient into both
// (computed in slices for the full softmax, so that its logits never all exist at once).
double backwardNextItemLoss(const torch::Tensor& states, const torch::Tensor& targets, const torch::Tensor& items,
                            int64_t negatives, at::Generator& generator)
{
    const int64_t n = states.size(0);
    const torch::Tensor detached = states.detach().requires_grad_(true);
    double lossSum = 0;
    if (negatives > 0) {
        // Shared uniform negatives: the same correction for every item, so none is needed.
        const torch::Tensor sampled = torch::randint(1, items.size(0), {negatives}, generator, torch::kLong);
        const torch::Tensor positive = (detached * items.index_select(0, targets)).sum(-1, true);
        torch::Tensor negative = detached.mm(items.index_select(0, sampled).t());
        negative = negative.masked_fill(sampled.unsqueeze(0).eq(targets.unsqueeze(1)), -1e9);
        const torch::Tensor loss =
            torch::nn::functional::cross_entropy(torch::cat({positive, negative}, 1), torch::zeros({n}, torch::kLong));
        loss.backward();
        lossSum = loss.item<double>();
    } else {
        const int64_t rows = std::max<int64_t>(1, kLogitBudget / items.size(0));
        for (int64_t begin = 0; begin < n; begin += rows) {
            const int64_t end = std::min(n, begin + rows);
            torch::Tensor logits = detached.slice(0, begin, end).mm(items.t());
            logits.select(1, 0).fill_(-1e9); // padding is never the next item
            const torch::Tensor loss = torch::nn::functional::cross_entropy(
                                           logits, targets.slice(0, begin, end),
                                           torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kSum))
                                       / double(n);
            loss.backward();
            lossSum += loss.item<double>();
        }
    }
    states.backward(detached.grad());
    return lossSum;
}

struct Example {
    uint32_t user;
    std::vector<int64_t> sequence; // item codes + 1, oldest first: what training reads
};

} // namespace

Status UserPersonalizationRecipe::fit(const InteractionData& data, const RecommendSpec& spec, const JobContext& job)
{
    return guardTorch(name(), [&] { return fitNetwork(data, spec, job); });
}

Status UserPersonalizationRecipe::fitNetwork(const InteractionData& data, const RecommendSpec& spec, const JobContext& job)
{
    if (!data.hasSequences())
        return Status::invalidInput("user-personalization needs the events in time order (interactions read from a dataset)");
    auto settings = settingsFrom(spec, data.itemCount());
    if (!settings.isOk()) return settings.status();
    const Settings s = *settings;
    useTorchThreads(spec.threads);
    m_shape = s.shape;
    m_itemCount = data.itemCount();

    // Each user's last event is held out to decide when to stop; users with two events train on
    // them, users with one only inform the popularity fallback.
    std::vector<Example> training;
    std::vector<std::pair<uint32_t, int64_t>> validation; // index into training, target code + 1
    for (uint32_t u = 0; u < data.userCount(); ++u) {
        const auto seq = data.sequenceOf(u);
        if (seq.size < 2) continue;
        Example e{u, {}};
        for (size_t k = 0; k < seq.size; ++k) e.sequence.push_back(int64_t(seq.items[k]) + 1);
        if (seq.size >= 3) {
            const int64_t target = e.sequence.back();
            e.sequence.pop_back();
            // A target repeating an earlier item cannot be ranked: seen items are left out.
            if (std::find(e.sequence.begin(), e.sequence.end(), target) == e.sequence.end())
                validation.emplace_back(uint32_t(training.size()), target);
        }
        training.push_back(std::move(e));
    }
    if (training.empty()) return Status::invalidInput("user-personalization: no user has two or more events to learn from");
    std::mt19937_64 random(spec.seed);
    if (validation.size() > kValidationUsers) {
        std::shuffle(validation.begin(), validation.end(), random);
        validation.resize(kValidationUsers);
    }

    {
        std::lock_guard<std::mutex> lock(torchInitMutex());
        torch::manual_seed(spec.seed);
        m_network = SequenceNetwork(m_shape);
    }
    at::Generator generator = generatorFor(spec.seed ^ 0x9e3779b97f4a7c15ULL);
    torch::optim::Adam optimiser(m_network->parameters(), torch::optim::AdamOptions(s.learningRate));

    auto validationNdcg = [&]() {
        torch::NoGradGuard noGrad;
        m_network->eval();
        double sum = 0;
        for (size_t b = 0; b < validation.size(); b += size_t(kScoringBatch)) {
            const size_t e = std::min(validation.size(), b + size_t(kScoringBatch));
            std::vector<std::vector<int64_t>> rows;
            for (size_t k = b; k < e; ++k) rows.push_back(training[validation[k].first].sequence);
            const int64_t length = paddedLength(m_shape, rows);
            const torch::Tensor h = m_network->lastState(paddedBatch(rows, length));
            torch::Tensor scores = h.mm(m_network->itemEmbeddings().t());
            auto a = scores.accessor<float, 2>();
            for (size_t k = b; k < e; ++k) {
                const int64_t row = int64_t(k - b);
                const float target = a[row][validation[k].second];
                a[row][0] = -std::numeric_limits<float>::infinity();
                for (int64_t item : rows[k - b]) a[row][item] = -std::numeric_limits<float>::infinity();
                int64_t rank = 0;
                for (int64_t i = 1; i < scores.size(1) && rank < 10; ++i) rank += a[row][i] > target ? 1 : 0;
                if (rank < 10) sum += 1.0 / std::log2(double(rank) + 2.0);
            }
        }
        m_network->train();
        return validation.empty() ? 0.0 : sum / double(validation.size());
    };

    std::vector<size_t> order(training.size());
    std::iota(order.begin(), order.end(), size_t(0));
    double best = -1;
    int64_t sinceBest = 0;
    std::vector<torch::Tensor> bestParameters;
    m_network->train();
    for (int64_t epoch = 1; epoch <= s.epochs; ++epoch) {
        std::shuffle(order.begin(), order.end(), random);
        double lossSum = 0;
        int64_t batches = 0;
        for (size_t b = 0; b < order.size(); b += size_t(s.batchSize)) {
            if (job.isCancelled()) return Status::cancelled();
            const size_t e = std::min(order.size(), b + size_t(s.batchSize));
            // A history longer than bptt trains on a random window of it each epoch, so that its
            // earlier events teach too; the most recent window is the likeliest.
            std::vector<std::vector<int64_t>> inputs, targets;
            for (size_t k = b; k < e; ++k) {
                const std::vector<int64_t>& seq = training[order[k]].sequence;
                size_t end = seq.size();
                const size_t span = size_t(m_shape.maxLength) + 1;
                if (seq.size() > span && random() % 2 == 1) end = span + size_t(random() % (seq.size() - span + 1));
                const size_t begin = end > span ? end - span : 0;
                inputs.emplace_back(seq.begin() + long(begin), seq.begin() + long(end) - 1);
                targets.emplace_back(seq.begin() + long(begin) + 1, seq.begin() + long(end));
            }
            const int64_t length = paddedLength(m_shape, inputs);
            const torch::Tensor x = paddedBatch(inputs, length);
            const torch::Tensor y = paddedBatch(targets, length).reshape({-1});
            const torch::Tensor h = m_network->forward(x, &generator).reshape({-1, m_shape.hidden});
            const torch::Tensor where = y.nonzero().squeeze(1);
            optimiser.zero_grad();
            lossSum += backwardNextItemLoss(h.index_select(0, where), y.index_select(0, where),
                                            m_network->itemEmbeddings(), s.negatives, generator);
            torch::nn::utils::clip_grad_norm_(m_network->parameters(), 5.0);
            optimiser.step();
            ++batches;
            job.report((double(epoch - 1) + double(e) / double(order.size())) / double(s.epochs), "training");
        }
        job.reportMetric("training loss", int(epoch), lossSum / double(std::max<int64_t>(1, batches)), name());
        if (validation.empty()) continue;
        const double ndcg = validationNdcg();
        job.reportMetric("validation NDCG@10", int(epoch), ndcg, name());
        if (ndcg > best) {
            best = ndcg;
            sinceBest = 0;
            bestParameters.clear();
            for (const torch::Tensor& p : m_network->parameters()) bestParameters.push_back(p.detach().clone());
        } else if (++sinceBest >= s.patience) {
            break;
        }
    }
    if (!bestParameters.empty()) {
        torch::NoGradGuard noGrad;
        auto parameters = m_network->parameters();
        for (size_t i = 0; i < parameters.size(); ++i) parameters[i].copy_(bestParameters[i]);
    }
    m_network->eval();

    // Scoring reads each user's most recent events, the held-out one included.
    m_historyOffsets.assign(data.userCount() + 1, 0);
    m_historyItems.clear();
    for (uint32_t u = 0; u < data.userCount(); ++u) {
        const auto seq = data.sequenceOf(u);
        const size_t n = std::min(seq.size, size_t(m_shape.maxLength));
        m_historyItems.insert(m_historyItems.end(), seq.items + (seq.size - n), seq.items + seq.size);
        m_historyOffsets[u + 1] = m_historyItems.size();
    }
    m_popularity.assign(m_itemCount, 0.0f);
    for (uint32_t u = 0; u < data.userCount(); ++u) {
        const auto row = data.itemsOf(u);
        for (size_t k = 0; k < row.size; ++k) m_popularity[row.items[k]] += 1.0f;
    }
    computeVectors();
    job.report(1.0, "training");
    return Status::ok();
}

void UserPersonalizationRecipe::computeVectors()
{
    torch::NoGradGuard noGrad;
    const torch::Tensor items = m_network->itemEmbeddings().contiguous();
    m_itemVectors.assign(items.data_ptr<float>() + m_shape.hidden, items.data_ptr<float>() + items.numel());
    const size_t users = m_historyOffsets.empty() ? 0 : m_historyOffsets.size() - 1;
    m_userStates.assign(users * size_t(m_shape.hidden), 0.0f);
    for (size_t b = 0; b < users; b += size_t(kScoringBatch)) {
        const size_t e = std::min(users, b + size_t(kScoringBatch));
        std::vector<std::vector<int64_t>> rows;
        for (size_t u = b; u < e; ++u) {
            std::vector<int64_t> row;
            for (uint64_t k = m_historyOffsets[u]; k < m_historyOffsets[u + 1]; ++k) row.push_back(int64_t(m_historyItems[k]) + 1);
            rows.push_back(std::move(row));
        }
        const int64_t length = paddedLength(m_shape, rows);
        const torch::Tensor h = m_network->lastState(paddedBatch(rows, length)).contiguous();
        std::copy(h.data_ptr<float>(), h.data_ptr<float>() + h.numel(), m_userStates.begin() + long(b * size_t(m_shape.hidden)));
    }
}

std::vector<uint32_t> UserPersonalizationRecipe::historyOf(int64_t user) const
{
    if (user < 0 || size_t(user) + 1 >= m_historyOffsets.size()) return {};
    return {m_historyItems.begin() + long(m_historyOffsets[size_t(user)]), m_historyItems.begin() + long(m_historyOffsets[size_t(user) + 1])};
}

void UserPersonalizationRecipe::scoreState(const float* state, std::vector<float>& scores) const
{
    const size_t d = size_t(m_shape.hidden);
    scores.assign(m_itemCount, 0.0f);
    for (size_t i = 0; i < m_itemCount; ++i) {
        const float* v = m_itemVectors.data() + i * d;
        float sum = 0;
        for (size_t k = 0; k < d; ++k) sum += v[k] * state[k];
        scores[i] = sum;
    }
}

void UserPersonalizationRecipe::scorePopularity(std::vector<float>& scores) const
{
    const float total = std::max(1.0f, std::accumulate(m_popularity.begin(), m_popularity.end(), 0.0f));
    scores.resize(m_itemCount);
    for (size_t i = 0; i < m_itemCount; ++i) scores[i] = m_popularity[i] / total;
}

void UserPersonalizationRecipe::scoreItems(int64_t user, std::vector<float>& scores) const
{
    if (user < 0 || size_t(user) + 1 >= m_historyOffsets.size()
        || m_historyOffsets[size_t(user)] == m_historyOffsets[size_t(user) + 1]) {
        scorePopularity(scores);
        return;
    }
    scoreState(m_userStates.data() + size_t(user) * size_t(m_shape.hidden), scores);
}

void UserPersonalizationRecipe::scoreHistory(int64_t user, const std::vector<uint32_t>& recent, std::vector<float>& scores) const
{
    if (recent.empty()) {
        scoreItems(user, scores);
        return;
    }
    std::vector<uint32_t> history = historyOf(user);
    history.insert(history.end(), recent.begin(), recent.end());
    std::vector<int64_t> row;
    for (uint32_t item : history)
        if (item < m_itemCount && (row.empty() || row.back() != int64_t(item) + 1)) row.push_back(int64_t(item) + 1);
    if (row.empty()) {
        scorePopularity(scores);
        return;
    }
    useOneTorchThreadHere();
    c10::InferenceMode inference; // no autograd bookkeeping at all: a request is only read
    const std::vector<std::vector<int64_t>> rows{row};
    const int64_t length = paddedLength(m_shape, rows);
    const torch::Tensor h = m_network->lastState(paddedBatch(rows, length)).contiguous();
    scoreState(h.data_ptr<float>(), scores);
}

void UserPersonalizationRecipe::writeState(ByteWriter& out) const
{
    out.u32(kStateFormat);
    out.text(m_shape.architecture);
    out.i64(m_shape.items);
    out.i64(m_shape.hidden);
    out.i64(m_shape.blocks);
    out.i64(m_shape.heads);
    out.i64(m_shape.maxLength);
    out.f64(m_shape.dropout);
    out.u64(m_historyOffsets.size());
    for (uint64_t o : m_historyOffsets) out.u64(o);
    out.u32s(m_historyItems);
    out.floats(m_popularity);
    writeParameters(out, *m_network);
}

Status UserPersonalizationRecipe::readState(ByteReader& in, const InteractionData& data)
{
    return guardTorch(name(), [&] { return readNetwork(in, data); });
}

Status UserPersonalizationRecipe::readNetwork(ByteReader& in, const InteractionData& data)
{
    if (in.u32() != kStateFormat) return Status::invalidInput("user-personalization: unknown stored format");
    m_shape.architecture = in.text();
    m_shape.items = in.i64();
    m_shape.hidden = in.i64();
    m_shape.blocks = in.i64();
    m_shape.heads = in.i64();
    m_shape.maxLength = in.i64();
    m_shape.dropout = in.f64();
    const uint64_t offsets = in.count(8);
    m_historyOffsets.clear();
    for (uint64_t i = 0; i < offsets && in.ok(); ++i) m_historyOffsets.push_back(in.u64());
    m_historyItems = in.u32s();
    m_popularity = in.floats();
    ALMANAC_RETURN_IF_ERROR(in.status("user-personalization"));
    m_itemCount = data.itemCount();
    bool valid = (m_shape.architecture == "sasrec" || m_shape.architecture == "gru") && m_shape.items == int64_t(m_itemCount) + 1
                 && m_shape.hidden >= 1 && m_shape.hidden <= 1024 && m_shape.heads >= 1 && m_shape.hidden % m_shape.heads == 0
                 && m_shape.blocks >= 1 && m_shape.blocks <= 8 && m_shape.maxLength >= 2 && m_shape.maxLength <= 2000
                 && m_historyOffsets.size() == data.userCount() + 1 && m_popularity.size() == m_itemCount
                 && m_historyOffsets.front() == 0 && m_historyOffsets.back() == m_historyItems.size();
    for (size_t u = 1; valid && u < m_historyOffsets.size(); ++u) valid = m_historyOffsets[u] >= m_historyOffsets[u - 1];
    for (size_t k = 0; valid && k < m_historyItems.size(); ++k) valid = m_historyItems[k] < m_itemCount;
    if (!valid) return Status::invalidInput("user-personalization: the stored model is damaged");
    {
        std::lock_guard<std::mutex> lock(torchInitMutex());
        m_network = SequenceNetwork(m_shape);
    }
    ALMANAC_RETURN_IF_ERROR(readParameters(in, *m_network));
    m_network->eval();
    computeVectors();
    return Status::ok();
}

} // namespace almanac::deep
