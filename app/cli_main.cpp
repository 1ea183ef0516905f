#include "cli/CliMain.h"

int main(int argc, char** argv) { return almanac::cli::runCli(argc, argv); }
