#include "deep/SequenceNetwork.h"

#include "deep/DeepArNetwork.h"

#include <cmath>

namespace almanac::deep {

SequenceNetworkImpl::SequenceNetworkImpl(const SequenceShape& shape) : m_shape(shape)
{
    m_items = register_module("items", torch::nn::Embedding(torch::nn::EmbeddingOptions(shape.items, shape.hidden).padding_idx(0)));
    // Small initial item vectors: with tied output weights, large ones start the softmax saturated.
    torch::NoGradGuard noGrad;
    m_items->weight.normal_(0.0, 1.0 / std::sqrt(double(shape.hidden)));
    m_items->weight[0].zero_();
    if (shape.architecture == "gru") {
        for (int64_t l = 0; l < shape.blocks; ++l)
            m_recurrent.push_back(register_module("gru" + std::to_string(l),
                                                  torch::nn::GRU(torch::nn::GRUOptions(shape.hidden, shape.hidden).batch_first(true))));
        return;
    }
    m_positions = register_module("positions", torch::nn::Embedding(shape.maxLength, shape.hidden));
    auto linear = [&](const std::string& name) {
        return register_module(name, torch::nn::Linear(shape.hidden, shape.hidden));
    };
    auto norm = [&](const std::string& name) {
        return register_module(name, torch::nn::LayerNorm(torch::nn::LayerNormOptions({shape.hidden}).eps(1e-8)));
    };
    for (int64_t b = 0; b < shape.blocks; ++b) {
        const std::string p = "block" + std::to_string(b) + "_";
        m_attentionNorms.push_back(norm(p + "attention_norm"));
        m_queries.push_back(linear(p + "query"));
        m_keys.push_back(linear(p + "key"));
        m_values.push_back(linear(p + "value"));
        m_outputs.push_back(linear(p + "output"));
        m_feedForwardNorms.push_back(norm(p + "feed_forward_norm"));
        m_feedForwardIn.push_back(linear(p + "feed_forward_in"));
        m_feedForwardOut.push_back(linear(p + "feed_forward_out"));
    }
    m_finalNorm = norm("final_norm");
}

torch::Tensor SequenceNetworkImpl::forward(const torch::Tensor& items, at::Generator* generator)
{
    return run(items, generator, false);
}

torch::Tensor SequenceNetworkImpl::lastState(const torch::Tensor& items)
{
    if (!m_recurrent.empty()) return run(items, nullptr, false).select(1, items.size(1) - 1);
    return run(items, nullptr, true).select(1, 0);
}

torch::Tensor SequenceNetworkImpl::run(const torch::Tensor& items, at::Generator* generator, bool lastOnly)
{
    const bool drop = is_training() && generator && m_shape.dropout > 0;
    auto dropout = [&](const torch::Tensor& x) { return drop ? dropoutWith(x, m_shape.dropout, *generator) : x; };
    const torch::Tensor present = items.ne(0).unsqueeze(-1).to(torch::kFloat); // [B, T, 1]
    torch::Tensor x = m_items->forward(items);
    if (!m_recurrent.empty()) {
        x = dropout(x);
        for (auto& layer : m_recurrent) x = std::get<0>(layer->forward(x));
        return dropout(x);
    }
    const int64_t length = items.size(1);
    // Positions count back from the most recent event, so that the same history gives the same
    // states however much padding precedes it.
    const torch::Tensor positions = torch::arange(length - 1, -1, -1, torch::kLong);
    x = x * std::sqrt(double(m_shape.hidden)) + m_positions->forward(positions).unsqueeze(0);
    x = dropout(x) * present;
    // A query may look at itself and earlier positions that hold an item; a padding position
    // looks at itself only, so that no row of the softmax is empty.
    const torch::Tensor future = torch::ones({length, length}, torch::kBool).triu(1);
    const torch::Tensor padKey = items.eq(0).unsqueeze(1);                           // [B, 1, T]
    const torch::Tensor self = torch::eye(length, torch::kBool).unsqueeze(0);       // [1, T, T]
    const torch::Tensor blocked = (future.unsqueeze(0) | padKey) & ~self;          // [B, T, T]
    for (size_t b = 0; b < m_queries.size(); ++b) {
        const bool last = lastOnly && b + 1 == m_queries.size();
        const torch::Tensor kept = last ? present.narrow(1, length - 1, 1) : present;
        x = attentionBlock(b, x, blocked, present, generator, last);
        const torch::Tensor h = m_feedForwardNorms[b]->forward(x);
        x = (h + dropout(m_feedForwardOut[b]->forward(dropout(torch::relu(m_feedForwardIn[b]->forward(h)))))) * kept;
    }
    return m_finalNorm->forward(x);
}

torch::Tensor SequenceNetworkImpl::attentionBlock(size_t b, const torch::Tensor& x, const torch::Tensor& blocked,
                                                  const torch::Tensor& present, at::Generator* generator, bool lastOnly)
{
    const bool drop = is_training() && generator && m_shape.dropout > 0;
    const int64_t batch = x.size(0), length = x.size(1), heads = m_shape.heads, width = m_shape.hidden / heads;
    const int64_t queries = lastOnly ? 1 : length;
    auto lastRows = [&](const torch::Tensor& t) { return lastOnly ? t.narrow(1, length - 1, 1) : t; };
    // SASRec's form: queries from the normalised input, keys and values from the input itself,
    // and the residual around the normalised queries.
    const torch::Tensor normed = m_attentionNorms[b]->forward(lastRows(x));
    auto split = [&](const torch::Tensor& t, int64_t rows) { return t.reshape({batch, rows, heads, width}).transpose(1, 2); };
    const torch::Tensor q = split(m_queries[b]->forward(normed), queries);
    const torch::Tensor k = split(m_keys[b]->forward(x), length);
    const torch::Tensor v = split(m_values[b]->forward(x), length);
    torch::Tensor weights = torch::matmul(q, k.transpose(-2, -1)) / std::sqrt(double(width));
    weights = torch::softmax(weights.masked_fill(lastRows(blocked).unsqueeze(1), -1e9), -1);
    if (drop) weights = dropoutWith(weights, m_shape.dropout, *generator);
    const torch::Tensor attended = torch::matmul(weights, v).transpose(1, 2).reshape({batch, queries, m_shape.hidden});
    return (normed + m_outputs[b]->forward(attended)) * lastRows(present);
}

} // namespace almanac::deep
