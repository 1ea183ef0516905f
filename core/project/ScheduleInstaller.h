#pragma once
// Schedules reach the system's scheduler here, for the CLI and the workbench alike: a systemd
// user timer, or a crontab line where there is no systemd user instance, that runs
// `almanac-cli schedule run --project P --name S`.
#include "store/ProjectFile.h"

#include <string>

namespace almanac {

// Stores the schedule (its steps and interval checked first) and, when install, installs the
// timer that runs it with the CLI at cliPath. A failed installation removes the stored schedule
// again, so nothing is left half-done. Returns how it was installed ("" when not).
Result<std::string> addSchedule(ProjectFile& project, const StoredSchedule& schedule, bool install, const std::string& cliPath);

// Removes the stored schedule and whatever timer or crontab line runs it.
Status removeSchedule(ProjectFile& project, const std::string& name);

} // namespace almanac
