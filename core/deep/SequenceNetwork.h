#pragma once
// The networks of user-personalization: each reads a user's recent items (item codes + 1, 0 for
// padding on the left) and gives, at every position, a hidden state whose dot product with an
// item's embedding scores that item as the next event. The input embeddings are the output
// layer too (weight tying, as SASRec and GRU4Rec do), so an item is one vector.
//   sasrec: causal self-attention blocks (Kang & McAuley 2018): pre-norm attention whose queries
//           see only earlier positions, then a position-wise feed-forward layer, each residual.
//   gru:    a stack of GRU layers over the embedded sequence (Hidasi et al. 2016).
// Dropout draws from the caller's generator, so training is reproducible for a seed.
#include <torch/torch.h>

#include <string>

namespace almanac::deep {

struct SequenceShape {
    std::string architecture = "sasrec";
    int64_t items = 1;       // item codes + 1 (row 0 is padding)
    int64_t hidden = 64;
    int64_t blocks = 2;
    int64_t heads = 1;
    int64_t maxLength = 100;
    double dropout = 0.2;
};

class SequenceNetworkImpl : public torch::nn::Module {
public:
    explicit SequenceNetworkImpl(const SequenceShape& shape);

    // items [B, T] int64 with T <= maxLength, left-padded with 0: hidden states [B, T, hidden].
    // sasrec's states do not depend on the padding; gru's do (its state runs over the padding),
    // so gru inputs are always padded to maxLength.
    torch::Tensor forward(const torch::Tensor& items, at::Generator* generator);
    // The state at the last position only, [B, hidden]: what scoring reads. sasrec's last block
    // then attends from that one query (the earlier blocks still need every position), a third
    // less work per request; the same numbers wherever a model scores, stored or live.
    torch::Tensor lastState(const torch::Tensor& items);
    // [items, hidden]: row i scores item code i - 1.
    const torch::Tensor& itemEmbeddings() const { return m_items->weight; }
    const SequenceShape& shape() const { return m_shape; }

private:
    // lastOnly: the queries of the last position alone ([B, 1, hidden] out).
    torch::Tensor attentionBlock(size_t block, const torch::Tensor& x, const torch::Tensor& mask,
                                 const torch::Tensor& padding, at::Generator* generator, bool lastOnly = false);
    torch::Tensor run(const torch::Tensor& items, at::Generator* generator, bool lastOnly);

    SequenceShape m_shape;
    torch::nn::Embedding m_items{nullptr};
    torch::nn::Embedding m_positions{nullptr};
    std::vector<torch::nn::LayerNorm> m_attentionNorms, m_feedForwardNorms;
    std::vector<torch::nn::Linear> m_queries, m_keys, m_values, m_outputs, m_feedForwardIn, m_feedForwardOut;
    torch::nn::LayerNorm m_finalNorm{nullptr};
    std::vector<torch::nn::GRU> m_recurrent;
};
TORCH_MODULE(SequenceNetwork);

} // namespace almanac::deep
