// almanac-cli import: a CSV file into a project, all or nothing.
#include "cli/CliCommand.h"
#include "cli/InputOptions.h"
#include "cli/TerminalProgress.h"
#include "data/SeriesPreparation.h"
#include "project/DatasetResync.h"
#include "store/ProjectFile.h"

#include <iostream>

namespace almanac::cli {

namespace {

struct ImportArgs {
    std::string project, name, type, frequency, file, mode = "create";
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
    if (args.mode != "create" && args.mode != "replace" && args.mode != "append")
        return Status::invalidInput("--mode: expected create, replace or append");
    const bool exists = (*project)->dataset(args.name).isOk();
    if (args.mode == "create" && exists)
        return Status::invalidInput(args.project + ": a dataset named '" + args.name
                                    + "' already exists (--mode replace or append re-syncs it)");
    if (args.mode != "create") {
        if (!exists) return Status::invalidInput(args.project + ": no dataset named '" + args.name + "' to " + args.mode);
        auto data = loadWithProgress(args.file, *options);
        if (!data.isOk()) return data.status();
        TerminalProgress progress;
        JobContext job;
        job.progress = progress.sink();
        auto result = resyncDataset(**project, args.name, *data, args.mode == "append" ? ResyncMode::Append : ResyncMode::Replace, job);
        progress.finish();
        if (!result.isOk()) return result.status();
        std::cout << (args.mode == "append" ? "appended " : "replaced: ") << data->table.rowCount << " rows; '" << args.name
                  << "' now holds " << result->dataset.rows << " rows\n";
        if (result->evaluations > 0)
            note("monitoring: " + std::to_string(result->evaluations) + " forecasts scored on the new actuals (almanac-cli monitor)");
        return Status::ok();
    }

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
    cmd->add_option("--mode", args->mode,
                    "create (a new dataset), replace (its rows by the file's) or append (the file's rows to it); "
                    "one transaction, and predictors trained on it are scored on the new actuals")
        ->capture_default_str();
    addInputOptions(cmd, args->input, true);
    return {cmd, [args] { return runImport(*args); }};
}

} // namespace almanac::cli
