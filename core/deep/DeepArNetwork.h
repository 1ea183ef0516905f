#pragma once
// DeepAR's network (Salinas et al. 2020): embeddings of the static categories, a stack of LSTM
// layers over the per-step inputs, and a projection to the likelihood's parameters. Layers are
// stacked by hand so that dropout between them draws from the recipe's own generator: training
// is then reproducible for a seed whatever else runs in the process.
#include <torch/torch.h>

#include <tuple>
#include <vector>

namespace almanac::deep {

struct DeepArShape {
    int64_t dynamicWidth = 0;
    std::vector<int64_t> cardinalities;
    int64_t layers = 2;
    int64_t cells = 40;
    double dropout = 0.1;
    int64_t outputs = 3;

    std::vector<int64_t> embeddingDimensions() const;
    int64_t staticWidth() const; // embeddings + the log of the scale + asinh(loc / scale)
};

using LstmState = std::vector<std::tuple<torch::Tensor, torch::Tensor>>; // per layer (h, c)

class DeepArNetworkImpl : public torch::nn::Module {
public:
    explicit DeepArNetworkImpl(const DeepArShape& shape);

    // [B, static width]: the embeddings of categories [B, C], log(scale) [B] and asinh(loc / scale).
    torch::Tensor staticInputs(const torch::Tensor& categories, const torch::Tensor& scale, const torch::Tensor& loc);
    // Raw likelihood parameters [B, T, outputs] for dynamic [B, T, width] with statics [B, S];
    // state is advanced in place (empty: zeros). generator: dropout's, in training only.
    torch::Tensor forward(const torch::Tensor& dynamic, const torch::Tensor& statics, LstmState& state,
                          at::Generator* generator);

    const DeepArShape& shape() const { return m_shape; }

private:
    DeepArShape m_shape;
    std::vector<torch::nn::Embedding> m_embeddings;
    std::vector<torch::nn::LSTM> m_layers;
    torch::nn::Linear m_projection{nullptr};
};
TORCH_MODULE(DeepArNetwork);

// Dropout with an explicit generator (inverted: kept values scaled by 1 / (1 - p)).
torch::Tensor dropoutWith(const torch::Tensor& x, double p, at::Generator& generator);

} // namespace almanac::deep
