#pragma once
// Each almanac-cli command registers its CLI11 sub-command and returns what runs it.
#include "util/Status.h"

#include <CLI/CLI.hpp>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace almanac::cli {

using CommandRunner = std::function<Status()>;

struct CommandEntry {
    CLI::App* app;
    CommandRunner run;
};

std::vector<CommandEntry> registerProjectCommands(CLI::App& app);
CommandEntry registerImportCommand(CLI::App& app);
CommandEntry registerSchemasCommand(CLI::App& app);
CommandEntry registerForecastCommand(CLI::App& app);
CommandEntry registerSampleCommand(CLI::App& app);
CommandEntry registerRecommendCommand(CLI::App& app);
CommandEntry registerPredictRatingsCommand(CLI::App& app);
CommandEntry registerSimilarItemsCommand(CLI::App& app);
CommandEntry registerRankCommand(CLI::App& app);
CommandEntry registerDemoCommand(CLI::App& app);
std::vector<CommandEntry> registerTrainCommands(CLI::App& app);
CommandEntry registerMonitorCommand(CLI::App& app);
CommandEntry registerServeCommand(CLI::App& app);
std::vector<CommandEntry> registerScheduleCommands(CLI::App& app);

// "name=value" pairs (--map field=column, --param name=value).
Result<std::map<std::string, std::string>> parseFieldMap(const std::vector<std::string>& pairs);
std::vector<std::string> splitList(const std::string& text, char separator = ',');

// Prints one line to stderr (notes), so stdout stays machine-readable. With stderr not a
// terminal, notes and progress are written when the command ends, and only if it succeeded.
void note(const std::string& line);
void diagnostic(const std::string& text); // as note, without the line break


} // namespace almanac::cli
