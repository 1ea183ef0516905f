#pragma once
// An ETS fit as a stored model keeps its form and estimates (smoothing parameters and initial
// states); the states after the data are filtered again from those for whatever history it is
// given, as forecast(ets(y, model = fit)) does.
#include "forecast/ets/EtsFit.h"
#include "util/ModelBytes.h"

namespace almanac::ets {

void writeEtsFit(ByteWriter& out, const EtsFit& fit);
EtsFit readEtsFit(ByteReader& in);

// fit's estimates run over y: final states, residual variance and likelihood for y. False when
// y leaves the model's domain (a multiplicative model meeting a zero).
bool refilterEts(EtsFit& fit, const std::vector<double>& y);

} // namespace almanac::ets
