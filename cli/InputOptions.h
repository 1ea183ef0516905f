#pragma once
// The options every command that reads a CSV shares: mapping, dialect and timestamp overrides.
#include "cli/CliCommand.h"
#include "data/DatasetLoader.h"

namespace almanac::cli {

struct InputOptions {
    std::string domain;
    std::vector<std::string> map;
    std::string dimensions;
    std::string timestampFormat = "auto";
    std::string delimiter;
    std::string decimal;  // "comma" or "point"
    std::string encoding; // "utf-8" or "latin-1"
    bool skipBadRows = false;
};

void addInputOptions(CLI::App* command, InputOptions& options, bool withDimensions);
Result<ImportOptions> toImportOptions(const InputOptions& options, DatasetType type);

// Refuses an output that is the same file as an input or as another output (also through "..",
// a symbolic or a hard link): writing it would destroy the data being read. Empty paths are
// skipped.
Status refuseOverwritingInputs(const std::vector<std::string>& inputs, const std::vector<std::string>& outputs);

// Loads a CSV with the terminal's progress bar; rows skipped (--skip-bad-rows) are counted in a
// note with the first errors.
Result<LoadedDataset> loadWithProgress(const std::string& path, const ImportOptions& options);

} // namespace almanac::cli
