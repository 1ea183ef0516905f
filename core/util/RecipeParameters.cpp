#include "util/RecipeParameters.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <sstream>

namespace almanac {

ParameterSpec ParameterSpec::integer(std::string name, double min, double max, std::string fallback, std::string help)
{
    ParameterSpec p;
    p.name = std::move(name);
    p.kind = Kind::Integer;
    p.min = min;
    p.max = max;
    p.defaultValue = std::move(fallback);
    p.help = std::move(help);
    return p;
}

ParameterSpec ParameterSpec::number(std::string name, double min, double max, std::string fallback, std::string help)
{
    ParameterSpec p = integer(std::move(name), min, max, std::move(fallback), std::move(help));
    p.kind = Kind::Number;
    return p;
}

ParameterSpec ParameterSpec::choice(std::string name, std::vector<std::string> choices, std::string fallback, std::string help)
{
    ParameterSpec p;
    p.name = std::move(name);
    p.kind = Kind::Choice;
    p.choices = std::move(choices);
    p.defaultValue = std::move(fallback);
    p.help = std::move(help);
    return p;
}

ParameterSpec ParameterSpec::text(std::string name, std::string fallback, std::string help)
{
    ParameterSpec p;
    p.name = std::move(name);
    p.kind = Kind::Text;
    p.defaultValue = std::move(fallback);
    p.help = std::move(help);
    return p;
}

namespace {

std::string plain(double v)
{
    std::ostringstream out;
    out << v;
    return out.str();
}

std::string range(const ParameterSpec& p)
{
    const bool lo = std::isfinite(p.min), hi = std::isfinite(p.max);
    if (lo && hi) return " in [" + plain(p.min) + ", " + plain(p.max) + "]";
    if (lo) return " >= " + plain(p.min);
    if (hi) return " <= " + plain(p.max);
    return {};
}

} // namespace

std::string ParameterSpec::describe() const
{
    std::string out;
    switch (kind) {
    case Kind::Integer: out = "integer" + range(*this); break;
    case Kind::Number: out = "number" + range(*this); break;
    case Kind::Choice: {
        out = "one of ";
        for (size_t i = 0; i < choices.size(); ++i) out += (i ? ", " : "") + choices[i];
        break;
    }
    case Kind::Text: out = help; break;
    }
    if (!defaultValue.empty()) out += ", default " + defaultValue;
    return out;
}

bool parseFiniteNumber(const std::string& text, double& value)
{
    if (text.empty() || std::isspace(static_cast<unsigned char>(text.front()))) return false;
    errno = 0;
    char* end = nullptr;
    value = std::strtod(text.c_str(), &end);
    return end == text.c_str() + text.size() && errno != ERANGE && std::isfinite(value);
}

Status validateParameter(const std::string& recipe, const ParameterSpec& p, const std::string& value)
{
    const std::string what = recipe + ": parameter '" + p.name + "'";
    switch (p.kind) {
    case ParameterSpec::Kind::Integer:
    case ParameterSpec::Kind::Number: {
        double v = 0;
        if (!parseFiniteNumber(value, v))
            return Status::invalidInput(what + ": '" + value + "' is not a number (" + p.describe() + ")");
        if (p.kind == ParameterSpec::Kind::Integer && v != std::floor(v))
            return Status::invalidInput(what + ": '" + value + "' is not a whole number (" + p.describe() + ")");
        if (v < p.min || v > p.max)
            return Status::invalidInput(what + ": " + value + " is out of range (" + p.describe() + ")");
        return Status::ok();
    }
    case ParameterSpec::Kind::Choice:
        if (std::find(p.choices.begin(), p.choices.end(), value) == p.choices.end())
            return Status::invalidInput(what + ": '" + value + "' is not " + p.describe());
        return Status::ok();
    case ParameterSpec::Kind::Text:
        if (value.empty()) return Status::invalidInput(what + ": empty (" + p.help + ")");
        return Status::ok();
    }
    return Status::ok();
}

Status validateParameters(const std::string& recipe, const std::vector<ParameterSpec>& declared,
                          const std::map<std::string, std::string>& given, const std::vector<std::string>& prefixes)
{
    for (const auto& entry : given) {
        // Not a structured binding: clang 14 (the checking build) cannot capture one in a lambda.
        const std::string& name = entry.first;
        const std::string& value = entry.second;
        const auto dot = name.find('.');
        if (dot != std::string::npos
            && std::find(prefixes.begin(), prefixes.end(), name.substr(0, dot)) != prefixes.end())
            continue; // checked by the recipe that receives it
        const auto it = std::find_if(declared.begin(), declared.end(), [&](const ParameterSpec& p) { return p.name == name; });
        if (it == declared.end()) {
            std::string known;
            for (const ParameterSpec& p : declared) known += (known.empty() ? "" : ", ") + p.name;
            return Status::invalidInput(recipe + ": unknown parameter '" + name + "' (known: "
                                        + (known.empty() ? std::string("none") : known) + ")");
        }
        ALMANAC_RETURN_IF_ERROR(validateParameter(recipe, *it, value));
    }
    return Status::ok();
}

Status validateParametersForAny(const std::vector<std::pair<std::string, std::vector<ParameterSpec>>>& declared,
                                const std::map<std::string, std::string>& given)
{
    for (const auto& [name, value] : given) {
        bool found = false;
        for (const auto& [recipe, parameters] : declared)
            for (const ParameterSpec& p : parameters)
                if (p.name == name) {
                    ALMANAC_RETURN_IF_ERROR(validateParameter(recipe, p, value));
                    found = true;
                }
        if (!found) return Status::invalidInput("auto: unknown parameter '" + name + "' (no recipe takes it)");
    }
    return Status::ok();
}

} // namespace almanac
