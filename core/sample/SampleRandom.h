#pragma once
// Random draws built only on mt19937_64's raw output, whose sequence the C++ standard fixes:
// the std:: distributions differ between standard libraries, and the sample must not.
#include <cmath>
#include <cstdint>
#include <random>

namespace almanac {

class SampleRandom {
public:
    explicit SampleRandom(std::mt19937_64& engine) : m_engine(engine) {}

    double uniform() { return double(m_engine() >> 11) * (1.0 / 9007199254740992.0); }
    double uniform(double a, double b) { return a + (b - a) * uniform(); }
    int integer(int lo, int hi) { return lo + int(uniform() * double(hi - lo + 1)); } // inclusive
    bool chance(double p) { return uniform() < p; }
    double normal()
    {
        double u1 = uniform();
        while (u1 <= 1e-300) u1 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * uniform());
    }
    // Knuth's method for small means, a rounded normal approximation for large ones.
    int poisson(double mean)
    {
        if (mean <= 0) return 0;
        if (mean > 40) return std::max(0, int(std::lround(mean + std::sqrt(mean) * normal())));
        const double limit = std::exp(-mean);
        double p = 1.0;
        int k = 0;
        do {
            ++k;
            p *= uniform();
        } while (p > limit);
        return k - 1;
    }
    // Overdispersed counts: a Poisson whose mean varies log-normally (sd `spread`).
    int overdispersedCount(double mean, double spread)
    {
        return poisson(mean * std::exp(spread * normal() - spread * spread / 2));
    }

private:
    std::mt19937_64& m_engine;
};

} // namespace almanac
