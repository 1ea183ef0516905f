#pragma once
// CNN-QR's network, after MQ-CNN (Wen et al. 2017, "A Multi-Horizon Quantile Recurrent
// Forecaster", with the convolutional encoder of its §3.3): a stack of causal dilated
// convolutions reads the past (lagged targets, calendar, related series, the series' static
// categories); at each forecast origin a global MLP turns the encoding and all future known
// inputs into one context per horizon plus one shared context, and a local MLP, the same for
// every horizon, turns each with that period's known inputs into every quantile at once.
#include <torch/torch.h>

#include <vector>

namespace almanac::deep {

struct CnnQrShape {
    int64_t encoderWidth = 0;  // inputs per past step, besides the statics
    int64_t decoderWidth = 0;  // known inputs per future step (calendar, age, related series)
    int64_t seasonalWidth = 0; // lagged targets per future step that are known at the origin
    std::vector<int64_t> cardinalities;
    int64_t layers = 3;
    int64_t channels = 30;
    int64_t horizon = 1;
    int64_t quantiles = 3;
    double dropout = 0.1;

    int64_t kernelOf(int64_t layer) const { return layer == 0 ? 7 : 3; }
    int64_t dilationOf(int64_t layer) const;
    // How many steps the last layer's output at an origin depends on (that step included).
    int64_t receptiveField() const;
    int64_t staticWidth() const;
};

class CnnQrNetworkImpl : public torch::nn::Module {
public:
    explicit CnnQrNetworkImpl(const CnnQrShape& shape);

    // [B, static width]: embeddings of categories [B, C], log(scale) [B] and asinh(loc / scale).
    torch::Tensor staticInputs(const torch::Tensor& categories, const torch::Tensor& scale, const torch::Tensor& loc);
    // past [B, T, encoderWidth]; future [B, F, horizon, decoderWidth], the known inputs after each
    // of the last F positions of the window; seasonal [B, F, horizon, seasonalWidth], read by the
    // local MLP only (flattened into the global one they would make it the network's bulk).
    // Returns quantiles [B, F, horizon, quantiles] in the windows' scaled units (unsorted).
    // generator: dropout's, in training only.
    torch::Tensor forward(const torch::Tensor& past, const torch::Tensor& statics, const torch::Tensor& future,
                          const torch::Tensor& seasonal, at::Generator* generator);

    const CnnQrShape& shape() const { return m_shape; }

private:
    CnnQrShape m_shape;
    std::vector<torch::nn::Embedding> m_embeddings;
    std::vector<torch::nn::Conv1d> m_convolutions;
    torch::nn::Linear m_global{nullptr}, m_local{nullptr}, m_output{nullptr};
};
TORCH_MODULE(CnnQrNetwork);

// The mean pinball (quantile) loss of predicted [..., Q] against target [...] where mask is 1.
torch::Tensor pinballLoss(const torch::Tensor& predicted, const torch::Tensor& target, const torch::Tensor& mask,
                          const torch::Tensor& levels);

} // namespace almanac::deep
