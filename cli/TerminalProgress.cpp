#include "cli/TerminalProgress.h"

#include "cli/CliCommand.h"

#include <cmath>
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

namespace {

std::string durationText(double seconds)
{
    const long s = long(std::lround(seconds));
    if (s < 60) return std::to_string(s) + " s";
    if (s < 3600) return std::to_string(s / 60) + " min " + std::to_string(s % 60) + " s";
    return std::to_string(s / 3600) + " h " + std::to_string(s / 60 % 60) + " min";
}

} // namespace

std::string TerminalProgress::timeLeft(double fraction) const
{
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count();
    if (fraction < 0.02 || fraction >= 1.0 || elapsed < 1.0) return {};
    return "about " + durationText(elapsed * (1.0 - fraction) / fraction) + " left";
}

void TerminalProgress::update(double fraction, const std::string& stage)
{
    if (m_quiet) return;
    std::lock_guard<std::mutex> lock(g_outputMutex);
    if (!m_started) {
        m_started = true;
        m_start = std::chrono::steady_clock::now();
    }
    const int percent = int(fraction * 100.0 + 0.5);
    if (m_tty) {
        const auto now = std::chrono::steady_clock::now();
        if (stage == m_stage && percent < 100 && now - m_lastDraw < std::chrono::milliseconds(100)) return;
        m_lastDraw = now;
        if (stage != m_stage && m_drawn) std::fputc('\n', stderr);
        m_stage = stage;
        const int width = 30;
        const int filled = int(fraction * width + 0.5);
        const std::string left = timeLeft(fraction);
        // Padded so that a shorter line overwrites all of the one before.
        std::fprintf(stderr, "\r[%.*s%*s] %3d%% %s%s%-24s", filled, "##############################", width - filled, "",
                     percent, stage.c_str(), left.empty() ? "" : " · ", left.c_str());
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
        // Tenths only for work long enough to wait for: a quick read is its stage lines alone.
        const int tenth = int(fraction * 10.0);
        const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count();
        if (tenth > m_lastOverallTenth && tenth < 10 && elapsed >= 2.0) {
            m_lastOverallTenth = tenth;
            const std::string left = timeLeft(fraction);
            diagnostic("progress " + std::to_string(tenth * 10) + "%: " + durationText(elapsed) + " elapsed"
                       + (left.empty() ? "" : ", " + left) + "\n");
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
