// almanac-cli import: a CSV file into a project, all or nothing.
#include "cli/CliCommand.h"
#include "cli/InputOptions.h"
#include "cli/TerminalProgress.h"
#include "data/SeriesPreparation.h"
#include "store/ProjectFile.h"

#include <iostream>

namespace almanac::cli {

namespace {

struct ImportArgs {
    std::string project, name, type, frequency, file;
    InputOptions input;
};

Status runImport(const ImportArgs& args)
{
    const auto type = datasetTypeFromName(args.type);
    if (!type) return Status::invalidInput("--type: expected target, related, items, interactions or users");
    auto options = toImportOptions(args.input, *type);
    if (!options.isOk()) return options.status();
    // Open the project first: a wrong project path should not cost a long parse.
    auto project = ProjectFile::open(args.project);
    if (!project.isOk()) return project.status();
    if ((*project)->dataset(args.name).isOk())
        return Status::invalidInput(args.project + ": a dataset named '" + args.name + "' already exists");

    auto data = loadWithProgress(args.file, *options);
    if (!data.isOk()) return data.status();

    std::string frequency;
    if (*type == DatasetType::Target || *type == DatasetType::Related) {
        const auto inferred = inferDatasetFrequency(*data);
        if (!args.frequency.empty()) {
            const auto given = Frequency::parse(args.frequency);
            if (!given) return Status::invalidInput("--frequency: unknown frequency '" + args.frequency + "'");
            if (inferred && given->nominalSeconds() < inferred->nominalSeconds() * 0.99)
                return Status::invalidInput(args.file + ": --frequency " + given->name()
                                            + " is finer than the data, which is recorded every " + inferred->name());
            frequency = given->name();
        } else if (inferred) {
            frequency = inferred->name();
        }
    }
    TerminalProgress progress;
    JobContext job;
    job.progress = progress.sink();
    auto info = (*project)->addDataset(args.name, *data, frequency, job);
    progress.finish();
    if (!info.isOk()) return info.status();
    std::cout << "imported " << info->rows << " rows into '" << info->name << "' (" << datasetTypeName(info->type)
              << ", " << info->domain << (frequency.empty() ? "" : ", frequency " + frequency) << ")\n";
    if (!data->ignoredHeaders.empty()) {
        std::string ignored;
        for (const std::string& h : data->ignoredHeaders) ignored += (ignored.empty() ? "" : ", ") + h;
        note("note: columns not in the schema were ignored: " + ignored);
    }
    return (*project)->recordJob("import", args.name + " <- " + args.file, "ok");
}

} // namespace

CommandEntry registerImportCommand(CLI::App& app)
{
    auto args = std::make_shared<ImportArgs>();
    CLI::App* cmd = app.add_subcommand("import", "Import a CSV file as a dataset of a project");
    cmd->add_option("--project", args->project, "Project file")->required();
    cmd->add_option("--name", args->name, "Dataset name, unique in the project")->required();
    cmd->add_option("--type", args->type, "target, related, items, interactions or users")->required();
    cmd->add_option("--frequency", args->frequency, "H, D, W, M, Q, Y, 15min, 30min (default: inferred)");
    cmd->add_option("--file", args->file, "CSV file")->required();
    addInputOptions(cmd, args->input, true);
    return {cmd, [args] { return runImport(*args); }};
}

} // namespace almanac::cli
