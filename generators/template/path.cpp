#include "generators/template/path.h"

#include <stdexcept>

namespace fd::tmpl {

bool isIdentifier(const std::string& name) {
    if (name.empty() || !((name[0] >= 'a' && name[0] <= 'z') || (name[0] >= 'A' && name[0] <= 'Z'))) return false;
    for (char c : name)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
    return true;
}

namespace {

std::vector<std::string> splitDots(const std::string& text) {
    std::vector<std::string> parts;
    std::string::size_type start = 0;
    while (true) {
        auto dot = text.find('.', start);
        parts.push_back(text.substr(start, dot == std::string::npos ? std::string::npos : dot - start));
        if (dot == std::string::npos) return parts;
        start = dot + 1;
    }
}

}  // namespace

const Type* Scope::find(const std::string& name) const {
    for (auto it = names_.rbegin(); it != names_.rend(); ++it)
        if (it->first == name) return &it->second;
    return nullptr;
}

const Value* Bindings::find(const std::string& name) const {
    for (auto it = values_.rbegin(); it != values_.rend(); ++it)
        if (it->first == name) return &it->second;
    return nullptr;
}

std::variant<Path, PathProblem> resolvePath(const std::string& text, const Scope& scope) {
    const std::vector<std::string> names = splitDots(text);
    for (const auto& name : names)
        if (!isIdentifier(name)) return PathProblem{"diag.template.bad_path", {{"path", text}}};

    const Type* rootType = scope.find(names.front());
    if (!rootType) return PathProblem{"diag.template.unknown_variable", {{"path", text}, {"name", names.front()}}};

    Path path{text, names.front(), {}, *rootType};
    for (std::size_t i = 1; i < names.size(); ++i) {
        if (path.type.kind != Kind::Record)
            return PathProblem{"diag.template.not_a_record",
                               {{"path", text}, {"name", names[i - 1]}, {"type", path.type.describe()}}};
        const FieldDef* field = path.type.record->field(names[i]);
        if (!field)
            return PathProblem{"diag.template.unknown_field",
                               {{"path", text}, {"name", names[i]}, {"record", path.type.record->name()}}};
        path.steps.push_back(field);
        path.type = field->type;
    }
    return path;
}

Value evaluate(const Path& path, const Bindings& bindings, const EvalEnv& env) {
    const Value* root = bindings.find(path.root);
    if (!root) throw std::logic_error("template variable not bound: " + path.root);
    Value value = *root;
    for (const FieldDef* field : path.steps) {
        // Resolution guarantees every step but the last is a record.
        const RecordValue record = std::get<RecordValue>(value.data);
        value = record.object ? field->get(record.object, record.origin, env) : emptyValue(field->type);
    }
    return value;
}

}  // namespace fd::tmpl
