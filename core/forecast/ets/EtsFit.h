#pragma once
// Maximum-likelihood fitting of one ETS form, and automatic selection among forms by AICc,
// following forecast::ets (Hyndman & Khandakar 2008).
#include "forecast/ets/EtsModel.h"

#include <optional>
#include <string>
#include <vector>

namespace almanac::ets {

struct EtsFit {
    EtsForm form;
    EtsParameters parameters; // smoothing parameters and initial states
    EtsParameters final;      // states after the last observation
    int m = 1;
    int parameterCount = 0;   // estimated parameters + 1 for the error variance
    double likelihoodCriterion = 0; // n*log(SSE) (+2 sum log|f|)
    double aic = 0, aicc = 0, bic = 0;
    double sigma2 = 0;        // residual variance, sum e^2 / (n - parameters)
    size_t n = 0;
};

struct EtsFitOptions {
    // Parameters to search from (a fit of the same form to the same series' start: an older
    // history's, or a screening fit) instead of the heuristic starting values.
    const EtsParameters* start = nullptr;
    // Screening: the smoothing parameters alone, the starting states held (a few hundred cheap
    // evaluations instead of a thousand over every state).
    bool smoothingOnly = false;
};
std::optional<EtsFit> fitEtsForm(const std::vector<double>& y, const EtsForm& form, int m, const EtsFitOptions& options = {});

struct EtsSelection {
    bool allowMultiplicative = true; // error and season; only used where y > 0
    bool allowDamped = true;
    std::optional<EtsForm> only;     // fit this form only ("model" parameter)
    // Every form is screened (EtsFitOptions::smoothingOnly) and only this many, lowest AICc
    // first, are fitted fully; 0 fits every form fully.
    int fullyFitted = 0;
};

// The form with the lowest AICc among those the data allows; nullopt if none fits.
std::optional<EtsFit> selectEts(const std::vector<double>& y, int m, const EtsSelection& selection = {});

// Parses "ZZZ"-style codes: "AAN", "MAdM", "ANN"... ('Z' in a position means choose).
bool parseEtsCode(const std::string& code, EtsSelection& selection);

} // namespace almanac::ets
