#pragma once
// Interactions as a sparse user x item matrix (CSR), the shape every recommender works from.
#include "data/DatasetLoader.h"
#include "util/ModelBytes.h"
#include "util/Status.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace almanac {

struct InteractionFilter {
    std::vector<std::string> eventTypes; // empty: all event types
    double minEventValue = -1e300;        // drop events whose value is below this
    // Weight of each event type in a pair's count (a purchase may count more than a view);
    // types not listed weigh 1.
    std::map<std::string, double> eventWeights;
};

class InteractionData {
public:
    static Result<InteractionData> fromDataset(const LoadedDataset& dataset, const InteractionFilter& filter = {});
    // The same users and items with some (user, item) pairs left out: keep(user, item) decides.
    // The whole matrix with its ids, as a stored recommender keeps it.
    void write(ByteWriter& out) const;
    static Result<InteractionData> read(ByteReader& in);
    InteractionData filtered(const std::function<bool(uint32_t user, uint32_t item)>& keep) const;

    size_t userCount() const { return m_users->size(); }
    size_t itemCount() const { return m_items->size(); }
    size_t interactionCount() const { return m_itemsOfUser.size(); }
    const std::string& userId(uint32_t user) const { return m_users->value(user); }
    const std::string& itemId(uint32_t item) const { return m_items->value(item); }
    int64_t findUser(std::string_view id) const { return m_users->find(id); }
    int64_t findItem(std::string_view id) const { return m_items->find(id); }

    // Distinct items of a user, sorted; counts[k] is how many events the user had with items[k].
    struct Row {
        const uint32_t* items;
        const float* counts;
        size_t size;
    };
    Row itemsOf(uint32_t user) const
    {
        const size_t b = m_userOffsets[user], e = m_userOffsets[user + 1];
        return {m_itemsOfUser.data() + b, m_counts.data() + b, e - b};
    }
    // Where a user's row starts in the arrays aligned with the CSR rows (lastSeen()).
    size_t rowBegin(uint32_t user) const { return m_userOffsets[user]; }
    int64_t lastTimestamp() const { return m_lastTimestamp; }

    // A user's events in time order (ties in file order), oldest first, each an item code, with a
    // run of the same item kept once: what sequence models learn from. Only data read from a
    // dataset (and filtered from it) has them; a stored matrix (read()) has none.
    struct Sequence {
        const uint32_t* items;
        size_t size;
    };
    bool hasSequences() const { return !m_sequenceOffsets.empty(); }
    Sequence sequenceOf(uint32_t user) const
    {
        if (m_sequenceOffsets.empty()) return {nullptr, 0};
        const size_t b = m_sequenceOffsets[user], e = m_sequenceOffsets[user + 1];
        return {m_sequenceItems.data() + b, e - b};
    }
    // Each (user, item) pair's most recent timestamp, aligned with the CSR rows.
    const std::vector<int64_t>& lastSeen() const { return m_lastSeen; }

private:
    std::shared_ptr<StringPool> m_users, m_items;
    std::vector<size_t> m_userOffsets;
    std::vector<uint32_t> m_itemsOfUser;
    std::vector<float> m_counts;
    std::vector<int64_t> m_lastSeen;
    int64_t m_lastTimestamp = 0;
    std::vector<size_t> m_sequenceOffsets;
    std::vector<uint32_t> m_sequenceItems;
};

} // namespace almanac
