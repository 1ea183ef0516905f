#include "cli/CliMain.h"

#include "deep/DeepRecipes.h"

#include "cli/CliCommand.h"

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <mutex>
#include <unistd.h>

namespace almanac::cli {

namespace {

// With stderr not a terminal (a script, a log), notes and progress are held back until the
// command ends and written only when it succeeded: a failure's "error:" line is then the only
// line, as DESIGN §5 promises the scripts that read it. ALMANAC_PROGRESS=stream writes them live.
std::mutex g_diagnosticsMutex;
bool g_holdDiagnostics = false;
std::string g_heldDiagnostics;

} // namespace

void diagnostic(const std::string& text)
{
    std::lock_guard<std::mutex> lock(g_diagnosticsMutex);
    if (g_holdDiagnostics) {
        g_heldDiagnostics += text;
        return;
    }
    std::fputs(text.c_str(), stderr);
    std::fflush(stderr);
}

void note(const std::string& line) { diagnostic(line + "\n"); }

std::vector<std::string> splitList(const std::string& text, char separator)
{
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find(separator, start);
        if (end == std::string::npos) end = text.size();
        std::string item = text.substr(start, end - start);
        while (!item.empty() && item.front() == ' ') item.erase(item.begin());
        while (!item.empty() && item.back() == ' ') item.pop_back();
        if (!item.empty()) out.push_back(item);
        start = end + 1;
    }
    return out;
}

Result<std::map<std::string, std::string>> parseFieldMap(const std::vector<std::string>& pairs)
{
    std::map<std::string, std::string> out;
    for (const std::string& pair : pairs) {
        const size_t eq = pair.find('=');
        if (eq == std::string::npos || eq == 0 || eq + 1 == pair.size())
            return Status::invalidInput("expected name=value, got '" + pair + "'");
        out[pair.substr(0, eq)] = pair.substr(eq + 1);
    }
    return out;
}

namespace {

// Out of memory has its own code, so a script can retry with less (DESIGN §5, README).
constexpr int kOutOfMemoryExit = 6;

int exitCodeOf(const Status& status)
{
    switch (status.code()) {
    case Status::Code::Ok: return 0;
    case Status::Code::InvalidInput:
    case Status::Code::NotFound:
    case Status::Code::Unsupported: return 1;
    case Status::Code::Usage: return 2;
    case Status::Code::IoError: return 3;
    case Status::Code::Cancelled: return 4;
    case Status::Code::Internal: return 5;
    }
    return 5;
}

// One line, whatever the message holds: outside checks and scripts read the first line. Line
// breaks become spaces, other control bytes are escaped (\x07), and a message that quotes
// megabytes of a bad file is cut to a readable length.
std::string oneLine(const std::string& text)
{
    constexpr size_t kMaxLength = 2000;
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        if (out.size() >= kMaxLength) {
            out += "... (" + std::to_string(text.size() - i) + " more bytes)";
            break;
        }
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '\n' || c == '\r' || c == '\t') out += ' ';
        else if (c < 0x20 || c == 0x7f) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\x%02x", c);
            out += escaped;
        } else out += char(c);
    }
    return out;
}

void releaseDiagnostics(bool write)
{
    std::lock_guard<std::mutex> lock(g_diagnosticsMutex);
    if (write) std::fputs(g_heldDiagnostics.c_str(), stderr);
    g_heldDiagnostics.clear();
    g_holdDiagnostics = false;
}

} // namespace

int runCli(int argc, char** argv)
{
    deep::registerDeepRecipes();
    // ALMANAC_PROGRESS=stream: live stage lines for logs that want them (the error line is then
    // the last line, not the only one).
    const char* progress = std::getenv("ALMANAC_PROGRESS");
    g_holdDiagnostics = !isatty(fileno(stderr)) && !(progress && std::string(progress) == "stream");
    CLI::App app{"almanac-cli: probabilistic forecasting and recommendations from CSV files", "almanac-cli"};
    app.set_version_flag("--version", std::string("almanac-cli ") + ALMANAC_VERSION);
    app.require_subcommand(1);
    app.fallthrough(false);

    std::vector<CommandEntry> commands = registerProjectCommands(app);
    for (CommandEntry entry : registerTrainCommands(app)) commands.push_back(entry);
    for (CommandEntry entry : registerScheduleCommands(app)) commands.push_back(entry);
    for (CommandEntry entry : {registerImportCommand(app), registerSchemasCommand(app), registerForecastCommand(app),
                               registerSampleCommand(app), registerRecommendCommand(app), registerPredictRatingsCommand(app),
                               registerSimilarItemsCommand(app), registerRankCommand(app),
                               registerDemoCommand(app), registerMonitorCommand(app), registerServeCommand(app)})
        commands.push_back(entry);

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
        std::cout << app.help(); // CLI11 delegates to the sub-command given, if any
        return 0;
    } catch (const CLI::CallForAllHelp&) {
        std::cout << app.help("", CLI::AppFormatMode::All);
        return 0;
    } catch (const CLI::CallForVersion&) {
        std::cout << app.version() << "\n";
        return 0;
    } catch (const CLI::ParseError& e) {
        releaseDiagnostics(false);
        std::fprintf(stderr, "error: %s (see --help)\n", oneLine(e.what()).c_str());
        return 2;
    }
    for (const CommandEntry& c : commands) {
        if (!c.app->parsed()) continue;
        Status status;
        bool outOfMemory = false;
        try {
            status = c.run();
        } catch (const std::bad_alloc&) {
            outOfMemory = true;
            status = Status::internal("out of memory");
        } catch (const std::exception& e) {
            status = Status::internal(e.what());
        }
        releaseDiagnostics(status.isOk());
        if (status.isOk()) return 0;
        std::fprintf(stderr, "error: %s\n", oneLine(status.message()).c_str());
        return outOfMemory || status.message() == "out of memory" ? kOutOfMemoryExit : exitCodeOf(status);
    }
    releaseDiagnostics(false);
    std::fprintf(stderr, "error: no command given (see --help)\n");
    return 2;
}

} // namespace almanac::cli
