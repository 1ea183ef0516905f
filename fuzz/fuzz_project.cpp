// The project-file loader: any file handed to "open" (a damaged project, another SQLite database,
// random bytes) must open and read back cleanly or be refused with a Status.
#include "store/ProjectFile.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string path = "/tmp/almanac-fuzz-" + std::to_string(::getpid()) + ".almanac";
    std::FILE* file = std::fopen(path.c_str(), "wb");
    if (!file) return 0;
    std::fwrite(data, 1, size, file);
    std::fclose(file);
    {
        // Read-only, so that a fuzzed file is never migrated into something else mid-run.
        auto project = almanac::ProjectFile::open(path, almanac::ProjectAccess::ReadOnly);
        if (project.isOk()) {
            if (auto datasets = (*project)->datasets(); datasets.isOk())
                for (const auto& d : *datasets) (void)(*project)->loadDataset(d.name);
            (void)(*project)->models();
            (void)(*project)->forecastNames();
        }
    }
    std::remove(path.c_str());
    return 0;
}
