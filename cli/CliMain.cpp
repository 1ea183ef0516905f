#include "cli/CliMain.h"

#include "deep/DeepRecipes.h"

#include "cli/CliCommand.h"

#include <cstdio>
#include <iostream>

namespace almanac::cli {

void note(const std::string& line)
{
    std::fprintf(stderr, "%s\n", line.c_str());
}

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

int exitCodeOf(const Status& status)
{
    switch (status.code()) {
    case Status::Code::Ok: return 0;
    case Status::Code::InvalidInput:
    case Status::Code::NotFound:
    case Status::Code::Unsupported: return 1;
    case Status::Code::IoError: return 3;
    case Status::Code::Cancelled: return 4;
    case Status::Code::Internal: return 5;
    }
    return 5;
}

// One line, whatever the message holds: outside checks and scripts read the first line.
std::string oneLine(std::string text)
{
    for (char& c : text)
        if (c == '\n' || c == '\r') c = ' ';
    return text;
}

} // namespace

int runCli(int argc, char** argv)
{
    deep::registerDeepRecipes();
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
                               registerDemoCommand(app), registerMonitorCommand(app)})
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
        std::fprintf(stderr, "error: %s (see --help)\n", oneLine(e.what()).c_str());
        return 2;
    }
    for (const CommandEntry& c : commands) {
        if (!c.app->parsed()) continue;
        Status status;
        try {
            status = c.run();
        } catch (const std::bad_alloc&) {
            status = Status::internal("out of memory");
        } catch (const std::exception& e) {
            status = Status::internal(e.what());
        }
        if (status.isOk()) return 0;
        std::fprintf(stderr, "error: %s\n", oneLine(status.message()).c_str());
        return exitCodeOf(status);
    }
    std::fprintf(stderr, "error: no command given (see --help)\n");
    return 2;
}

} // namespace almanac::cli
