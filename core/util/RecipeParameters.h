#pragma once
// What a recipe declares about itself instead of being recognised by name: its hyper-parameters
// (type, range, default) and its capabilities. The CLI, the train dialogs and auto read these.
#include "util/Status.h"

#include <limits>
#include <map>
#include <string>
#include <vector>

namespace almanac {

struct ParameterSpec {
    enum class Kind { Integer, Number, Choice, Text };
    std::string name;
    Kind kind = Kind::Number;
    double min = -std::numeric_limits<double>::infinity();
    double max = std::numeric_limits<double>::infinity();
    std::string defaultValue;
    std::vector<std::string> choices; // Choice: the accepted values (case-sensitive)
    std::string help;                 // Text: says the form it takes ("p,d,q or p,d,q,P,D,Q")

    static ParameterSpec integer(std::string name, double min, double max, std::string fallback, std::string help = {});
    static ParameterSpec number(std::string name, double min, double max, std::string fallback, std::string help = {});
    static ParameterSpec choice(std::string name, std::vector<std::string> choices, std::string fallback, std::string help = {});
    static ParameterSpec text(std::string name, std::string fallback, std::string help);
    // "integer in [1, 1000], default 64" style, for --help and the dialogs.
    std::string describe() const;
};

// Each given parameter must be declared and its value must parse and lie in range. prefixes:
// names "first.x" are accepted when "first" is in prefixes (a fusion passes them on).
Status validateParameters(const std::string& recipe, const std::vector<ParameterSpec>& declared,
                          const std::map<std::string, std::string>& given,
                          const std::vector<std::string>& prefixes = {});
// The value's error for one declared parameter, or ok.
Status validateParameter(const std::string& recipe, const ParameterSpec& spec, const std::string& value);
// For auto, which hands every parameter to each candidate: each must be declared by at least one
// (declared: each candidate's name and parameters), and valid for every one that declares it.
Status validateParametersForAny(const std::vector<std::pair<std::string, std::vector<ParameterSpec>>>& declared,
                                const std::map<std::string, std::string>& given);
// Strict number parsing: the whole text must be a finite number.
bool parseFiniteNumber(const std::string& text, double& value);

// How costly a recipe is to train, so that auto can budget it.
enum class RecipeCost { Cheap, Moderate, Expensive };

struct RecipeTraits {
    bool global = false;              // one model for all series / users
    RecipeCost cost = RecipeCost::Cheap;
    bool usesRelatedSeries = false;   // forecasting: related time series as inputs
    bool usesItemMetadata = false;
    bool usesUserMetadata = false;
    bool coldStartItems = false;      // forecasts / recommends items with no history
    bool updatesFromEvents = false;   // personalization: new events change results without refitting
    bool explicitFeedback = false;    // rating prediction (explicit values), not implicit events
    bool combinesRecipes = false;     // built from other recipes (fusion): auto composes it itself
    bool personalized = true;         // false: the same list for everyone (popularity, trending)
    // The search space is one parameter's values in order, along which quality rises to one peak
    // and falls (a regularisation strength): tuning walks from the default towards the better
    // neighbour and stops at the first step that does not improve, instead of trying them all.
    bool searchAlongOneParameter = false;
    // Forecasting: refitSeries() keeps a structure chosen on an older history (a form, orders)
    // and is much cheaper than fitSeries(); auto then searches each item's structure once.
    bool refitsFromOlderModel = false;
};

} // namespace almanac
