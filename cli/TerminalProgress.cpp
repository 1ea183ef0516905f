#include "cli/TerminalProgress.h"

#include "cli/CliCommand.h"

#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <unistd.h>

namespace almanac::cli {

namespace {
std::mutex g_outputMutex;
}

TerminalProgress::TerminalProgress()
    : m_tty(isatty(fileno(stderr))), m_quiet(std::getenv("ALMANAC_QUIET") != nullptr)
{
}

TerminalProgress::~TerminalProgress() { finish(); }

ProgressSink TerminalProgress::sink()
{
    return [this](double fraction, const std::string& stage) { update(fraction, stage); };
}

MetricSink TerminalProgress::metricSink()
{
    return [this](const std::string& metric, int step, double value, const std::string& label) {
        if (m_quiet) return;
        std::lock_guard<std::mutex> lock(g_outputMutex);
        if (m_tty && m_drawn) std::fputc('\n', stderr);
        m_drawn = false;
        m_stage.clear();
        char number[64];
        std::snprintf(number, sizeof number, "%.6g", value);
        diagnostic(label + ", step " + std::to_string(step) + ": " + metric + " " + number + "\n");
    };
}

void TerminalProgress::update(double fraction, const std::string& stage)
{
    if (m_quiet) return;
    std::lock_guard<std::mutex> lock(g_outputMutex);
    const int percent = int(fraction * 100.0 + 0.5);
    if (m_tty) {
        const auto now = std::chrono::steady_clock::now();
        if (stage == m_stage && percent < 100 && now - m_lastDraw < std::chrono::milliseconds(100)) return;
        m_lastDraw = now;
        if (stage != m_stage && m_drawn) std::fputc('\n', stderr);
        m_stage = stage;
        const int width = 30;
        const int filled = int(fraction * width + 0.5);
        std::fprintf(stderr, "\r[%.*s%*s] %3d%% %s", filled, "##############################", width - filled, "",
                     percent, stage.c_str());
        m_drawn = true;
    } else {
        // Logs want a line when a stage starts and one when it ends, not a stream of percentages.
        if (stage != m_stage) {
            m_stage = stage;
            m_lastTenth = -1;
            diagnostic(stage + "...\n");
        }
        if (percent >= 100 && m_lastTenth < 10) {
            m_lastTenth = 10;
            diagnostic(stage + ": done\n");
        }
    }
    std::fflush(stderr);
}

void TerminalProgress::finish()
{
    std::lock_guard<std::mutex> lock(g_outputMutex);
    if (m_tty && m_drawn) std::fputc('\n', stderr);
    m_drawn = false;
    m_stage.clear();
}

} // namespace almanac::cli
