// almanac-cli schedule add|list|remove|run: re-training schedules kept in the project, run by a
// systemd user timer (or a crontab line where there is no systemd user instance).
#include "cli/CliCommand.h"
#include "cli/TerminalProgress.h"
#include "project/ScheduledSteps.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace almanac::cli {

namespace {

namespace fs = std::filesystem;

struct ScheduleArgs {
    std::string project, name, every = "daily", steps;
    bool noInstall = false;
};

// Single quotes for the shell, with any ' inside closed, escaped and reopened.
std::string shellQuoted(const std::string& s)
{
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

// A unit name safe for systemd and unique per project and schedule.
std::string unitName(const std::string& project, const std::string& name)
{
    const std::string key = fs::absolute(project).string() + "\n" + name;
    uint64_t h = 14695981039346656037ull;
    for (unsigned char c : key) h = (h ^ c) * 1099511628211ull;
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "almanac-schedule-%016llx", static_cast<unsigned long long>(h));
    return buffer;
}

std::string runCommandLine(const std::string& project, const std::string& name)
{
    std::error_code ec;
    const std::string self = fs::read_symlink("/proc/self/exe", ec).string();
    return shellQuoted(self.empty() ? std::string("almanac-cli") : self) + " schedule run --project "
           + shellQuoted(fs::absolute(project).string()) + " --name " + shellQuoted(name);
}

bool haveSystemdUser() { return std::system("systemctl --user show-environment >/dev/null 2>&1") == 0; }

fs::path systemdUserFolder()
{
    const char* config = std::getenv("XDG_CONFIG_HOME");
    const char* home = std::getenv("HOME");
    return (config && *config ? fs::path(config) : fs::path(home ? home : ".") / ".config") / "systemd" / "user";
}

std::string cronTimeOf(const std::string& every)
{
    if (every == "daily") return "@daily";
    if (every == "weekly") return "@weekly";
    if (every == "hourly") return "@hourly";
    return every;
}

Status install(const ScheduleArgs& args, std::string& how)
{
    const std::string unit = unitName(args.project, args.name);
    const bool cron = args.every != "daily" && args.every != "weekly" && args.every != "hourly";
    if (!cron && haveSystemdUser()) {
        const fs::path folder = systemdUserFolder();
        std::error_code ec;
        fs::create_directories(folder, ec);
        std::ofstream service(folder / (unit + ".service")), timer(folder / (unit + ".timer"));
        service << "[Unit]\nDescription=Almanac schedule " << args.name << "\n\n[Service]\nType=oneshot\nExecStart=/bin/sh -c "
                << shellQuoted(runCommandLine(args.project, args.name)) << "\n";
        timer << "[Unit]\nDescription=Almanac schedule " << args.name << "\n\n[Timer]\nOnCalendar=" << args.every
              << "\nPersistent=true\n\n[Install]\nWantedBy=timers.target\n";
        if (!service || !timer) return Status::ioError(folder.string() + ": cannot write the timer's unit files");
        service.close();
        timer.close();
        if (std::system(("systemctl --user daemon-reload && systemctl --user enable --now " + unit + ".timer >/dev/null 2>&1").c_str()) != 0)
            return Status::ioError("systemctl --user could not enable " + unit + ".timer");
        how = "systemd user timer " + unit + ".timer";
        return Status::ok();
    }
    if (std::system("command -v crontab >/dev/null 2>&1") != 0)
        return Status::unsupported("neither a systemd user instance nor crontab is available; store the schedule with "
                                   "--no-install and run `almanac-cli schedule run` from your own scheduler");
    const std::string line = cronTimeOf(args.every) + " " + runCommandLine(args.project, args.name) + " # " + unit;
    if (std::system(("(crontab -l 2>/dev/null; echo " + shellQuoted(line) + ") | crontab -").c_str()) != 0)
        return Status::ioError("crontab could not be updated");
    how = "crontab line (" + cronTimeOf(args.every) + ")";
    return Status::ok();
}

void uninstall(const std::string& project, const std::string& name)
{
    const std::string unit = unitName(project, name);
    const fs::path folder = systemdUserFolder();
    std::error_code ec;
    if (fs::exists(folder / (unit + ".timer"), ec)) {
        std::system(("systemctl --user disable --now " + unit + ".timer >/dev/null 2>&1").c_str());
        fs::remove(folder / (unit + ".timer"), ec);
        fs::remove(folder / (unit + ".service"), ec);
        std::system("systemctl --user daemon-reload >/dev/null 2>&1");
    }
    // Only a crontab that holds the line is rewritten, without it.
    const std::string marker = shellQuoted("# " + unit);
    if (std::system("command -v crontab >/dev/null 2>&1") == 0)
        std::system(("crontab -l 2>/dev/null | grep -q -F " + marker + " && (crontab -l | grep -v -F " + marker + " | crontab -)").c_str());
}

Status runAdd(const ScheduleArgs& args)
{
    ALMANAC_RETURN_IF_ERROR(validateScheduleInterval(args.every));
    auto steps = parseScheduledSteps(args.steps);
    if (!steps.isOk()) return steps.status();
    auto project = ProjectFile::open(args.project);
    if (!project.isOk()) return project.status();
    ALMANAC_RETURN_IF_ERROR((*project)->addSchedule({args.name, args.every, args.steps, {}}));
    if (args.noInstall) {
        std::cout << "schedule " << args.name << " stored (not installed: run `almanac-cli schedule run --project "
                  << args.project << " --name " << args.name << "` from your scheduler)\n";
        return Status::ok();
    }
    std::string how;
    const Status installed = install(args, how);
    if (!installed.isOk()) {
        // Nothing half-done: the stored schedule goes with the failed installation.
        (*project)->removeSchedule(args.name);
        return installed;
    }
    std::cout << "schedule " << args.name << " stored and installed as a " << how << "\n";
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
    ALMANAC_RETURN_IF_ERROR((*project)->removeSchedule(args.name));
    uninstall(args.project, args.name);
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
