#include "deep/DeepArNetwork.h"

#include <algorithm>

namespace almanac::deep {

std::vector<int64_t> DeepArShape::embeddingDimensions() const
{
    // GluonTS's rule: min(50, (cardinality + 1) / 2).
    std::vector<int64_t> out;
    for (int64_t c : cardinalities) out.push_back(std::clamp<int64_t>((c + 1) / 2, 1, 50));
    return out;
}

int64_t DeepArShape::staticWidth() const
{
    int64_t width = 2;
    for (int64_t d : embeddingDimensions()) width += d;
    return width;
}

DeepArNetworkImpl::DeepArNetworkImpl(const DeepArShape& shape) : m_shape(shape)
{
    const auto dims = shape.embeddingDimensions();
    for (size_t c = 0; c < shape.cardinalities.size(); ++c)
        m_embeddings.push_back(register_module("embedding" + std::to_string(c),
                                               torch::nn::Embedding(shape.cardinalities[c], dims[c])));
    int64_t input = shape.dynamicWidth + shape.staticWidth();
    for (int64_t l = 0; l < shape.layers; ++l) {
        m_layers.push_back(register_module("lstm" + std::to_string(l),
                                           torch::nn::LSTM(torch::nn::LSTMOptions(input, shape.cells).batch_first(true))));
        input = shape.cells;
    }
    m_projection = register_module("projection", torch::nn::Linear(shape.cells, shape.outputs));
}

torch::Tensor DeepArNetworkImpl::staticInputs(const torch::Tensor& categories, const torch::Tensor& scale, const torch::Tensor& loc)
{
    std::vector<torch::Tensor> parts;
    for (size_t c = 0; c < m_embeddings.size(); ++c) parts.push_back(m_embeddings[c]->forward(categories.select(1, int64_t(c))));
    parts.push_back(torch::log(scale).unsqueeze(1));
    parts.push_back(torch::asinh(loc / scale).unsqueeze(1));
    return torch::cat(parts, 1);
}

torch::Tensor DeepArNetworkImpl::forward(const torch::Tensor& dynamic, const torch::Tensor& statics, LstmState& state,
                                         at::Generator* generator)
{
    const int64_t steps = dynamic.size(1);
    torch::Tensor x = torch::cat({dynamic, statics.unsqueeze(1).expand({statics.size(0), steps, statics.size(1)})}, 2);
    const bool fresh = state.empty();
    if (fresh) state.resize(m_layers.size());
    for (size_t l = 0; l < m_layers.size(); ++l) {
        if (l > 0 && is_training() && generator && m_shape.dropout > 0) x = dropoutWith(x, m_shape.dropout, *generator);
        auto [out, hc] = fresh ? m_layers[l]->forward(x) : m_layers[l]->forward(x, state[l]);
        state[l] = hc;
        x = out;
    }
    if (is_training() && generator && m_shape.dropout > 0) x = dropoutWith(x, m_shape.dropout, *generator);
    return m_projection->forward(x);
}

torch::Tensor dropoutWith(const torch::Tensor& x, double p, at::Generator& generator)
{
    const auto keep = at::bernoulli(torch::full_like(x, 1.0 - p), generator);
    return x * keep / (1.0 - p);
}

} // namespace almanac::deep
