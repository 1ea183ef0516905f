#pragma once
// The exponential-smoothing state-space models of Hyndman, Koehler, Ord & Snyder (2008):
// error A/M, trend N/A/Ad, season N/A/M. One model = a form plus parameters and initial states.
#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace almanac::ets {

enum class Component { None, Additive, Multiplicative };

struct EtsForm {
    Component error = Component::Additive;
    Component trend = Component::None;
    bool damped = false;
    Component season = Component::None;

    std::string name() const; // "A,Ad,M" style as forecast::ets prints "ETS(A,Ad,M)"
    bool isLinear() const { return error == Component::Additive && season != Component::Multiplicative; }
};

struct EtsParameters {
    double alpha = 0.5, beta = 0.0, gamma = 0.0, phi = 1.0;
    double level = 0.0, slope = 0.0;
    std::vector<double> seasonal; // m states; seasonal[i] applies to the i-th period of the first season
};

// Runs the model over y. Returns the likelihood criterion n*log(SSE) (+ 2*sum log|f| for
// multiplicative errors), +inf when a forecast leaves the model's domain. When given, residuals
// receive the one-step errors (relative for multiplicative errors) and final the last states.
double etsLikelihood(const std::vector<double>& y, const EtsForm& form, const EtsParameters& p, int m,
                     std::vector<double>* residuals = nullptr, EtsParameters* final = nullptr);

// Point forecasts from final states (seasonal[0] the season of the next period).
std::vector<double> etsPointForecast(const EtsForm& form, const EtsParameters& final, int m, int horizon);

// One simulated future path with Gaussian errors of standard deviation sigma (relative for
// multiplicative errors).
void etsSimulatePath(const EtsForm& form, const EtsParameters& final, int m, int horizon, double sigma,
                     std::mt19937_64& rng, std::vector<double>& path);

// Whether smoothing parameters keep the model forecastable (stable), as in Hyndman et al. (2008)
// chapter 10: the damped-trend and seasonal conditions, then the characteristic roots.
bool etsAdmissible(const EtsForm& form, const EtsParameters& p, int m);

// Whether every root of c[0] + c[1] z + ... + c[n] z^n lies inside the unit circle.
bool rootsInsideUnitCircle(std::vector<double> coefficients);

} // namespace almanac::ets
