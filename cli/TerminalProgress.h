#pragma once
#include "jobs/JobContext.h"

#include <chrono>
#include <string>

namespace almanac::cli {

// A progress bar on a terminal, with the time left; on a pipe or log, a line per stage and one
// per tenth of the work with the time elapsed and left.
class TerminalProgress {
public:
    TerminalProgress();
    ~TerminalProgress();
    TerminalProgress(const TerminalProgress&) = delete;
    TerminalProgress& operator=(const TerminalProgress&) = delete;

    ProgressSink sink();
    // Training curves (a deep model's loss and validation score per epoch, auto's trials), a line
    // each, so that a long training shows how it goes.
    MetricSink metricSink();
    void finish();

private:
    void update(double fraction, const std::string& stage);
    // "about 1 min 5 s left", from the time so far and the share done; empty too early to tell.
    std::string timeLeft(double fraction) const;
    bool m_tty;
    bool m_quiet;
    bool m_drawn = false;
    std::string m_stage;
    int m_lastTenth = -1;
    int m_lastOverallTenth = 0;
    bool m_started = false;
    std::chrono::steady_clock::time_point m_start;
    std::chrono::steady_clock::time_point m_lastDraw;
};

} // namespace almanac::cli
