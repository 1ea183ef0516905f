#pragma once
// Whole small files (metrics JSON) written as the tables are: to a temporary file beside the
// destination, renamed over it once complete, so a full disk or a kill never leaves half a file.
#include "util/Status.h"

#include <string>

namespace almanac {

Status writeFileAtomically(const std::string& path, const std::string& content);

} // namespace almanac
