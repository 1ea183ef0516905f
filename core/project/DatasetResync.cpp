#include "project/DatasetResync.h"

#include "project/PredictorMonitoring.h"

#include <optional>

namespace almanac {

namespace {

// stored's rows followed by extra's, column by column (matched by name).
Result<LoadedDataset> appended(LoadedDataset stored, const LoadedDataset& extra, const std::string& name)
{
    for (DataColumn& column : stored.table.columns) {
        const DataColumn* source = nullptr;
        for (const DataColumn& c : extra.table.columns)
            if (c.name == column.name) source = &c;
        if (!source)
            return Status::invalidInput(extra.fileName + ": has no column for '" + column.name + "', which dataset '" + name + "' has");
        if (source->type != column.type)
            return Status::invalidInput(extra.fileName + ": column '" + source->sourceHeader + "' holds "
                                        + fieldTypeName(source->type) + " values; dataset '" + name + "' holds "
                                        + fieldTypeName(column.type) + " there");
        for (size_t r = 0; r < extra.table.rowCount; ++r)
            switch (column.type) {
            case FieldType::Number: column.numbers.push_back(source->numbers[r]); break;
            case FieldType::Timestamp: column.times.push_back(source->times[r]); break;
            case FieldType::String: column.codes.push_back(column.strings->intern(source->text(r))); break;
            }
    }
    stored.table.rowCount += extra.table.rowCount;
    stored.fileName = extra.fileName;
    return stored;
}

} // namespace

Result<ResyncResult> resyncDataset(ProjectFile& project, const std::string& name, const LoadedDataset& rows,
                                   ResyncMode mode, const JobContext& job)
{
    auto info = project.dataset(name);
    if (!info.isOk()) return info.status();
    std::optional<LoadedDataset> merged;
    if (mode == ResyncMode::Append) {
        auto stored = project.loadDataset(name, job.subRange(0, 0.3));
        if (!stored.isOk()) return stored.status();
        auto all = appended(std::move(*stored), rows, name);
        if (!all.isOk()) return all.status();
        merged = std::move(*all);
    } else {
        for (const DatasetColumnInfo& c : info->columns) {
            bool found = false;
            for (const DataColumn& d : rows.table.columns) found = found || (d.name == c.name && d.type == c.type);
            if (!found)
                return Status::invalidInput(rows.fileName + ": has no " + fieldTypeName(c.type) + " column for '" + c.name
                                            + "', which dataset '" + name + "' has");
        }
    }
    DatasetSettings settings(info->frequency);
    settings.preparation = info->preparation;
    ResyncResult out;
    auto tx = project.transaction();
    ALMANAC_RETURN_IF_ERROR(tx->beginStatus());
    ALMANAC_RETURN_IF_ERROR(project.removeDataset(name));
    auto stored = project.addDataset(name, merged ? *merged : rows, settings, job.subRange(0.3, 0.8));
    if (!stored.isOk()) return stored.status();
    out.dataset = *stored;
    ALMANAC_RETURN_IF_ERROR(project.recordJob("import", name + (mode == ResyncMode::Append ? " (append)" : " (replace)"), "ok"));
    // Predictors trained on it score their forecasts on the new actuals, in the same change.
    auto evaluated = evaluatePredictorsOf(project, name, job.subRange(0.8, 1.0));
    if (!evaluated.isOk()) return evaluated.status();
    out.evaluations = *evaluated;
    ALMANAC_RETURN_IF_ERROR(tx->commit());
    return out;
}

} // namespace almanac
