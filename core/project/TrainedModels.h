#pragma once
// What every kind of trained model does the same way when it is kept: its name (the one asked
// for, or one made unique by the project's rule), one transaction for the model and the job that
// made it, and reading it back as the kind asked for.
#include "store/ProjectFile.h"

#include <string>

namespace almanac {

Result<std::string> trainedModelName(ProjectFile& project, const std::string& requested, const std::string& base);

// Stores the model (over the one of its name when replace) with a train or retrain job, in one
// transaction: a kill leaves either both or neither.
Status keepTrainedModel(ProjectFile& project, const StoredModel& model, bool replace);

// The stored model with its state, or an error when it is of another kind ("a recommender, not a
// rating model").
Result<StoredModel> storedModelOfKind(ProjectFile& project, const std::string& name, const std::string& kind,
                                      const std::string& kindLabel);

} // namespace almanac
