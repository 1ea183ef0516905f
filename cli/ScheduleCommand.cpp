// almanac-cli schedule add|list|remove|run: re-training schedules kept in the project, run by a
// systemd user timer (or a crontab line where there is no systemd user instance).
#include "cli/CliCommand.h"
#include "cli/TerminalProgress.h"
#include "project/ScheduleInstaller.h"
#include "project/ScheduledSteps.h"

#include <filesystem>
#include <iostream>

namespace almanac::cli {

namespace {

namespace fs = std::filesystem;

struct ScheduleArgs {
    std::string project, name, every = "daily", steps;
    bool noInstall = false;
};

Status runAdd(const ScheduleArgs& args)
{
    auto project = ProjectFile::open(args.project);
    if (!project.isOk()) return project.status();
    std::error_code ec;
    const std::string self = fs::read_symlink("/proc/self/exe", ec).string();
    auto how = addSchedule(**project, {args.name, args.every, args.steps, {}}, !args.noInstall, self);
    if (!how.isOk()) return how.status();
    if (args.noInstall) {
        std::cout << "schedule " << args.name << " stored (not installed: run `almanac-cli schedule run --project "
                  << args.project << " --name " << args.name << "` from your scheduler)\n";
        return Status::ok();
    }
    std::cout << "schedule " << args.name << " stored and installed as a " << *how << "\n";
    return Status::ok();
}

Status runList(const ScheduleArgs& args)
{
    auto project = ProjectFile::open(args.project);
    if (!project.isOk()) return project.status();
    auto schedules = (*project)->schedules();
    if (!schedules.isOk()) return schedules.status();
    auto jobs = (*project)->jobs(1000);
    if (!jobs.isOk()) return jobs.status();
    if (schedules->empty()) std::cout << "no schedules\n";
    for (const StoredSchedule& s : *schedules) {
        std::string last = "never run";
        for (const JobRecord& j : *jobs)
            if (j.kind == "schedule" && j.detail == s.name) {
                last = "last run " + j.finishedAt + ": " + j.outcome;
                break;
            }
        std::cout << s.name << "\t" << s.every << "\t" << s.steps << "\t" << last << "\n";
    }
    return Status::ok();
}

Status runRemove(const ScheduleArgs& args)
{
    auto project = ProjectFile::open(args.project);
    if (!project.isOk()) return project.status();
    ALMANAC_RETURN_IF_ERROR(removeSchedule(**project, args.name));
    std::cout << "schedule " << args.name << " removed\n";
    return Status::ok();
}

Status runRun(const ScheduleArgs& args)
{
    auto project = ProjectFile::open(args.project);
    if (!project.isOk()) return project.status();
    auto schedules = (*project)->schedules();
    if (!schedules.isOk()) return schedules.status();
    for (const StoredSchedule& s : *schedules) {
        if (s.name != args.name) continue;
        auto steps = parseScheduledSteps(s.steps);
        if (!steps.isOk()) return steps.status();
        TerminalProgress progress;
        JobContext job;
        job.progress = progress.sink();
        auto done = runScheduledSteps(**project, s.name, *steps, job);
        progress.finish();
        if (!done.isOk()) return done.status();
        for (const std::string& line : *done) std::cout << line << "\n";
        return Status::ok();
    }
    return Status::notFound(args.project + ": no schedule named '" + args.name + "'");
}

} // namespace

std::vector<CommandEntry> registerScheduleCommands(CLI::App& app)
{
    CLI::App* schedule = app.add_subcommand("schedule", "Re-training schedules: add, list, remove, run");
    schedule->require_subcommand(1);
    std::vector<CommandEntry> out;
    auto addOne = [&](const char* name, const char* help, auto runner, bool withName, bool withSteps) {
        auto a = std::make_shared<ScheduleArgs>();
        CLI::App* cmd = schedule->add_subcommand(name, help);
        cmd->add_option("--project", a->project, "Project file")->required();
        if (withName) cmd->add_option("--name", a->name, "Schedule name")->required();
        if (withSteps) {
            cmd->add_option("--every", a->every, "daily, weekly, hourly or a cron expression (\"0 6 * * 1\")")->capture_default_str();
            cmd->add_option("--steps", a->steps,
                            "e.g. \"import sales=/data/sales.csv append; retrain weekly; forecast weekly; export /out/f.csv\"")
                ->required();
            cmd->add_flag("--no-install", a->noInstall, "Store the schedule only; install no timer or crontab line");
        }
        out.push_back({cmd, [a, runner] { return runner(*a); }});
    };
    addOne("add", "Store a schedule in the project and install a timer that runs it", runAdd, true, true);
    addOne("list", "The project's schedules and their last outcome", runList, false, false);
    addOne("remove", "Remove a schedule and its timer", runRemove, true, false);
    addOne("run", "Run a schedule's steps now (what the timer calls)", runRun, true, false);
    return out;
}

} // namespace almanac::cli
