#pragma once
// A user's own events in an interactions dataset (time, item, type), found through an index of
// the rows by user built once per dataset, so that showing a user's history reads only their rows
// (a linear scan of a 5M-event log per click would stall the GUI thread).
#include "data/DatasetLoader.h"

#include <memory>
#include <string>
#include <vector>

namespace almanac::ui {

class UserEvents {
public:
    explicit UserEvents(std::shared_ptr<const LoadedDataset> interactions);
    bool hasTypes() const { return m_type != nullptr; }

    struct ItemEvents {
        int64_t last = INT64_MIN;  // the latest event's time
        std::string types;         // "purchase ×1, click ×3", most recent type first
    };
    // The user's events per item id; empty for an unknown user.
    std::vector<std::pair<std::string, ItemEvents>> ofUser(const std::string& userId) const;

private:
    std::shared_ptr<const LoadedDataset> m_data;
    const DataColumn* m_user = nullptr;
    const DataColumn* m_item = nullptr;
    const DataColumn* m_time = nullptr;
    const DataColumn* m_type = nullptr;
    std::vector<size_t> m_offsets; // rows of user code u: m_rows[m_offsets[u] .. m_offsets[u + 1])
    std::vector<uint32_t> m_rows;
};

} // namespace almanac::ui
