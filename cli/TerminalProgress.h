#pragma once
#include "jobs/JobContext.h"

#include <chrono>
#include <string>

namespace almanac::cli {

// A progress bar on a terminal; on a pipe or log, one quiet line per stage and tenth.
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
    bool m_tty;
    bool m_quiet;
    bool m_drawn = false;
    std::string m_stage;
    int m_lastTenth = -1;
    std::chrono::steady_clock::time_point m_lastDraw;
};

} // namespace almanac::cli
