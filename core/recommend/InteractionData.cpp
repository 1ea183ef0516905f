#include "recommend/InteractionData.h"

#include <algorithm>
#include <cmath>

namespace almanac {

Result<InteractionData> InteractionData::fromDataset(const LoadedDataset& dataset, const InteractionFilter& filter)
{
    const DataTable& table = dataset.table;
    const DataColumn* user = table.columnWithRole(FieldRole::User);
    const DataColumn* item = table.columnWithRole(FieldRole::Item);
    const DataColumn* time = table.columnWithRole(FieldRole::Timestamp);
    const DataColumn* eventType = table.columnWithRole(FieldRole::EventType);
    const DataColumn* eventValue = table.columnWithRole(FieldRole::EventValue);
    if (!user || !item || !time)
        return Status::invalidInput(dataset.fileName + ": interactions need USER_ID, ITEM_ID and TIMESTAMP columns");

    std::vector<bool> typeAllowed;
    if (!filter.eventTypes.empty()) {
        if (!eventType)
            return Status::invalidInput(dataset.fileName + ": --event-type given, but the file has no EVENT_TYPE column");
        typeAllowed.assign(eventType->strings->size(), false);
        for (const std::string& t : filter.eventTypes)
            if (int64_t code = eventType->strings->find(t); code >= 0) typeAllowed[size_t(code)] = true;
    }

    std::vector<float> typeWeight;
    if (!filter.eventWeights.empty()) {
        if (!eventType)
            return Status::invalidInput(dataset.fileName + ": --event-weights given, but the file has no EVENT_TYPE column");
        typeWeight.assign(eventType->strings->size(), 1.0f);
        for (const auto& [type, weight] : filter.eventWeights) {
            if (!(weight > 0)) return Status::invalidInput("--event-weights: the weight of '" + type + "' must be positive");
            if (int64_t code = eventType->strings->find(type); code >= 0) typeWeight[size_t(code)] = float(weight);
        }
    }

    struct Triple {
        uint32_t user, item;
        int64_t time;
        float weight;
    };
    std::vector<Triple> kept;
    kept.reserve(table.rowCount);
    for (size_t r = 0; r < table.rowCount; ++r) {
        if (!typeAllowed.empty() && !typeAllowed[eventType->codes[r]]) continue;
        if (eventValue && !std::isnan(eventValue->numbers[r]) && eventValue->numbers[r] < filter.minEventValue) continue;
        kept.push_back({user->codes[r], item->codes[r], time->times[r], typeWeight.empty() ? 1.0f : typeWeight[eventType->codes[r]]});
    }
    if (kept.empty()) return Status::invalidInput(dataset.fileName + ": no interactions left after filtering");

    InteractionData data;
    data.m_users = user->strings;
    data.m_items = item->strings;
    // The sequences first, while the events are still in file order (ties in time keep it).
    std::stable_sort(kept.begin(), kept.end(), [](const Triple& a, const Triple& b) {
        return a.user != b.user ? a.user < b.user : a.time < b.time;
    });
    data.m_sequenceOffsets.assign(data.m_users->size() + 1, 0);
    for (size_t i = 0; i < kept.size(); ++i) {
        if (i > 0 && kept[i - 1].user == kept[i].user && kept[i - 1].item == kept[i].item) continue;
        data.m_sequenceItems.push_back(kept[i].item);
        ++data.m_sequenceOffsets[kept[i].user + 1];
    }
    for (size_t u = 0; u < data.m_users->size(); ++u) data.m_sequenceOffsets[u + 1] += data.m_sequenceOffsets[u];

    std::sort(kept.begin(), kept.end(), [](const Triple& a, const Triple& b) {
        return a.user != b.user ? a.user < b.user : a.item < b.item;
    });

    data.m_userOffsets.assign(data.m_users->size() + 1, 0);
    for (size_t i = 0; i < kept.size(); ++i) {
        const Triple& t = kept[i];
        data.m_lastTimestamp = std::max(data.m_lastTimestamp, t.time);
        if (i > 0 && kept[i - 1].user == t.user && kept[i - 1].item == t.item) {
            data.m_counts.back() += t.weight;
            data.m_lastSeen.back() = std::max(data.m_lastSeen.back(), t.time);
            continue;
        }
        data.m_itemsOfUser.push_back(t.item);
        data.m_counts.push_back(t.weight);
        data.m_lastSeen.push_back(t.time);
        ++data.m_userOffsets[t.user + 1];
    }
    for (size_t u = 0; u < data.m_users->size(); ++u) data.m_userOffsets[u + 1] += data.m_userOffsets[u];
    return data;
}

InteractionData InteractionData::filtered(const std::function<bool(uint32_t, uint32_t)>& keep) const
{
    InteractionData out;
    out.m_users = m_users;
    out.m_items = m_items;
    out.m_lastTimestamp = m_lastTimestamp;
    out.m_userOffsets.assign(m_userOffsets.size(), 0);
    for (uint32_t u = 0; u + 1 < m_userOffsets.size(); ++u) {
        for (size_t k = m_userOffsets[u]; k < m_userOffsets[u + 1]; ++k) {
            if (!keep(u, m_itemsOfUser[k])) continue;
            out.m_itemsOfUser.push_back(m_itemsOfUser[k]);
            out.m_counts.push_back(m_counts[k]);
            out.m_lastSeen.push_back(m_lastSeen[k]);
        }
        out.m_userOffsets[u + 1] = out.m_itemsOfUser.size();
    }
    if (hasSequences()) {
        out.m_sequenceOffsets.assign(m_sequenceOffsets.size(), 0);
        for (uint32_t u = 0; u + 1 < m_sequenceOffsets.size(); ++u) {
            for (size_t k = m_sequenceOffsets[u]; k < m_sequenceOffsets[u + 1]; ++k) {
                const uint32_t item = m_sequenceItems[k];
                // Leaving an item out can join two runs of another item into one.
                if (!keep(u, item)) continue;
                if (out.m_sequenceItems.size() > out.m_sequenceOffsets[u] && out.m_sequenceItems.back() == item) continue;
                out.m_sequenceItems.push_back(item);
            }
            out.m_sequenceOffsets[u + 1] = out.m_sequenceItems.size();
        }
    }
    return out;
}

void InteractionData::write(ByteWriter& out) const
{
    for (const StringPool* pool : {m_users.get(), m_items.get()}) {
        out.u64(pool->size());
        for (uint32_t c = 0; c < pool->size(); ++c) out.text(pool->value(c));
    }
    std::vector<uint32_t> offsets(m_userOffsets.begin(), m_userOffsets.end());
    out.u32s(offsets);
    out.u32s(m_itemsOfUser);
    out.floats(m_counts);
    out.u64(m_lastSeen.size());
    for (int64_t t : m_lastSeen) out.i64(t);
    out.i64(m_lastTimestamp);
}

Result<InteractionData> InteractionData::read(ByteReader& in)
{
    InteractionData data;
    data.m_users = std::make_shared<StringPool>();
    data.m_items = std::make_shared<StringPool>();
    for (StringPool* pool : {data.m_users.get(), data.m_items.get()}) {
        const uint64_t n = in.count(8);
        for (uint64_t c = 0; c < n && in.ok(); ++c)
            if (pool->intern(in.text()) != c) return Status::invalidInput("interactions: the stored ids repeat");
    }
    for (uint32_t o : in.u32s()) data.m_userOffsets.push_back(o);
    data.m_itemsOfUser = in.u32s();
    data.m_counts = in.floats();
    const uint64_t seen = in.count(8);
    for (uint64_t i = 0; i < seen; ++i) data.m_lastSeen.push_back(in.i64());
    data.m_lastTimestamp = in.i64();
    ALMANAC_RETURN_IF_ERROR(in.status("interactions"));
    // The CSR structure must hold together, or scoring would read out of range.
    const size_t nnz = data.m_itemsOfUser.size();
    bool valid = data.m_userOffsets.size() == data.m_users->size() + 1 && data.m_counts.size() == nnz
                 && data.m_lastSeen.size() == nnz && data.m_userOffsets.front() == 0 && data.m_userOffsets.back() == nnz;
    for (size_t u = 1; valid && u < data.m_userOffsets.size(); ++u) valid = data.m_userOffsets[u] >= data.m_userOffsets[u - 1];
    for (size_t k = 0; valid && k < nnz; ++k) valid = data.m_itemsOfUser[k] < data.m_items->size();
    if (!valid) return Status::invalidInput("interactions: the stored matrix is damaged");
    return data;
}

} // namespace almanac
