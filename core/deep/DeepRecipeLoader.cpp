#include "deep/DeepRecipeLoader.h"

#include <dlfcn.h>
#include <unistd.h>

#include <climits>
#include <cstdlib>
#include <mutex>
#include <vector>

namespace almanac::deep {

namespace {

constexpr const char* kPluginFile = "libalmanac_deep_torch.so";

std::string programFolder()
{
    char buffer[PATH_MAX];
    const ssize_t n = readlink("/proc/self/exe", buffer, sizeof buffer - 1);
    if (n <= 0) return {};
    std::string path(buffer, size_t(n));
    return path.substr(0, path.rfind('/'));
}

struct Plugin {
    AlmanacDeepCreateRecipe create = nullptr;
    AlmanacDeepCreateRecommendRecipe createRecommend = nullptr;
    std::string error;
};

const Plugin& plugin()
{
    static Plugin loaded;
    static std::once_flag once;
    std::call_once(once, [] {
        std::vector<std::string> candidates;
        if (const char* explicitPath = std::getenv("ALMANAC_DEEP_PLUGIN")) candidates.push_back(explicitPath);
        const std::string folder = programFolder();
        if (!folder.empty()) {
            candidates.push_back(folder + "/" + kPluginFile);
            candidates.push_back(folder + "/../lib/almanac/" + kPluginFile);
        }
        candidates.push_back(ALMANAC_DEEP_PLUGIN_INSTALL_DIR "/" + std::string(kPluginFile));
        if (std::string(ALMANAC_DEEP_PLUGIN_BUILD_PATH).size()) candidates.push_back(ALMANAC_DEEP_PLUGIN_BUILD_PATH);
        std::string errors;
        for (const std::string& path : candidates) {
            if (access(path.c_str(), R_OK) != 0) continue;
            // Never unloaded: torch's threads and registries live as long as the process.
            void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
            if (!handle) {
                errors += std::string(errors.empty() ? "" : "; ") + dlerror();
                continue;
            }
            loaded.create = reinterpret_cast<AlmanacDeepCreateRecipe>(dlsym(handle, "almanac_deep_create_recipe"));
            loaded.createRecommend =
                reinterpret_cast<AlmanacDeepCreateRecommendRecipe>(dlsym(handle, "almanac_deep_create_recommend_recipe"));
            if (loaded.create && loaded.createRecommend) return;
            errors += "; " + path + " has no entry point";
        }
        loaded.error = "the LibTorch recipes could not be loaded (" + std::string(kPluginFile) + " "
                       + (errors.empty() ? "not found; set ALMANAC_DEEP_PLUGIN to its path" : errors) + ")";
    });
    return loaded;
}

} // namespace

Result<std::unique_ptr<ForecastRecipe>> loadDeepRecipe(const std::string& name)
{
    const Plugin& p = plugin();
    if (!p.create) return Status::unsupported(name + ": " + p.error);
    std::unique_ptr<ForecastRecipe> recipe(p.create(name.c_str()));
    if (!recipe) return Status::internal("the LibTorch plugin has no recipe '" + name + "'");
    return recipe;
}

Result<std::unique_ptr<RecommendRecipe>> loadDeepRecommendRecipe(const std::string& name)
{
    const Plugin& p = plugin();
    if (!p.createRecommend) return Status::unsupported(name + ": " + p.error);
    std::unique_ptr<RecommendRecipe> recipe(p.createRecommend(name.c_str()));
    if (!recipe) return Status::internal("the LibTorch plugin has no recipe '" + name + "'");
    return recipe;
}

} // namespace almanac::deep
