#pragma once
#include <string>
#include <string_view>

namespace almanac {

bool isValidUtf8(std::string_view text);
// Windows-1252 (a superset of Latin-1's printable range) to UTF-8.
std::string windows1252ToUtf8(std::string_view text);
// Text as UTF-8: kept if already valid, else read as Windows-1252. Files mixing both exist in the
// wild (a Latin-1 name pasted into a UTF-8 export), so this decides per field.
std::string toUtf8(std::string_view text, bool forceWindows1252 = false);

} // namespace almanac
