#pragma once
#include "cli/InputOptions.h"
#include "recommend/InteractionData.h"

namespace almanac::cli {

// Reads an interactions CSV (with the terminal's progress) into the sparse user x item form.
Result<InteractionData> loadInteractionData(const std::string& path, const InputOptions& input,
                                            const InteractionFilter& filter = {});

// --event-weights purchase=3,view=1: how much each event type counts in a pair's count.
Result<std::map<std::string, double>> parseEventWeights(const std::string& text);

} // namespace almanac::cli
