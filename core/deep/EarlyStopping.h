#pragma once
// Early stopping on a validation loss, shared by the deep forecasting recipes: the best weights
// are kept, a plateau of half the patience halves Adam's step (as GluonTS's learning-rate
// schedule does), the full patience without improvement stops, and the best weights come back.
#include <torch/torch.h>

#include <limits>
#include <vector>

namespace almanac::deep {

class EarlyStopping {
public:
    EarlyStopping(int patience, double learningRate) : m_patience(patience), m_learningRate(learningRate) {}

    // After an epoch: true when training should stop.
    bool observe(double validationLoss, torch::nn::Module& module, torch::optim::Adam& optimiser);
    // The best weights seen, if any epoch was observed.
    void restoreBest(torch::nn::Module& module) const;

private:
    int m_patience;
    double m_learningRate;
    double m_best = std::numeric_limits<double>::infinity();
    std::vector<torch::Tensor> m_bestParameters;
    int m_stale = 0;
};

} // namespace almanac::deep
