// almanac-cli sample: the bundled sample project, generated.
#include "cli/CliCommand.h"
#include "cli/TerminalProgress.h"
#include "project/SampleLifecycle.h"
#include "sample/SampleProject.h"

#include <iostream>

namespace almanac::cli {

namespace {

struct SampleArgs {
    std::string out, csvDir;
    uint64_t seed = SampleOptions().seed;
};

Status runSample(const SampleArgs& args)
{
    if (args.out.empty() && args.csvDir.empty()) return Status::invalidInput("give --out FILE.almanac and/or --csv-dir DIR");
    SampleOptions options;
    options.seed = args.seed;
    if (!args.csvDir.empty()) {
        ALMANAC_RETURN_IF_ERROR(writeSampleCsvFiles(generateSampleData(options), args.csvDir));
        std::cout << "wrote the sample CSV files to " << args.csvDir << "\n";
    }
    if (!args.out.empty()) {
        TerminalProgress progress;
        JobContext job;
        job.progress = progress.sink();
        ALMANAC_RETURN_IF_ERROR(createSampleProjectWithPredictor(args.out, options, 0, job));
        progress.finish();
        std::cout << "created the sample project " << args.out << "\n";
    }
    return Status::ok();
}

} // namespace

CommandEntry registerSampleCommand(CLI::App& app)
{
    auto args = std::make_shared<SampleArgs>();
    CLI::App* cmd = app.add_subcommand("sample", "Generate the sample project (retail demand and e-commerce interactions)");
    cmd->add_option("--out", args->out, "Project file to create");
    cmd->add_option("--csv-dir", args->csvDir, "Also write the sample as CSV files into this folder");
    cmd->add_option("--seed", args->seed, "Random seed; the same seed gives the same data")->capture_default_str();
    return {cmd, [args] { return runSample(*args); }};
}

} // namespace almanac::cli
