#pragma once
// The workbench's long operations as jobs for JobRunner: each opens its own connection to the
// project file (SQLite connections are per thread) and leaves the file unchanged when cancelled.
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
