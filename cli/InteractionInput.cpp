#include "cli/InteractionInput.h"

namespace almanac::cli {

Result<InteractionData> loadInteractionData(const std::string& path, const InputOptions& input,
                                            const InteractionFilter& filter)
{
    auto options = toImportOptions(input, DatasetType::Interactions);
    if (!options.isOk()) return options.status();
    auto dataset = loadWithProgress(path, *options);
    if (!dataset.isOk()) return dataset.status();
    return InteractionData::fromDataset(*dataset, filter);
}

} // namespace almanac::cli
