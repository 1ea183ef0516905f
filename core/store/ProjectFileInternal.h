#pragma once
// Helpers shared by the files that implement ProjectFile; not part of the public interface.
#include <string>

namespace almanac {

// UTC now as ISO-8601 ("2026-11-28T20:50:33Z"), the form every created_at column holds.
std::string projectTimestampNow();

} // namespace almanac
