#pragma once
// A module's parameters as bytes, bit for bit (float32), in registration order with their names
// and shapes, so that a reload into a module of the same shape is exact and a mismatch is caught.
#include "util/ModelBytes.h"
#include "util/Status.h"

#include <torch/torch.h>

namespace almanac::deep {

void writeParameters(ByteWriter& out, const torch::nn::Module& module);
Status readParameters(ByteReader& in, torch::nn::Module& module);

} // namespace almanac::deep
