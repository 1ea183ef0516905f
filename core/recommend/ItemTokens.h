#pragma once
// Item metadata as tokens: what the content side of the hybrid recipe and exploration's affinity
// compare items by.
#include <string>
#include <vector>

namespace almanac {

// The tokens of one attribute value: each '|'-separated value whole ("GENRE=comedy"), and the
// words of values that read as text ("TITLE:river").
std::vector<std::string> tokensOf(const std::string& column, const std::string& value);

} // namespace almanac
