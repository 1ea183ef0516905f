#pragma once
// The workbench's long operations as jobs for JobRunner: each opens its own connection to the
// project file (SQLite connections are per thread) and leaves the file unchanged when cancelled.
#include "project/PredictorWorkflow.h"
#include "project/ProjectForecasting.h"
#include "ui/ImportWizard.h"
#include "ui/JobRunner.h"
#include "ui/TrainRecommenderDialog.h"
#include "ui/TrainedRecommender.h"

#include <memory>
#include <string>
#include <vector>

namespace almanac::ui {

JobRunner::Work storeDatasetJob(const QString& projectPath, ImportRequest request);

// result: the stored forecast's name; notes, when given: what the run left out and why.
JobRunner::Work trainForecastJob(const QString& projectPath, ProjectForecastRequest request, std::shared_ptr<std::string> result,
                                 std::shared_ptr<std::vector<std::string>> notes = nullptr);
// The predictor lifecycle: train and keep a predictor with its first forecast; forecast again
// from it on the dataset as it is now (no refit); retrain it with its settings; run a schedule.
struct PredictorJobResult {
    std::string predictor, forecast;
    std::vector<std::string> notes;
};
// The workbench's Train form as a predictor request: same data, recipe, settings, and the band
// calibrated on the backtest as the workbench always does.
TrainPredictorRequest predictorRequestFrom(const ProjectForecastRequest& request);
JobRunner::Work trainPredictorJob(const QString& projectPath, TrainPredictorRequest request, std::shared_ptr<PredictorJobResult> result);
JobRunner::Work forecastAgainJob(const QString& projectPath, const QString& predictor, int threads,
                                 std::shared_ptr<PredictorJobResult> result);
JobRunner::Work retrainPredictorJob(const QString& projectPath, const QString& predictor, int threads,
                                    std::shared_ptr<PredictorJobResult> result);
JobRunner::Work runScheduleJob(const QString& projectPath, const QString& schedule, std::shared_ptr<std::vector<std::string>> done);

// Trains (auto evaluates on a holdout first) and stores the recommender's definition.
JobRunner::Work trainRecommenderJob(const QString& projectPath, RecommenderRequest request, int threads,
                                    std::shared_ptr<std::shared_ptr<const TrainedRecommender>> result);
// Reads a stored recommender back without fitting it (one from an older project, kept only by
// its definition, is trained once and stored).
JobRunner::Work loadRecommenderJob(const QString& projectPath, StoredRecommender stored, int threads,
                                   std::shared_ptr<std::shared_ptr<const TrainedRecommender>> result);
// The bundled sample project, with a first forecast so that every view has something to show.
JobRunner::Work createSampleProjectJob(const QString& projectPath, int threads);

} // namespace almanac::ui
