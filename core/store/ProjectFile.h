#pragma once
// The project file (DESIGN §4): one SQLite database in WAL mode holding datasets, results and
// job history. Every change is one transaction, so a failed or killed operation leaves the
// last committed state.
#include "data/DatasetLoader.h"
#include "data/TimeSeries.h"
#include "forecast/ForecastRecipe.h"
#include "jobs/JobContext.h"
#include "store/Sqlite.h"
#include "util/Status.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace almanac {

struct DatasetColumnInfo {
    std::string name;
    std::string sourceHeader;
    FieldRole role = FieldRole::Attribute;
    FieldType type = FieldType::String;
};

struct DatasetInfo {
    int64_t id = 0;
    std::string name;
    DatasetType type = DatasetType::Target;
    std::string domain;
    std::string frequency;         // empty where it does not apply
    int64_t rows = 0;
    int64_t items = 0;             // distinct items (users for a users dataset)
    std::optional<int64_t> timeMin, timeMax;
    std::string sourceFile;
    std::string createdAt;
    std::vector<DatasetColumnInfo> columns;
};

struct StoredForecast {
    std::string name;
    std::string datasetName;
    std::string recipe;
    ForecastSpec spec;
    std::string evaluationJson; // the backtest metrics, when there were any
};

class ProjectFile {
public:
    static constexpr int kSchemaVersion = 2;

    ProjectFile(const ProjectFile&) = delete;
    ProjectFile& operator=(const ProjectFile&) = delete;

    // Creates a new, empty project; fails if the file exists.
    static Result<std::unique_ptr<ProjectFile>> create(const std::string& path);
    // Opens an existing project, migrating an older schema; a newer schema is an error.
    static Result<std::unique_ptr<ProjectFile>> open(const std::string& path);

    const std::string& path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }

    Result<std::vector<DatasetInfo>> datasets();
    Result<DatasetInfo> dataset(const std::string& name);

    // Stores a loaded dataset under a new name; frequency is recorded for time series.
    Result<DatasetInfo> addDataset(const std::string& name, const LoadedDataset& data,
                                   const std::string& frequency, const JobContext& job = {});
    // Reads a stored dataset back into memory, as it was imported.
    Result<LoadedDataset> loadDataset(const std::string& name, const JobContext& job = {});
    Status removeDataset(const std::string& name);

    // Stores forecasts of a series set under a new name.
    Status addForecast(const StoredForecast& meta, const SeriesSet& series,
                       const std::vector<SeriesForecast>& forecasts);
    Result<std::vector<std::string>> forecastNames();
    Result<std::string> forecastEvaluation(const std::string& forecastName);

    Status recordJob(const std::string& kind, const std::string& detail, const std::string& outcome);

private:
    ProjectFile() = default;
    Status configure();
    Status migrate();

    SqliteDatabase m_db;
    std::string m_path;
    int m_schemaVersion = 0;
};

const char* fieldRoleName(FieldRole role);
std::optional<FieldRole> fieldRoleFromName(std::string_view name);

} // namespace almanac
