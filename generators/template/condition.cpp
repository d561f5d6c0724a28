#include "generators/template/condition.h"

#include <algorithm>
#include <sstream>
#include <vector>

namespace fd::tmpl {

namespace {

std::vector<std::string> words(const std::string& text) {
    std::istringstream stream(text);
    std::vector<std::string> result;
    for (std::string word; stream >> word;) result.push_back(word);
    return result;
}

}  // namespace

std::variant<Condition, PathProblem> parseCondition(const std::string& text, const Scope& scope) {
    const std::vector<std::string> w = words(text);
    const PathProblem malformed{"diag.template.bad_condition", {{"condition", text}}};

    Condition condition;
    condition.text = text;
    std::string pathText;
    if (w.size() == 1) {
        pathText = w[0];
    } else if (w.size() == 2 && w[0] == "not") {
        condition.negate = true;
        pathText = w[1];
    } else if (w.size() == 3 && (w[1] == "=" || w[1] == "!=")) {
        pathText = w[0];
        condition.negate = w[1] == "!=";
        condition.equals = w[2];
    } else {
        return malformed;
    }

    auto resolved = resolvePath(pathText, scope);
    if (auto* problem = std::get_if<PathProblem>(&resolved)) return *problem;
    condition.path = std::get<Path>(std::move(resolved));

    if (condition.equals) {
        const Type& type = condition.path.type;
        if (type.kind != Kind::Enum)
            return PathProblem{"diag.template.wrong_type",
                               {{"path", pathText}, {"type", type.describe()}, {"expected", "enum"}}};
        if (std::find(type.enumValues.begin(), type.enumValues.end(), *condition.equals) == type.enumValues.end())
            return PathProblem{"diag.template.unknown_enum_value",
                               {{"path", pathText}, {"value", *condition.equals}, {"values", type.describe()}}};
    }
    return condition;
}

bool isSet(const Value& value) {
    struct Visitor {
        bool operator()(const std::string& s) const { return !s.empty(); }
        bool operator()(const LocalizedValue& l) const { return l.text && !l.text->empty(); }
        bool operator()(const Hours& h) const { return h.hundredths != 0; }
        bool operator()(const Money& m) const { return m.cents != 0; }
        bool operator()(const Date& d) const { return !d.empty(); }
        bool operator()(int64_t i) const { return i != 0; }
        bool operator()(bool b) const { return b; }
        bool operator()(const RecordValue& r) const { return r.object != nullptr; }
        bool operator()(const ValueList& l) const { return !l.empty(); }
    };
    return std::visit(Visitor{}, value.data);
}

bool holds(const Condition& condition, const Bindings& bindings, const EvalEnv& env) {
    const Value value = evaluate(condition.path, bindings, env);
    const bool result = condition.equals ? std::get<std::string>(value.data) == *condition.equals : isSet(value);
    return result != condition.negate;
}

}  // namespace fd::tmpl
