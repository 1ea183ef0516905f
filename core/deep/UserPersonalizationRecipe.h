#pragma once
// user-personalization's work, in the plugin: trains a SequenceNetwork to predict each user's
// next event from the ones before it (softmax cross-entropy over the catalogue, or over sampled
// negatives for a large one), stopping early on each user's last event held out; then scores a
// user from their most recent events, and a live history from those plus the events since.
#include "deep/SequenceNetwork.h"
#include "deep/UserPersonalizationDeclaration.h"

namespace almanac::deep {

class UserPersonalizationRecipe final : public UserPersonalizationDeclaration {
public:
    Status fit(const InteractionData& data, const RecommendSpec& spec, const JobContext& job) override;
    void scoreItems(int64_t user, std::vector<float>& scores) const override;
    void scoreHistory(int64_t user, const std::vector<uint32_t>& recent, std::vector<float>& scores) const override;
    void writeState(ByteWriter& out) const override;
    Status readState(ByteReader& in, const InteractionData& data) override;

private:
    Status fitNetwork(const InteractionData& data, const RecommendSpec& spec, const JobContext& job);
    Status readNetwork(ByteReader& in, const InteractionData& data);
    // What follows from the network and the histories, computed the same way after fitting and
    // after reading, so that a reloaded model scores bit-identically.
    void computeVectors();
    std::vector<uint32_t> historyOf(int64_t user) const;
    void scoreState(const float* state, std::vector<float>& scores) const;
    void scorePopularity(std::vector<float>& scores) const;

    SequenceShape m_shape;
    // forward() is not const in torch, though in eval mode without gradients it changes nothing
    // and may run on several threads at once.
    mutable SequenceNetwork m_network{nullptr};
    size_t m_itemCount = 0;
    // Each user's most recent items (at most bptt), oldest first.
    std::vector<uint64_t> m_historyOffsets;
    std::vector<uint32_t> m_historyItems;
    std::vector<float> m_popularity; // for a user with no history at all

    std::vector<float> m_itemVectors; // [items][hidden], item code order
    std::vector<float> m_userStates;  // [users][hidden]: the state after each user's history
};

} // namespace almanac::deep
