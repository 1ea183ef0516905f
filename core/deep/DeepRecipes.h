#pragma once
// The LibTorch recipes' entry point, free of torch headers: every face (CLI, workbench, tests)
// calls it once at start-up, before any worker thread, to add deepar (and later cnnqr) to the
// forecasting registry. Torch itself is loaded only when a deep model is first used.
namespace almanac::deep {

void registerDeepRecipes();

} // namespace almanac::deep
