#pragma once
// Whole small files (metrics JSON) written as the tables are: to a temporary file beside the
// destination, renamed over it once complete, so a full disk or a kill never leaves half a file.
#include "util/Status.h"

#include <string>

namespace almanac {

Status writeFileAtomically(const std::string& path, const std::string& content);

// The temporary file to write path's new content to ("path.partial-PID", beside it, so the
// rename stays on one file system). A process killed mid-write leaves its temporary behind:
// those of processes no longer running are removed here, so the next write tidies up.
std::string temporaryPathFor(const std::string& path);

} // namespace almanac
