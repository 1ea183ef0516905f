#pragma once
// The LibTorch recipes live in a plugin (libalmanac_deep_torch.so) that is loaded the first time
// a deep model is fitted, used or read: linked into the programs, LibTorch's start-up (about a
// second: thousands of operators registered) would be paid by every command, `--version`
// included. Looked for in $ALMANAC_DEEP_PLUGIN, beside the running program, in the install's
// library folder, then in the build tree.
#include "forecast/ForecastRecipe.h"
#include "recommend/RecommendRecipe.h"

#include <memory>
#include <string>

extern "C" {
// The plugin's entry point: a new recipe of that name (owned by the caller), or null.
using AlmanacDeepCreateRecipe = almanac::ForecastRecipe* (*)(const char* name);
using AlmanacDeepCreateRecommendRecipe = almanac::RecommendRecipe* (*)(const char* name);
}

namespace almanac::deep {

Result<std::unique_ptr<ForecastRecipe>> loadDeepRecipe(const std::string& name);
Result<std::unique_ptr<RecommendRecipe>> loadDeepRecommendRecipe(const std::string& name);

} // namespace almanac::deep
