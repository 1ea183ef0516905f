#pragma once
// The open project as the workbench sees it: the file, its datasets and forecasts, and the
// recommenders trained in this session. Reads here are small metadata queries on the GUI
// thread; anything that touches rows runs in a job with a connection of its own.
#include "project/PredictorMonitoring.h"
#include "store/ProjectFile.h"
#include "ui/TrainedRecommender.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <vector>

namespace almanac::ui {

class ProjectSession : public QObject {
    Q_OBJECT
public:
    explicit ProjectSession(QObject* parent = nullptr);
    ~ProjectSession() override;

    bool isOpen() const { return m_project != nullptr; }
    QString path() const { return m_path; }
    QString displayName() const;

    // On failure the message names the file and why.
    bool open(const QString& path, QString* error);
    bool create(const QString& path, QString* error);
    void close();

    const std::vector<DatasetInfo>& datasets() const { return m_datasets; }
    const std::vector<ForecastInfo>& forecasts() const { return m_forecasts; }
    const std::vector<JobRecord>& jobs() const { return m_jobs; }
    const DatasetInfo* dataset(const QString& name) const;
    const ForecastInfo* forecast(const QString& name) const;
    QStringList datasetNames(DatasetType type) const;

    // Recommenders loaded in this session; stored ones are read back (never refitted) when opened.
    const std::vector<std::shared_ptr<const TrainedRecommender>>& recommenders() const { return m_recommenders; }
    std::shared_ptr<const TrainedRecommender> recommender(const QString& name) const;
    void addRecommender(std::shared_ptr<const TrainedRecommender> recommender);
    const std::vector<StoredRecommender>& storedRecommenders() const { return m_stored; }
    const StoredRecommender* storedRecommender(const QString& name) const;
    // The holdout NDCG@10 a stored recommender was evaluated with (NaN: none).
    double holdoutNdcg10(const QString& recommender) const;
    // Stored and loaded ones together, stored first, each once.
    QStringList recommenderNames() const;
    // A name not used yet by any forecast or recommender, from base ("sales-ets" -> "sales-ets-2").
    QString uniqueName(const QString& base) const;

    // Predictors (trained forecasting models) kept in the project, listed without their state.
    const std::vector<StoredModel>& predictors() const { return m_predictors; }
    const StoredModel* predictor(const QString& name) const;
    // Its backtest baseline, monitoring evaluations and retraining times, read at refresh();
    // nullptr for an unknown name.
    const MonitoringHistory* monitoring(const QString& predictor) const;
    // The latest monitoring evaluation's mean wQL over the backtest's (NaN: nothing to compare).
    double driftRatio(const QString& predictor) const;
    bool removePredictor(const QString& name, QString* error);
    // Forecasts made from a predictor, oldest first.
    QStringList forecastsOf(const QString& predictor) const;

    const std::vector<StoredSchedule>& schedules() const { return m_schedules; }
    // Stores (and, when install, installs the timer that runs it with the CLI at cliPath); how
    // says how it was installed.
    bool addSchedule(const StoredSchedule& schedule, bool install, const QString& cliPath, QString* how, QString* error);
    bool removeSchedule(const QString& name, QString* error);

    bool renameDataset(const QString& name, const QString& newName, QString* error);
    bool removeDataset(const QString& name, QString* error);
    bool renameForecast(const QString& name, const QString& newName, QString* error);
    bool removeForecast(const QString& name, QString* error);
    bool removeRecommender(const QString& name);

public slots:
    // Re-reads the lists after a job changed the file.
    void refresh();

signals:
    void opened(const QString& path);
    void closed();
    void contentsChanged();

private:
    bool finishOpen(Result<std::unique_ptr<ProjectFile>> project, const QString& path, QString* error);

    std::unique_ptr<ProjectFile> m_project;
    QString m_path;
    std::vector<DatasetInfo> m_datasets;
    std::vector<ForecastInfo> m_forecasts;
    std::vector<JobRecord> m_jobs;
    std::vector<std::shared_ptr<const TrainedRecommender>> m_recommenders;
    std::vector<StoredRecommender> m_stored;
    std::vector<StoredModel> m_predictors;
    std::map<std::string, MonitoringHistory> m_monitoring;
    std::vector<StoredSchedule> m_schedules;
};

} // namespace almanac::ui
