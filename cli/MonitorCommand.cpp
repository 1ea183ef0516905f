// almanac-cli monitor: a predictor's accuracy on the actuals that came after its forecasts.
#include "cli/CliCommand.h"
#include "project/PredictorMonitoring.h"
#include "util/NumberFormat.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <iostream>

namespace almanac::cli {

namespace {

struct MonitorArgs {
    std::string project, predictor;
    bool json = false;
    double failAbove = 0;
};

Status runMonitor(const MonitorArgs& args)
{
    if (args.failAbove < 0) return Status::invalidInput("--fail-above must be positive");
    auto project = ProjectFile::open(args.project);
    if (!project.isOk()) return project.status();
    // Actuals may have arrived by other means than import --mode (a new file's rows): score now.
    auto added = evaluatePredictor(**project, args.predictor);
    if (!added.isOk()) return added.status();
    auto report = monitoringReport(**project, args.predictor);
    if (!report.isOk()) return report.status();
    if (args.json) {
        std::cout << report->json;
    } else {
        const auto j = nlohmann::json::parse(report->json);
        std::cout << "predictor " << args.predictor << " (" << j.value("recipe", "") << "), trained " << j.value("trained_at", "") << "\n";
        if (j["baseline"].contains("mean_wQL")) std::cout << "  backtest (baseline): mean wQL " << j["baseline"]["mean_wQL"].dump()
                                                          << ", WAPE " << j["baseline"].value("WAPE", nlohmann::json()).dump() << "\n";
        for (const auto& e : j["evaluations"])
            std::cout << "  " << e.value("forecast", "") << ": mean wQL " << e["metrics"].value("mean_wQL", nlohmann::json()).dump()
                      << ", WAPE " << e["metrics"].value("WAPE", nlohmann::json()).dump() << ", coverage "
                      << e["metrics"].value("coverage", nlohmann::json()).dump() << " on " << e["metrics"].value("items", 0)
                      << " items\n";
        if (j["evaluations"].empty()) std::cout << "  no forecast of it has actuals yet\n";
    }
    if (args.failAbove > 0 && std::isfinite(report->driftRatio) && report->driftRatio > args.failAbove)
        return Status::invalidInput("predictor " + args.predictor + " drifted: its latest mean wQL is "
                                    + formatNumber(report->driftRatio) + " times its backtest's (limit " + formatNumber(args.failAbove) + ")");
    return Status::ok();
}

} // namespace

CommandEntry registerMonitorCommand(CLI::App& app)
{
    auto a = std::make_shared<MonitorArgs>();
    CLI::App* cmd = app.add_subcommand("monitor", "A predictor's accuracy on the actuals that arrived after each of its forecasts");
    cmd->add_option("--project", a->project, "Project file")->required();
    cmd->add_option("--predictor", a->predictor, "The predictor")->required();
    cmd->add_flag("--json", a->json, "Machine-readable output");
    cmd->add_option("--fail-above", a->failAbove,
                    "Exit 1 when the latest mean wQL is more than this many times the backtest's (drift)");
    return {cmd, [a] { return runMonitor(*a); }};
}

} // namespace almanac::cli
