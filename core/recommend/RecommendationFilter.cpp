#include "recommend/RecommendationFilter.h"

#include "data/NumberParsing.h"

#include <cctype>
#include <set>

namespace almanac {

namespace {

// A token and the 1-based character where it starts in the expression (a $PARAM's value's
// tokens carry the placeholder's position), so that every message can point at the text.
struct Token {
    std::string text;
    size_t position;
};

class Lexer {
public:
    explicit Lexer(const std::string& text) : m_text(text) {}
    // Words, quoted strings (returned with their quotes), $PARAMS, operators, ( ) , |
    std::vector<Token> tokens(Status& status)
    {
        std::vector<Token> out;
        size_t i = 0;
        while (i < m_text.size()) {
            const char c = m_text[i];
            if (std::isspace(static_cast<unsigned char>(c))) { ++i; continue; }
            if (c == '"') {
                size_t end = m_text.find('"', i + 1);
                if (end == std::string::npos) {
                    status = Status::invalidInput("--filter: unterminated string at position " + std::to_string(i + 1));
                    return {};
                }
                out.push_back({m_text.substr(i, end - i + 1), i + 1});
                i = end + 1;
            } else if (c == '(' || c == ')' || c == ',' || c == '|' || c == '=') {
                out.push_back({std::string(1, c), i + 1});
                ++i;
            } else if (c == '<' || c == '>' || c == '!') {
                if (i + 1 < m_text.size() && m_text[i + 1] == '=') {
                    out.push_back({m_text.substr(i, 2), i + 1});
                    i += 2;
                } else {
                    out.push_back({std::string(1, c), i + 1});
                    ++i;
                }
            } else {
                size_t end = i;
                while (end < m_text.size() && !std::isspace(static_cast<unsigned char>(m_text[end]))
                       && std::string("()\",|=<>!").find(m_text[end]) == std::string::npos)
                    ++end;
                out.push_back({m_text.substr(i, end - i), i + 1});
                i = end;
            }
        }
        return out;
    }

private:
    const std::string& m_text;
};

std::string unquote(const std::string& token)
{
    return token.size() >= 2 && token.front() == '"' ? token.substr(1, token.size() - 2) : token;
}

} // namespace

Result<RecommendationFilter> parseRecommendationFilter(const std::string& text,
                                                       const std::map<std::string, std::string>& parameters)
{
    Status status;
    std::vector<Token> tokens = Lexer(text).tokens(status);
    if (!status.isOk()) return status;
    // $PARAM placeholders become the tokens of their values.
    std::vector<Token> expanded;
    for (const Token& t : tokens) {
        if (t.text.size() > 1 && t.text[0] == '$') {
            auto it = parameters.find(t.text.substr(1));
            if (it == parameters.end())
                return Status::invalidInput("--filter: no value given for " + t.text + " at position " + std::to_string(t.position)
                                            + " (use --filter-values " + t.text.substr(1) + "=...)");
            for (Token& v : Lexer(it->second).tokens(status)) expanded.push_back({std::move(v.text), t.position});
            if (!status.isOk()) return status;
        } else {
            expanded.push_back(t);
        }
    }
    size_t pos = 0;
    auto peek = [&]() -> std::string { return pos < expanded.size() ? toUpper(expanded[pos].text) : std::string(); };
    auto fail = [&](const std::string& what) {
        return Status::invalidInput("--filter: " + what
                                    + (pos < expanded.size() ? " at position " + std::to_string(expanded[pos].position) + " ('"
                                                                   + expanded[pos].text + "')"
                                                             : " at the end (position " + std::to_string(text.size() + 1) + ")"));
    };

    RecommendationFilter filter;
    while (true) {
        FilterExpression expression;
        const std::string verb = peek();
        if (verb != "INCLUDE" && verb != "EXCLUDE") return fail("expected INCLUDE or EXCLUDE");
        expression.include = verb == "INCLUDE";
        ++pos;
        if (peek() != "ITEMID") return fail("expected ItemID");
        ++pos;
        if (peek() != "WHERE") return fail("expected WHERE");
        ++pos;
        std::vector<FilterCondition> group;
        while (true) {
            FilterCondition condition;
            const std::string field = pos < expanded.size() ? expanded[pos].text : "";
            condition.position = pos < expanded.size() ? expanded[pos].position : text.size() + 1;
            const size_t dot = field.find('.');
            if (dot == std::string::npos) return fail("expected Items.FIELD or Interactions.EVENT_TYPE");
            const std::string source = toUpper(field.substr(0, dot));
            if (source == "ITEMS") condition.source = FilterCondition::Source::Item;
            else if (source == "INTERACTIONS") condition.source = FilterCondition::Source::Interaction;
            else return fail("expected Items or Interactions");
            condition.field = field.substr(dot + 1);
            if (condition.source == FilterCondition::Source::Interaction && toUpper(condition.field) != "EVENT_TYPE")
                return fail("only Interactions.EVENT_TYPE can be filtered on");
            ++pos;
            std::string op = peek();
            if (op == "NOT") {
                ++pos;
                if (peek() != "IN") return fail("expected IN after NOT");
                op = "NOT IN";
            }
            if (op != "IN" && op != "NOT IN" && op != "=" && op != "!=" && op != "<" && op != "<=" && op != ">" && op != ">=")
                return fail("expected an operator (IN, NOT IN, =, !=, <, <=, >, >=)");
            condition.op = op;
            ++pos;
            if (op == "IN" || op == "NOT IN") {
                if (peek() != "(") return fail("expected (");
                ++pos;
                while (peek() != ")") {
                    if (pos >= expanded.size()) return fail("expected )");
                    condition.values.push_back(unquote(expanded[pos++].text));
                    if (peek() == ",") ++pos;
                }
                ++pos;
            } else {
                if (pos >= expanded.size()) return fail("expected a value");
                condition.values.push_back(unquote(expanded[pos++].text));
            }
            if (condition.source == FilterCondition::Source::Interaction && op != "IN" && op != "NOT IN")
                return fail("EVENT_TYPE takes IN or NOT IN");
            group.push_back(std::move(condition));
            if (peek() == "AND") { ++pos; continue; }
            expression.anyOf.push_back(std::move(group));
            group.clear();
            if (peek() == "OR") { ++pos; continue; }
            break;
        }
        filter.expressions.push_back(std::move(expression));
        if (peek() == "|") { ++pos; continue; }
        if (pos < expanded.size()) return fail("unexpected text");
        break;
    }
    return filter;
}

struct FilterEvaluator::Compiled {
    RecommendationFilter filter;
    size_t itemCount = 0;
    // Per condition (flattened in order): for item conditions, the matching items.
    std::vector<std::vector<bool>> itemMatches;
    // For interaction conditions: the user x item pairs of those event types.
    std::vector<std::shared_ptr<InteractionData>> eventPairs;
};

Result<FilterEvaluator> FilterEvaluator::create(const RecommendationFilter& filter, const InteractionData& data,
                                                const LoadedDataset* items, const LoadedDataset* interactions)
{
    auto compiled = std::make_shared<Compiled>();
    compiled->filter = filter;
    compiled->itemCount = data.itemCount();
    for (const FilterExpression& e : filter.expressions)
        for (const auto& group : e.anyOf)
            for (const FilterCondition& c : group) {
                if (c.source == FilterCondition::Source::Interaction) {
                    if (!interactions) return Status::internal("filter: interactions not given");
                    InteractionFilter byType;
                    byType.eventTypes = c.values;
                    auto pairs = InteractionData::fromDataset(*interactions, byType);
                    // No events of those types at all: an empty relation.
                    compiled->eventPairs.push_back(pairs.isOk() ? std::make_shared<InteractionData>(std::move(*pairs)) : nullptr);
                    compiled->itemMatches.emplace_back();
                    continue;
                }
                const std::string where = " (--filter, position " + std::to_string(c.position) + ")";
                if (!items) return Status::invalidInput("--filter uses Items." + c.field + where + ": give --items FILE");
                const DataColumn* id = items->table.columnWithRole(FieldRole::Item);
                const DataColumn* column = items->table.column(c.field);
                if (!column) {
                    std::string known;
                    for (const DataColumn& k : items->table.columns)
                        known += (known.empty() ? "" : ", ") + (k.sourceHeader.empty() ? k.name : k.sourceHeader);
                    return Status::invalidInput(items->fileName + ": row 1: no column '" + c.field + "', which --filter names as Items."
                                                + c.field + " at position " + std::to_string(c.position) + " (the columns: " + known + ")");
                }
                std::vector<bool> match(data.itemCount(), false);
                const bool numeric = c.op == "<" || c.op == "<=" || c.op == ">" || c.op == ">=";
                std::vector<double> bounds;
                for (const std::string& v : c.values) {
                    double x;
                    if (numeric && (!parseNumber(v, false, x) || std::isnan(x)))
                        return Status::invalidInput("--filter: " + c.op + " needs a number, got '" + v + "'" + where);
                    bounds.push_back(numeric ? x : 0.0);
                }
                const std::set<std::string> wanted(c.values.begin(), c.values.end());
                for (size_t r = 0; r < items->table.rowCount; ++r) {
                    const int64_t item = data.findItem(id->text(r));
                    if (item < 0) continue;
                    // The attribute's values: a number column, or text split on '|'.
                    std::vector<std::string> values;
                    std::string text = column->type == FieldType::Number ? std::to_string(column->numbers[r]) : column->text(r);
                    if (column->type == FieldType::String) {
                        size_t start = 0;
                        while (start <= text.size()) {
                            const size_t bar = text.find('|', start);
                            values.push_back(text.substr(start, bar == std::string::npos ? std::string::npos : bar - start));
                            if (bar == std::string::npos) break;
                            start = bar + 1;
                        }
                    } else {
                        values.push_back(text);
                    }
                    bool hit = false;
                    if (c.op == "IN" || c.op == "=" ) {
                        for (const std::string& v : values) hit |= wanted.count(v) > 0;
                    } else if (c.op == "NOT IN" || c.op == "!=") {
                        hit = !values.empty() && !values[0].empty();
                        for (const std::string& v : values) hit &= wanted.count(v) == 0;
                    } else {
                        double x;
                        if (!parseNumber(values.front(), false, x) || std::isnan(x)) continue;
                        const double b = bounds.front();
                        hit = c.op == "<" ? x < b : c.op == "<=" ? x <= b : c.op == ">" ? x > b : x >= b;
                    }
                    match[size_t(item)] = hit;
                }
                compiled->itemMatches.push_back(std::move(match));
                compiled->eventPairs.push_back(nullptr);
            }
    FilterEvaluator evaluator;
    evaluator.m_compiled = compiled;
    return evaluator;
}

std::vector<bool> FilterEvaluator::allowedItems(int64_t user) const
{
    const Compiled& c = *m_compiled;
    std::vector<bool> allowed(c.itemCount, true);
    size_t index = 0;
    for (const FilterExpression& e : c.filter.expressions) {
        std::vector<bool> matches(c.itemCount, false);
        for (const auto& group : e.anyOf) {
            std::vector<bool> all(c.itemCount, true);
            for (const FilterCondition& condition : group) {
                std::vector<bool> one(c.itemCount, false);
                if (condition.source == FilterCondition::Source::Item) {
                    one = c.itemMatches[index];
                } else if (c.eventPairs[index] && user >= 0) {
                    // The same user ids, coded by the same pool: the user's items of those types.
                    const InteractionData& pairs = *c.eventPairs[index];
                    const auto row = pairs.itemsOf(uint32_t(user));
                    for (size_t k = 0; k < row.size; ++k) one[row.items[k]] = true;
                    if (condition.op == "NOT IN") one.flip();
                } else if (condition.op == "NOT IN") {
                    one.assign(c.itemCount, true);
                }
                ++index;
                for (size_t i = 0; i < c.itemCount; ++i) all[i] = all[i] && one[i];
            }
            for (size_t i = 0; i < c.itemCount; ++i) matches[i] = matches[i] || all[i];
        }
        for (size_t i = 0; i < c.itemCount; ++i) allowed[i] = allowed[i] && (e.include ? matches[i] : !matches[i]);
    }
    return allowed;
}

} // namespace almanac
