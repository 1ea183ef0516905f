#pragma once
// Progress reporting and cancellation for long core operations (DESIGN §3): plain C++, so the
// UI can turn progress into signals and the CLI into a terminal bar.
#include <atomic>
#include <chrono>
#include <algorithm>
#include <functional>
#include <string>

namespace almanac {

class CancelToken {
public:
    CancelToken() = default;
    // Cancelled with parent (the user's cancel), or once deadline passes (a time budget's hard
    // limit); expired() tells the second from the first.
    CancelToken(const CancelToken* parent, std::chrono::steady_clock::time_point deadline)
        : m_parent(parent), m_deadline(deadline), m_hasDeadline(true)
    {
    }
    // A time budget of `seconds` from start: no deadline for 0 or less, nor beyond a year (which
    // would overflow the clock's arithmetic).
    CancelToken(const CancelToken* parent, std::chrono::steady_clock::time_point start, double seconds)
        : m_parent(parent), m_hasDeadline(seconds > 0 && seconds < 3.2e7)
    {
        if (m_hasDeadline)
            m_deadline = start + std::chrono::duration_cast<std::chrono::steady_clock::duration>(std::chrono::duration<double>(seconds));
    }
    bool hasDeadline() const { return m_hasDeadline; }
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const
    {
        return m_cancelled.load(std::memory_order_relaxed) || (m_parent && m_parent->isCancelled()) || expired();
    }
    bool expired() const { return m_hasDeadline && std::chrono::steady_clock::now() >= m_deadline; }

private:
    std::atomic<bool> m_cancelled{false};
    const CancelToken* m_parent = nullptr;
    std::chrono::steady_clock::time_point m_deadline{};
    bool m_hasDeadline = false;
};

// fraction in [0,1]; stage is a short human label ("reading", "forecasting").
using ProgressSink = std::function<void(double fraction, const std::string& stage)>;
// A training metric as it evolves (a backtest's mean wQL per candidate, a holdout's NDCG@10 per
// trial), for live charts: step counts from 1; label names what was measured at that step.
using MetricSink = std::function<void(const std::string& metric, int step, double value, const std::string& label)>;

// What every long operation takes. Both members are optional.
struct JobContext {
    ProgressSink progress;
    const CancelToken* cancel = nullptr;
    MetricSink metric;

    bool isCancelled() const { return cancel && cancel->isCancelled(); }
    void report(double fraction, const std::string& stage) const
    {
        if (progress) progress(fraction, stage);
    }
    void reportMetric(const std::string& name, int step, double value, const std::string& label) const
    {
        if (metric) metric(name, step, value, label);
    }
    // A context whose progress maps [0,1] onto [from,to] of this one's, for nested steps.
    JobContext subRange(double from, double to) const
    {
        JobContext sub;
        sub.cancel = cancel;
        sub.metric = metric;
        if (progress) {
            ProgressSink parent = progress;
            sub.progress = [parent, from, to](double f, const std::string& stage) {
                parent(from + (to - from) * f, stage);
            };
        }
        return sub;
    }
    // A context whose progress is never below floor() (in this one's terms): for a search whose
    // time budget, not its list of steps, says how far it is, even inside one long step.
    JobContext withProgressFloor(std::function<double()> floor) const
    {
        JobContext floored = *this;
        if (progress) {
            ProgressSink parent = progress;
            floored.progress = [parent, floor = std::move(floor)](double f, const std::string& stage) {
                parent(std::max(f, floor()), stage);
            };
        }
        return floored;
    }
};

} // namespace almanac
