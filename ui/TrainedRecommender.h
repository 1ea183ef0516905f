#pragma once
// A recommender trained in this session, with the datasets it was trained from (the fitted
// recipe keeps references into them, so they live exactly as long as it does).
#include "data/DatasetLoader.h"
#include "recommend/RecommenderTraining.h"

#include <QString>

#include <memory>

namespace almanac::ui {

struct TrainedRecommender {
    QString name;
    QString interactionsDataset;
    QString itemsDataset; // empty when trained without item metadata
    std::shared_ptr<LoadedDataset> interactions;
    std::shared_ptr<const LoadedDataset> items;
    TrainedModel model;
};

} // namespace almanac::ui
