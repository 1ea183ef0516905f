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
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_set>
#include <variant>
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
    // How rows become series, as chosen at import: "aggregation", "fill_middle", "fill_back".
    std::map<std::string, std::string> preparation;
};

// What is stored beside a dataset's rows.
struct DatasetSettings {
    DatasetSettings(std::string frequencyName = {}) : frequency(std::move(frequencyName)) {}
    DatasetSettings(const char* frequencyName) : frequency(frequencyName) {}
    std::string frequency; // empty where it does not apply
    std::map<std::string, std::string> preparation;
};

struct StoredForecast {
    std::string name;
    std::string datasetName;
    std::string recipe;
    ForecastSpec spec;
    std::string evaluationJson; // the backtest metrics, when there were any
};

struct ForecastInfo {
    std::string name;
    std::string datasetName;
    std::string recipe;
    std::string frequency;
    int horizon = 0;
    std::vector<double> quantiles;
    std::map<std::string, std::string> parameters;
    std::string createdAt;
    int64_t seriesCount = 0;
};

// One stored series' forecast: statistics per future period, as written by addForecast.
struct StoredSeriesForecast {
    std::string itemId;
    std::vector<std::string> dimensions;
    std::vector<int64_t> timestamps;            // period starts, Unix seconds
    std::vector<double> mean;
    std::vector<std::vector<double>> quantiles; // [quantile of ForecastInfo::quantiles][period]
};

struct LoadedForecast {
    ForecastInfo info;
    std::vector<StoredSeriesForecast> series;   // in the order they were stored
};

// A trained recommender as the project keeps it: what it was trained on and how, so that it can
// be refitted, identically (the seed is kept), when the project is opened again.
struct StoredRecommender {
    std::string name;
    std::string interactionsDataset;
    std::string itemsDataset;      // empty: none
    std::string recipe;            // as fitted: auto's choice, not "auto"
    std::map<std::string, std::string> parameters;
    std::vector<std::string> eventTypes;
    uint64_t seed = 42;
    std::string metricsJson;       // the holdout evaluation, when there was one
    std::string createdAt;
};

// A trained model as the project keeps it (DESIGN §4): the engine's state as bytes beside what
// it was trained on and how. The store knows nothing of what the bytes mean.
struct StoredModel {
    std::string name;
    std::string kind;                            // "predictor" or "recommender"
    std::string recipe;                          // as trained: "ets", "auto-item", "ease"
    std::string settingsJson;                    // what it was trained with, whole
    std::map<std::string, std::string> datasets; // role -> dataset name ("target", "related", "interactions"...)
    std::string fingerprint;                     // of the rows it was trained on
    std::optional<int64_t> trainingStart, trainingEnd; // the training window, Unix seconds
    std::string metricsJson;                     // backtest or holdout metrics
    std::string createdAt;
    double trainingSeconds = 0;
    uint32_t formatVersion = 0;
    std::vector<uint8_t> state;                  // empty when listed without it
};

// One evaluation of a predictor's forecast on the actuals that came after it.
struct ModelEvaluation {
    std::string forecastName;
    int64_t origin = 0;      // the forecast's first period, Unix seconds
    std::string evaluatedAt;
    std::string metricsJson;
};

// A re-training schedule: when (as given: daily, weekly, hourly or a cron expression) and what.
struct StoredSchedule {
    std::string name;
    std::string every;
    std::string steps; // "import sales=/data/sales.csv; retrain p1; forecast p1; export /out/f.csv"
    std::string createdAt;
};

struct JobRecord {
    std::string kind;
    std::string detail;
    std::string outcome;
    std::string finishedAt;
};

enum class ProjectAccess { Auto, ReadOnly };

class ProjectFile {
public:
    static constexpr int kSchemaVersion = 6;

    ProjectFile(const ProjectFile&) = delete;
    ProjectFile& operator=(const ProjectFile&) = delete;

    // Creates a new, empty project; fails if the file exists.
    static Result<std::unique_ptr<ProjectFile>> create(const std::string& path);
    // Opens an existing project, migrating an older schema; a newer schema is an error. A file
    // that cannot be written (a read-only medium, no permission) opens read-only, as ReadOnly
    // asks: it reads, changes fail with "the project is read-only", and nothing on disk changes.
    static Result<std::unique_ptr<ProjectFile>> open(const std::string& path, ProjectAccess access = ProjectAccess::Auto);

    const std::string& path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const { return m_schemaVersion; }

    Result<std::vector<DatasetInfo>> datasets();
    Result<DatasetInfo> dataset(const std::string& name);

    // Stores a loaded dataset under a new name; frequency is recorded for time series.
    Result<DatasetInfo> addDataset(const std::string& name, const LoadedDataset& data,
                                   const DatasetSettings& settings, const JobContext& job = {});
    // Appends rows to a stored dataset in one transaction (live events to an interactions
    // dataset): each row gives values by column name, the others stay empty. Row count, item
    // count and time range follow.
    struct Cell {
        std::string column;
        std::variant<double, int64_t, std::string> value;
    };
    Status appendDatasetRows(const std::string& name, const std::vector<std::vector<Cell>>& rows);
    // For a server appending live events: SQLite's automatic checkpoint runs inside whichever
    // commit takes the WAL past 1,000 pages, writing and syncing the database on that request's
    // path. A server turns it off on its writing connection and checkpoints from another one;
    // a PASSIVE checkpoint never waits for, nor blocks, the writer.
    Status setAutomaticCheckpoints(bool on);
    Status checkpoint();
    // Reads a stored dataset back into memory, as it was imported.
    Result<LoadedDataset> loadDataset(const std::string& name, const JobContext& job = {});
    Status removeDataset(const std::string& name);
    // Renames a dataset; forecasts made from it follow the new name.
    Status renameDataset(const std::string& name, const std::string& newName);

    // Stores forecasts of a series set under a new name.
    Status addForecast(const StoredForecast& meta, const SeriesSet& series,
                       const std::vector<SeriesForecast>& forecasts);
    Result<std::vector<std::string>> forecastNames();
    Result<std::vector<ForecastInfo>> forecasts();
    Result<LoadedForecast> loadForecast(const std::string& name);
    Status removeForecast(const std::string& name);
    Status renameForecast(const std::string& name, const std::string& newName);
    Result<std::string> forecastEvaluation(const std::string& forecastName);

    Status addRecommender(const StoredRecommender& recommender);
    Result<std::vector<StoredRecommender>> recommenders();
    Status removeRecommender(const std::string& name);

    // Stores a trained model; the name must be new.
    Status addModel(const StoredModel& model);
    // Without their state unless asked.
    // Stores a model over the one of the same name, which must exist; what is tied to it stays.
    Status replaceModel(const StoredModel& model);
    Result<std::vector<StoredModel>> models(bool withState = false);
    Result<StoredModel> model(const std::string& name);
    Status removeModel(const std::string& name);
    // Ties a forecast to the predictor that made it, from origin on (for monitoring).
    Status linkForecastToModel(const std::string& model, const std::string& forecast, int64_t origin);
    // The forecasts made from a model: (forecast name, origin), oldest first.
    Result<std::vector<std::pair<std::string, int64_t>>> modelForecasts(const std::string& model);
    Status addModelEvaluation(const std::string& model, const ModelEvaluation& evaluation);
    Result<std::vector<ModelEvaluation>> modelEvaluations(const std::string& model);

    // base if no dataset, forecast or model has that name, else base-2, base-3...: one rule for
    // every generated name, so that a name freed by a deletion is not reused by accident.
    Result<std::string> unusedName(const std::string& base);

    Status addSchedule(const StoredSchedule& schedule);
    Result<std::vector<StoredSchedule>> schedules();
    Status removeSchedule(const std::string& name);

    // All that is stored until commit() is one change: a kill or a failure before it leaves
    // the project as it was.
    std::unique_ptr<SqliteTransaction> transaction() { return std::make_unique<SqliteTransaction>(m_db); }

    Status recordJob(const std::string& kind, const std::string& detail, const std::string& outcome);
    // The most recent jobs first.
    Result<std::vector<JobRecord>> jobs(int limit = 100);

private:
    ProjectFile() = default;
    Status configure();
    Status migrate();
    Status refuseTakenDatasetName(const std::string& name, const std::string& except = {});

    // The distinct items of a dataset events are appended to, so that each append counts them
    // without scanning the table; valid while no connection (this one included) has changed
    // the file since it was taken (SQLite's data_version and this connection's change count).
    struct AppendItemCache {
        int64_t datasetId = -1;
        int64_t dataVersion = -1;
        int64_t changes = -1;
        std::unordered_set<std::string> items;
    };

    SqliteDatabase m_db;
    AppendItemCache m_appendItems;
    std::string m_path;
    int m_schemaVersion = 0;
    bool m_readOnly = false;
};

const char* fieldRoleName(FieldRole role);
std::optional<FieldRole> fieldRoleFromName(std::string_view name);

} // namespace almanac
