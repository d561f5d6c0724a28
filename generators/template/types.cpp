#include "generators/template/types.h"

namespace fd::tmpl {

Type Type::of(Kind kind) {
    Type type;
    type.kind = kind;
    return type;
}

Type Type::enumeration(std::vector<std::string> values) {
    Type type = of(Kind::Enum);
    type.enumValues = std::move(values);
    return type;
}

Type Type::recordOf(const RecordType& record) {
    Type type = of(Kind::Record);
    type.record = &record;
    return type;
}

Type Type::listOf(Type element) {
    Type type = of(Kind::List);
    type.element = std::make_shared<const Type>(std::move(element));
    return type;
}

std::string Type::describe() const {
    switch (kind) {
    case Kind::Text: return "text";
    case Kind::Localized: return "localized-text";
    case Kind::Hours: return "hours";
    case Kind::Money: return "money";
    case Kind::Date: return "date";
    case Kind::Integer: return "integer";
    case Kind::Bool: return "bool";
    case Kind::Enum: {
        std::string text = "enum(";
        for (const auto& value : enumValues) text += (text.back() == '(' ? "" : "|") + value;
        return text + ')';
    }
    case Kind::Record: return "record(" + record->name() + ')';
    case Kind::List: return "list(" + element->describe() + ')';
    }
    return {};
}

gen::TextOrigin Origin::text(const std::string& xmlName) const {
    gen::TextOrigin origin;
    if (loc) {
        origin.file = loc->file;
        origin.line = loc->lineOf(xmlName);
    }
    origin.field = field.empty() ? xmlName : field + '.' + xmlName;
    return origin;
}

Origin Origin::child(const std::string& name, const SourceLoc* ownLoc) const {
    return Origin{ownLoc ? ownLoc : loc, field.empty() ? name : field + '.' + name};
}

Value emptyValue(const Type& type) {
    switch (type.kind) {
    case Kind::Text:
    case Kind::Enum: return Value{std::string()};
    case Kind::Localized: return Value{LocalizedValue{}};
    case Kind::Hours: return Value{Hours{}};
    case Kind::Money: return Value{Money{}};
    case Kind::Date: return Value{Date{}};
    case Kind::Integer: return Value{int64_t{0}};
    case Kind::Bool: return Value{false};
    case Kind::Record: return Value{RecordValue{type.record, nullptr, Origin{}}};
    case Kind::List: return Value{ValueList{}};
    }
    return Value{std::string()};
}

const FieldDef* RecordType::field(const std::string& name) const {
    auto it = fields_.find(name);
    return it == fields_.end() ? nullptr : &it->second;
}

void RecordType::add(const std::string& name, FieldDef def) { fields_[name] = std::move(def); }

}  // namespace fd::tmpl
