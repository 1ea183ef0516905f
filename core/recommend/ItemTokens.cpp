#include "recommend/ItemTokens.h"

#include "data/Schema.h"

#include <cctype>

namespace almanac {

std::vector<std::string> tokensOf(const std::string& column, const std::string& value)
{
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= value.size()) {
        const size_t bar = value.find('|', start);
        std::string part = toLower(value.substr(start, bar == std::string::npos ? std::string::npos : bar - start));
        if (!part.empty()) {
            out.push_back(column + "=" + part);
            std::string word;
            for (char c : part + " ") {
                if (std::isalnum(static_cast<unsigned char>(c))) word.push_back(c);
                else {
                    if (word.size() >= 3 && word != part) out.push_back(column + ":" + word);
                    word.clear();
                }
            }
        }
        if (bar == std::string::npos) break;
        start = bar + 1;
    }
    return out;
}

} // namespace almanac
