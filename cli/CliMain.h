#pragma once

namespace almanac::cli {

// Runs almanac-cli; returns the process exit code (0 success, 1 bad input, 2 usage,
// 3 input/output failure, 4 cancelled, 5 internal error).
int runCli(int argc, char** argv);

} // namespace almanac::cli
