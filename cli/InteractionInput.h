#pragma once
#include "cli/InputOptions.h"
#include "recommend/InteractionData.h"

namespace almanac::cli {

// Reads an interactions CSV (with the terminal's progress) into the sparse user x item form.
Result<InteractionData> loadInteractionData(const std::string& path, const InputOptions& input,
                                            const InteractionFilter& filter = {});

} // namespace almanac::cli
