#pragma once
// Recipes created by name (DESIGN §7, like LightGBM's objective factory): adding a recipe is one
// class and one line in its half's registry (forecastRecipes(), recommendRecipes()).
#include <algorithm>
#include <cctype>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace almanac {

template <typename Recipe>
class RecipeRegistry {
public:
    using Factory = std::function<std::unique_ptr<Recipe>()>;

    explicit RecipeRegistry(std::vector<std::pair<std::string, Factory>> factories) : m_factories(std::move(factories)) {}

    // nullptr for an unknown name; names match case-insensitively.
    std::unique_ptr<Recipe> create(std::string name) const
    {
        std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return char(std::tolower(c)); });
        for (const auto& [n, factory] : m_factories)
            if (n == name) return factory();
        return nullptr;
    }
    // Adds a recipe, or replaces the one of that name.
    void add(std::string name, Factory factory)
    {
        for (auto& entry : m_factories)
            if (entry.first == name) {
                entry.second = std::move(factory);
                return;
            }
        m_factories.emplace_back(std::move(name), std::move(factory));
    }
    std::vector<std::string> names() const
    {
        std::vector<std::string> out;
        for (const auto& entry : m_factories) out.push_back(entry.first);
        return out;
    }
    std::string joinedNames() const
    {
        std::string out;
        for (const auto& entry : m_factories) out += (out.empty() ? "" : ", ") + entry.first;
        return out;
    }

private:
    std::vector<std::pair<std::string, Factory>> m_factories;
};

} // namespace almanac
