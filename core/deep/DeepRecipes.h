#pragma once
// The LibTorch recipes' entry point, free of torch headers: every face (CLI, workbench, tests)
// calls it once at start-up, before any worker thread, to add deepar (and later cnnqr) to the
// forecasting registry and to set torch's process-wide thread settings.
namespace almanac::deep {

void registerDeepRecipes();

} // namespace almanac::deep
