// The recommendation filter language (INCLUDE/EXCLUDE ... WHERE ...), with $parameters.
#include "recommend/RecommendationFilter.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    // Text after a NUL byte, if any, is the value of $P.
    const size_t nul = text.find('\0');
    std::map<std::string, std::string> parameters;
    if (nul != std::string::npos) parameters["P"] = text.substr(nul + 1);
    auto filter = almanac::parseRecommendationFilter(text.substr(0, nul), parameters);
    (void)filter;
    return 0;
}
