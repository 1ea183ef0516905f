#include "ui/UserEvents.h"

#include <algorithm>
#include <map>

namespace almanac::ui {

UserEvents::UserEvents(std::shared_ptr<const LoadedDataset> interactions) : m_data(std::move(interactions))
{
    if (!m_data) return;
    const DataTable& table = m_data->table;
    m_user = table.columnWithRole(FieldRole::User);
    m_item = table.columnWithRole(FieldRole::Item);
    m_time = table.columnWithRole(FieldRole::Timestamp);
    m_type = table.columnWithRole(FieldRole::EventType);
    if (!m_user || !m_item) return;
    // A counting sort of the rows by user code: two passes, no per-user allocation.
    m_offsets.assign(m_user->strings->size() + 1, 0);
    for (size_t r = 0; r < table.rowCount; ++r) ++m_offsets[m_user->codes[r] + 1];
    for (size_t u = 1; u < m_offsets.size(); ++u) m_offsets[u] += m_offsets[u - 1];
    m_rows.resize(table.rowCount);
    std::vector<size_t> cursor(m_offsets.begin(), m_offsets.end() - 1);
    for (size_t r = 0; r < table.rowCount; ++r) m_rows[cursor[m_user->codes[r]]++] = uint32_t(r);
}

std::vector<std::pair<std::string, UserEvents::ItemEvents>> UserEvents::ofUser(const std::string& userId) const
{
    std::vector<std::pair<std::string, ItemEvents>> out;
    if (!m_user || !m_item) return out;
    const int64_t code = m_user->strings->find(userId);
    if (code < 0) return out;
    struct Seen {
        int64_t last = INT64_MIN;
        std::map<std::string, std::pair<int, int64_t>> types; // type -> (count, latest time)
    };
    std::map<uint32_t, Seen> byItem;
    for (size_t k = m_offsets[size_t(code)]; k < m_offsets[size_t(code) + 1]; ++k) {
        const uint32_t r = m_rows[k];
        const int64_t when = m_time ? m_time->times[r] : INT64_MIN;
        Seen& seen = byItem[m_item->codes[r]];
        seen.last = std::max(seen.last, when);
        if (m_type) {
            auto& [count, latest] = seen.types[m_type->text(r)];
            ++count;
            latest = std::max(latest, when);
        }
    }
    for (auto& [item, seen] : byItem) {
        ItemEvents events;
        events.last = seen.last;
        std::vector<std::pair<std::string, std::pair<int, int64_t>>> types(seen.types.begin(), seen.types.end());
        std::sort(types.begin(), types.end(), [](const auto& a, const auto& b) { return a.second.second > b.second.second; });
        for (const auto& [type, counted] : types) {
            if (type.empty()) continue; // an event without a type says nothing here
            if (!events.types.empty()) events.types += ", ";
            events.types += type + " \u00d7" + std::to_string(counted.first);
        }
        out.emplace_back(m_item->strings->value(item), std::move(events));
    }
    return out;
}

} // namespace almanac::ui
