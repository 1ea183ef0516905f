#pragma once
// The byte form of trained models: little-endian fixed-width integers and IEEE doubles copied
// bit for bit, so that a model read back forecasts bit-identically to the one that was written.
// The reader checks every length against what is left, so a damaged BLOB is an error, never a
// crash or a huge allocation.
#include "util/Status.h"

#include <cstdint>
#include <cstring>
#include <map>
#include <string>
#include <vector>

namespace almanac {

class ByteWriter {
public:
    void u8(uint8_t v) { m_bytes.push_back(v); }
    void u32(uint32_t v) { raw(&v, sizeof v); }
    void u64(uint64_t v) { raw(&v, sizeof v); }
    void i64(int64_t v) { raw(&v, sizeof v); }
    void f64(double v) { raw(&v, sizeof v); }
    void f32(float v) { raw(&v, sizeof v); }
    void boolean(bool v) { u8(v ? 1 : 0); }
    void text(const std::string& s)
    {
        u64(s.size());
        raw(s.data(), s.size());
    }
    void doubles(const std::vector<double>& v)
    {
        u64(v.size());
        raw(v.data(), v.size() * sizeof(double));
    }
    void floats(const std::vector<float>& v)
    {
        u64(v.size());
        raw(v.data(), v.size() * sizeof(float));
    }
    void u32s(const std::vector<uint32_t>& v)
    {
        u64(v.size());
        raw(v.data(), v.size() * sizeof(uint32_t));
    }
    void texts(const std::vector<std::string>& v)
    {
        u64(v.size());
        for (const std::string& s : v) text(s);
    }
    // Rows of (index, weight) pairs: sparse neighbour lists and profiles.
    void sparseRows(const std::vector<std::vector<std::pair<uint32_t, float>>>& rows)
    {
        u64(rows.size());
        for (const auto& row : rows) {
            u64(row.size());
            for (const auto& [i, w] : row) {
                u32(i);
                f32(w);
            }
        }
    }
    void blob(const std::vector<uint8_t>& b)
    {
        u64(b.size());
        raw(b.data(), b.size());
    }
    void textMap(const std::map<std::string, std::string>& m)
    {
        u64(m.size());
        for (const auto& [k, v] : m) {
            text(k);
            text(v);
        }
    }
    const std::vector<uint8_t>& bytes() const { return m_bytes; }
    std::vector<uint8_t> take() { return std::move(m_bytes); }

private:
    void raw(const void* p, size_t n)
    {
        const auto* b = static_cast<const uint8_t*>(p);
        m_bytes.insert(m_bytes.end(), b, b + n);
    }
    std::vector<uint8_t> m_bytes;
};

// Reads what ByteWriter wrote. After the first failure every read returns zero values and ok()
// is false; callers check once at the end (or where a count drives a loop).
class ByteReader {
public:
    ByteReader(const uint8_t* data, size_t size) : m_data(data), m_size(size) {}
    explicit ByteReader(const std::vector<uint8_t>& bytes) : ByteReader(bytes.data(), bytes.size()) {}

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_pos == m_size; }
    Status status(const std::string& what) const
    {
        return m_ok ? Status::ok() : Status::invalidInput(what + ": the stored model is damaged or truncated");
    }

    uint8_t u8() { return scalar<uint8_t>(); }
    uint32_t u32() { return scalar<uint32_t>(); }
    uint64_t u64() { return scalar<uint64_t>(); }
    int64_t i64() { return scalar<int64_t>(); }
    double f64() { return scalar<double>(); }
    float f32() { return scalar<float>(); }
    bool boolean() { return u8() != 0; }
    // A count of elements of elementSize bytes each; 0 (and a failure) when they cannot be there.
    uint64_t count(size_t elementSize)
    {
        const uint64_t n = u64();
        if (!m_ok) return 0;
        if (elementSize > 0 && n > (m_size - m_pos) / elementSize) {
            m_ok = false;
            return 0;
        }
        return n;
    }
    std::string text()
    {
        const uint64_t n = count(1);
        std::string s(reinterpret_cast<const char*>(m_data + m_pos), size_t(n));
        m_pos += size_t(n);
        return s;
    }
    std::vector<double> doubles() { return array<double>(); }
    std::vector<float> floats() { return array<float>(); }
    std::vector<uint32_t> u32s() { return array<uint32_t>(); }
    std::vector<std::string> texts()
    {
        const uint64_t n = count(8);
        std::vector<std::string> out;
        for (uint64_t i = 0; i < n && m_ok; ++i) out.push_back(text());
        return out;
    }
    std::vector<std::vector<std::pair<uint32_t, float>>> sparseRows()
    {
        const uint64_t n = count(8);
        std::vector<std::vector<std::pair<uint32_t, float>>> rows(static_cast<size_t>(n));
        for (auto& row : rows) {
            const uint64_t k = count(8);
            row.resize(static_cast<size_t>(k));
            for (auto& [i, w] : row) {
                i = u32();
                w = f32();
            }
        }
        return rows;
    }
    std::vector<uint8_t> blob() { return array<uint8_t>(); }
    std::map<std::string, std::string> textMap()
    {
        const uint64_t n = count(16);
        std::map<std::string, std::string> out;
        for (uint64_t i = 0; i < n && m_ok; ++i) {
            std::string k = text();
            out[k] = text();
        }
        return out;
    }

    // A stored model's opening: its kind's magic number and the format this program reads.
    // what: "recommender", "rating model".
    Status header(uint32_t magic, uint32_t formatVersion, const std::string& what)
    {
        if (u32() != magic) return Status::invalidInput("not a stored " + what);
        const uint32_t version = u32();
        if (version != formatVersion)
            return Status::unsupported("the " + what + " was stored in format " + std::to_string(version)
                                       + "; this program reads format " + std::to_string(formatVersion) + " (train it again)");
        return Status::ok();
    }

private:
    template <typename T>
    T scalar()
    {
        T v{};
        if (!m_ok || m_size - m_pos < sizeof(T)) {
            m_ok = false;
            return v;
        }
        std::memcpy(&v, m_data + m_pos, sizeof(T));
        m_pos += sizeof(T);
        return v;
    }
    template <typename T>
    std::vector<T> array()
    {
        const uint64_t n = count(sizeof(T));
        std::vector<T> out(static_cast<size_t>(n));
        if (n) std::memcpy(out.data(), m_data + m_pos, size_t(n) * sizeof(T));
        m_pos += size_t(n) * sizeof(T);
        return out;
    }

    const uint8_t* m_data;
    size_t m_size;
    size_t m_pos = 0;
    bool m_ok = true;
};

} // namespace almanac
