#pragma once
// Errors cross the core boundary as values, never as exceptions (DESIGN §7, LevelDB style).
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace almanac {

class Status {
public:
    enum class Code { Ok, InvalidInput, NotFound, IoError, Cancelled, Unsupported, Internal, Usage };

    Status() = default;
    static Status ok() { return {}; }
    static Status invalidInput(std::string message) { return {Code::InvalidInput, std::move(message)}; }
    static Status notFound(std::string message) { return {Code::NotFound, std::move(message)}; }
    static Status ioError(std::string message) { return {Code::IoError, std::move(message)}; }
    static Status cancelled() { return {Code::Cancelled, "cancelled"}; }
    static Status unsupported(std::string message) { return {Code::Unsupported, std::move(message)}; }
    static Status internal(std::string message) { return {Code::Internal, std::move(message)}; }
    // A command line that asks for something impossible (--horizon 0): exit 2, as unparsable ones.
    static Status usage(std::string message) { return {Code::Usage, std::move(message)}; }

    bool isOk() const { return m_code == Code::Ok; }
    bool isCancelled() const { return m_code == Code::Cancelled; }
    Code code() const { return m_code; }
    const std::string& message() const { return m_message; }

private:
    Status(Code code, std::string message) : m_code(code), m_message(std::move(message)) {}
    Code m_code = Code::Ok;
    std::string m_message;
};

// A value or the Status explaining why there is none.
template <typename T>
class Result {
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Status status) : m_status(std::move(status)) {}

    bool isOk() const { return m_status.isOk(); }
    const Status& status() const { return m_status; }
    T& value() { return *m_value; }
    const T& value() const { return *m_value; }
    T* operator->() { return &*m_value; }
    const T* operator->() const { return &*m_value; }
    T& operator*() { return *m_value; }
    const T& operator*() const { return *m_value; }

private:
    std::optional<T> m_value;
    Status m_status;
};

} // namespace almanac

// Returns early from the enclosing function when a Status-producing expression fails.
#define ALMANAC_RETURN_IF_ERROR(expr)                 \
    do {                                              \
        ::almanac::Status almanac_status_ = (expr);   \
        if (!almanac_status_.isOk()) return almanac_status_; \
    } while (false)
