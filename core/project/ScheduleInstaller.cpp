#include "project/ScheduleInstaller.h"

#include "project/ScheduledSteps.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace almanac {

namespace {

namespace fs = std::filesystem;

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

std::string runCommandLine(const std::string& cliPath, const std::string& project, const std::string& name)
{
    return shellQuoted(cliPath.empty() ? std::string("almanac-cli") : cliPath) + " schedule run --project "
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

Status install(const std::string& project, const StoredSchedule& s, const std::string& cliPath, std::string& how)
{
    const std::string unit = unitName(project, s.name);
    const std::string command = runCommandLine(cliPath, project, s.name);
    const bool cron = s.every != "daily" && s.every != "weekly" && s.every != "hourly";
    if (!cron && haveSystemdUser()) {
        const fs::path folder = systemdUserFolder();
        std::error_code ec;
        fs::create_directories(folder, ec);
        std::ofstream service(folder / (unit + ".service")), timer(folder / (unit + ".timer"));
        service << "[Unit]\nDescription=Almanac schedule " << s.name << "\n\n[Service]\nType=oneshot\nExecStart=/bin/sh -c "
                << shellQuoted(command) << "\n";
        timer << "[Unit]\nDescription=Almanac schedule " << s.name << "\n\n[Timer]\nOnCalendar=" << s.every
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
        return Status::unsupported("neither a systemd user instance nor crontab is available; store the schedule without "
                                   "installing it and run `almanac-cli schedule run` from your own scheduler");
    const std::string line = cronTimeOf(s.every) + " " + command + " # " + unit;
    if (std::system(("(crontab -l 2>/dev/null; echo " + shellQuoted(line) + ") | crontab -").c_str()) != 0)
        return Status::ioError("crontab could not be updated");
    how = "crontab line (" + cronTimeOf(s.every) + ")";
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

} // namespace

Result<std::string> addSchedule(ProjectFile& project, const StoredSchedule& schedule, bool installTimer, const std::string& cliPath)
{
    ALMANAC_RETURN_IF_ERROR(validateScheduleInterval(schedule.every));
    auto steps = parseScheduledSteps(schedule.steps);
    if (!steps.isOk()) return steps.status();
    ALMANAC_RETURN_IF_ERROR(project.addSchedule(schedule));
    if (!installTimer) return std::string();
    std::string how;
    const Status installed = install(project.path(), schedule, cliPath, how);
    if (!installed.isOk()) {
        // Nothing half-done: the stored schedule goes with the failed installation.
        project.removeSchedule(schedule.name);
        return installed;
    }
    return how;
}

Status removeSchedule(ProjectFile& project, const std::string& name)
{
    ALMANAC_RETURN_IF_ERROR(project.removeSchedule(name));
    uninstall(project.path(), name);
    return Status::ok();
}

} // namespace almanac
