#pragma once
// Interned strings: each distinct value stored once, rows hold 32-bit codes. Item and user ids
// repeat on every row, so this keeps a 2M-row import small and grouping cheap.
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>

namespace almanac {

class StringPool {
public:
    StringPool() = default;
    StringPool(StringPool&&) = default; // a deque's elements keep their addresses when moved
    StringPool& operator=(StringPool&&) = default;
    StringPool(const StringPool&) = delete;
    StringPool& operator=(const StringPool&) = delete;

    uint32_t intern(std::string_view value)
    {
        auto it = m_index.find(value);
        if (it != m_index.end()) return it->second;
        const uint32_t code = uint32_t(m_values.size());
        m_values.emplace_back(value);
        m_index.emplace(m_values.back(), code);
        return code;
    }
    // -1 when the value was never interned.
    int64_t find(std::string_view value) const
    {
        auto it = m_index.find(value);
        return it == m_index.end() ? -1 : int64_t(it->second);
    }
    const std::string& value(uint32_t code) const { return m_values[code]; }
    size_t size() const { return m_values.size(); }

private:
    std::deque<std::string> m_values;
    std::unordered_map<std::string_view, uint32_t> m_index;
};

} // namespace almanac
