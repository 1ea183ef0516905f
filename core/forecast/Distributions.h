#pragma once

namespace almanac {

// The standard normal quantile function (Acklam's rational approximation refined by one Halley
// step: accurate to about 1e-15).
double normalQuantile(double p);

} // namespace almanac
