#include "project/TrainedModels.h"

namespace almanac {

Result<std::string> trainedModelName(ProjectFile& project, const std::string& requested, const std::string& base)
{
    if (!requested.empty()) return requested;
    return project.unusedName(base);
}

Status keepTrainedModel(ProjectFile& project, const StoredModel& model, bool replace)
{
    auto tx = project.transaction();
    ALMANAC_RETURN_IF_ERROR(tx->beginStatus());
    ALMANAC_RETURN_IF_ERROR(replace ? project.replaceModel(model) : project.addModel(model));
    ALMANAC_RETURN_IF_ERROR(project.recordJob(replace ? "retrain" : "train", model.name, "ok"));
    return tx->commit();
}

Result<StoredModel> storedModelOfKind(ProjectFile& project, const std::string& name, const std::string& kind,
                                      const std::string& kindLabel)
{
    auto stored = project.model(name);
    if (!stored.isOk()) return stored.status();
    if (stored->kind != kind) return Status::invalidInput("model '" + name + "' is a " + stored->kind + ", not a " + kindLabel);
    return stored;
}

} // namespace almanac
