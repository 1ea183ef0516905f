#include "deep/CnnQrNetwork.h"

#include "deep/DeepArNetwork.h"

#include <algorithm>

namespace almanac::deep {

int64_t CnnQrShape::dilationOf(int64_t layer) const
{
    int64_t d = 1;
    for (int64_t l = 0; l < layer; ++l) d *= 3;
    return d;
}

int64_t CnnQrShape::receptiveField() const
{
    int64_t field = 1;
    for (int64_t l = 0; l < layers; ++l) field += (kernelOf(l) - 1) * dilationOf(l);
    return field;
}

int64_t CnnQrShape::staticWidth() const
{
    // The embeddings' widths follow DeepAR's (GluonTS's) rule.
    DeepArShape embeddings;
    embeddings.cardinalities = cardinalities;
    return embeddings.staticWidth();
}

CnnQrNetworkImpl::CnnQrNetworkImpl(const CnnQrShape& shape) : m_shape(shape)
{
    DeepArShape embeddings;
    embeddings.cardinalities = shape.cardinalities;
    const auto dims = embeddings.embeddingDimensions();
    for (size_t c = 0; c < shape.cardinalities.size(); ++c)
        m_embeddings.push_back(register_module("embedding" + std::to_string(c),
                                               torch::nn::Embedding(shape.cardinalities[c], dims[c])));
    int64_t input = shape.encoderWidth + shape.staticWidth();
    for (int64_t l = 0; l < shape.layers; ++l) {
        m_convolutions.push_back(register_module(
            "convolution" + std::to_string(l),
            torch::nn::Conv1d(torch::nn::Conv1dOptions(input, shape.channels, shape.kernelOf(l)).dilation(shape.dilationOf(l)))));
        input = shape.channels;
    }
    const int64_t width = shape.channels;
    m_global = register_module("global", torch::nn::Linear(shape.channels + shape.staticWidth() + shape.horizon * shape.decoderWidth,
                                                           (shape.horizon + 1) * width));
    m_local = register_module("local", torch::nn::Linear(2 * width + shape.decoderWidth + shape.seasonalWidth, width));
    m_output = register_module("output", torch::nn::Linear(width, shape.quantiles));
}

torch::Tensor CnnQrNetworkImpl::staticInputs(const torch::Tensor& categories, const torch::Tensor& scale, const torch::Tensor& loc)
{
    std::vector<torch::Tensor> parts;
    for (size_t c = 0; c < m_embeddings.size(); ++c) parts.push_back(m_embeddings[c]->forward(categories.select(1, int64_t(c))));
    parts.push_back(torch::log(scale).unsqueeze(1));
    parts.push_back(torch::asinh(loc / scale).unsqueeze(1));
    return torch::cat(parts, 1);
}

torch::Tensor CnnQrNetworkImpl::forward(const torch::Tensor& past, const torch::Tensor& statics, const torch::Tensor& future,
                                        const torch::Tensor& seasonal, at::Generator* generator)
{
    const int64_t batch = past.size(0), steps = past.size(1), forks = future.size(1);
    const int64_t horizon = m_shape.horizon, width = m_shape.channels;
    const auto staticSteps = statics.unsqueeze(1).expand({batch, steps, statics.size(1)});
    torch::Tensor x = torch::cat({past, staticSteps}, 2).transpose(1, 2); // [B, C, T]
    for (size_t l = 0; l < m_convolutions.size(); ++l) {
        // Causal: padded on the left only, so a step never sees a later one.
        const int64_t padding = (m_shape.kernelOf(int64_t(l)) - 1) * m_shape.dilationOf(int64_t(l));
        torch::Tensor y = torch::relu(m_convolutions[l]->forward(torch::constant_pad_nd(x, {padding, 0})));
        x = l > 0 ? y + x : y; // residual once the widths agree
    }
    torch::Tensor encoded = x.narrow(2, steps - forks, forks).transpose(1, 2); // [B, F, channels]
    if (is_training() && generator && m_shape.dropout > 0) encoded = dropoutWith(encoded, m_shape.dropout, *generator);

    const auto staticForks = statics.unsqueeze(1).expand({batch, forks, statics.size(1)});
    const auto contexts = torch::relu(m_global->forward(torch::cat({encoded, staticForks, future.flatten(2)}, 2)))
                              .view({batch, forks, horizon + 1, width});
    const auto shared = contexts.select(2, 0);      // [B, F, width]
    const auto perHorizon = contexts.narrow(2, 1, horizon); // [B, F, horizon, width]
    // The local MLP's first layer on [per horizon, shared, future, seasonal], as the sum of its
    // weight's blocks applied to each part: the same function without materialising the shared
    // context per horizon or the concatenation (tens of MB a batch, each freed to the system).
    const auto& weight = m_local->weight;
    int64_t column = 0;
    auto block = [&](int64_t columns) {
        auto w = weight.narrow(1, column, columns);
        column += columns;
        return w.t();
    };
    const auto wHorizon = block(width), wShared = block(width), wFuture = block(m_shape.decoderWidth);
    torch::Tensor hidden = torch::matmul(perHorizon, wHorizon) + (torch::matmul(shared, wShared) + m_local->bias).unsqueeze(2);
    if (m_shape.decoderWidth > 0) hidden = hidden + torch::matmul(future, wFuture);
    if (m_shape.seasonalWidth > 0) hidden = hidden + torch::matmul(seasonal, block(m_shape.seasonalWidth));
    return m_output->forward(torch::relu(hidden));
}

torch::Tensor pinballLoss(const torch::Tensor& predicted, const torch::Tensor& target, const torch::Tensor& mask,
                          const torch::Tensor& levels)
{
    const auto error = target.unsqueeze(-1) - predicted; // [..., Q]
    const auto loss = torch::max(levels * error, (levels - 1.0) * error);
    const auto weighted = loss * mask.unsqueeze(-1);
    return weighted.sum() / (mask.sum() * double(levels.size(0))).clamp_min(1.0);
}

} // namespace almanac::deep
