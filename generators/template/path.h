// Field paths ("course.modules", "module.hours", "organisation.address.city"): resolved and
// type-checked against a Scope when the template is loaded, evaluated against Bindings when
// it is rendered.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "generators/template/types.h"

namespace fd::tmpl {

// The names visible at one point of a template: the roots of the document kind, then the
// variables of the enclosing loops (innermost last).
class Scope {
public:
    void push(std::string name, Type type) { names_.emplace_back(std::move(name), std::move(type)); }
    void pop() { names_.pop_back(); }
    const Type* find(const std::string& name) const;

private:
    std::vector<std::pair<std::string, Type>> names_;
};

// The values of those names while rendering.
class Bindings {
public:
    void push(std::string name, Value value) { values_.emplace_back(std::move(name), std::move(value)); }
    void pop() { values_.pop_back(); }
    const Value* find(const std::string& name) const;

private:
    std::vector<std::pair<std::string, Value>> values_;
};

struct Path {
    std::string text;                        // as written in the template
    std::string root;                        // a root or loop variable
    std::vector<const FieldDef*> steps;      // the fields followed from the root
    Type type;                               // the type of the value reached
};

// Why a path does not resolve: a "diag.template.*" key and its arguments.
struct PathProblem {
    std::string key;
    std::map<std::string, std::string> args;
};

// A name of a path: an ASCII letter, then letters and digits ("totalHours").
bool isIdentifier(const std::string& name);

std::variant<Path, PathProblem> resolvePath(const std::string& text, const Scope& scope);

// Throws std::logic_error when the root is not bound: the generator broke its vocabulary.
Value evaluate(const Path& path, const Bindings& bindings, const EvalEnv& env);

}  // namespace fd::tmpl
