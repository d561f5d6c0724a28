// The values a template reaches through field paths, and their static types.
// Every path is type-checked when the template is loaded (a list cannot be printed, an enum
// compared to a value it cannot take…), so rendering never meets a type it did not expect.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "generators/common/text_picker.h"
#include "i18n/i18n.h"
#include "model/model.h"

namespace fd::tmpl {

enum class Kind { Text, Localized, Hours, Money, Date, Integer, Bool, Enum, Record, List };

class RecordType;

struct Type {
    Kind kind = Kind::Text;
    const RecordType* record = nullptr;      // Kind::Record
    std::shared_ptr<const Type> element;     // Kind::List
    std::vector<std::string> enumValues;     // Kind::Enum

    static Type of(Kind kind);
    static Type enumeration(std::vector<std::string> values);
    static Type recordOf(const RecordType& record);
    static Type listOf(Type element);
    // The type's name in docs/templates.md: "text", "hours", "enum(fr|pt)", "list(module)"…
    std::string describe() const;
};

// Where a record was read from, so that its translatable texts can name their origin when a
// translation is missing ("course[MGT-ENT].audience", the course's line).
struct Origin {
    const SourceLoc* loc = nullptr;
    std::string field;                       // e.g. "course[MGT-ENT]", "course[MGT-ENT].modules[2]"

    // The origin of the text element `xmlName` of this record.
    gen::TextOrigin text(const std::string& xmlName) const;
    // The origin of a nested record: its own location when it has one, else this one.
    Origin child(const std::string& name, const SourceLoc* ownLoc = nullptr) const;
};

struct Money { Cents cents = 0; };

struct LocalizedValue {
    const LocalizedText* text = nullptr;
    gen::TextOrigin origin;
};

struct RecordValue {
    const RecordType* type = nullptr;
    const void* object = nullptr;            // null: an absent optional record (every field empty)
    Origin origin;
};

struct Value;
using ValueList = std::vector<Value>;

struct Value {
    std::variant<std::string, LocalizedValue, Hours, Money, Date, int64_t, bool, RecordValue, ValueList> data;
};

// The empty value of a type (absent optional records give these for all their fields).
Value emptyValue(const Type& type);

// What computed fields may look at besides their record.
struct EvalEnv {
    const Workspace* workspace = nullptr;    // sessions, the organisation's VAT regime, the root folder
    const i18n::Localizer* l10n = nullptr;   // names kept in catalogues (CNAEF areas)
    Date today;                              // certification validity, upcoming sessions
};

struct FieldDef {
    Type type;
    std::function<Value(const void* object, const Origin& origin, const EvalEnv& env)> get;
};

// A named record type with its fields (Organisation, Course, Module…).
class RecordType {
public:
    explicit RecordType(std::string name) : name_(std::move(name)) {}
    RecordType(const RecordType&) = delete;
    RecordType& operator=(const RecordType&) = delete;

    const std::string& name() const { return name_; }
    const FieldDef* field(const std::string& name) const;
    void add(const std::string& name, FieldDef def);

private:
    std::string name_;
    std::map<std::string, FieldDef> fields_;
};

// Declares the fields of a record type bound to the C++ type T, with typed accessors.
template <class T>
class Fields {
public:
    explicit Fields(RecordType& record) : record_(record) {}

    Fields& text(const std::string& name, std::function<std::string(const T&)> get) {
        return scalar(name, Type::of(Kind::Text), [get](const T& o) { return Value{get(o)}; });
    }
    // `xmlName` is the element of the workspace file the text comes from (for diagnostics).
    Fields& localized(const std::string& name, const std::string& xmlName,
                      std::function<const LocalizedText&(const T&)> get) {
        return computed(name, Type::of(Kind::Localized), [get, xmlName](const T& o, const Origin& origin, const EvalEnv&) {
            return Value{LocalizedValue{&get(o), origin.text(xmlName)}};
        });
    }
    Fields& hours(const std::string& name, std::function<Hours(const T&)> get) {
        return scalar(name, Type::of(Kind::Hours), [get](const T& o) { return Value{get(o)}; });
    }
    Fields& date(const std::string& name, std::function<Date(const T&)> get) {
        return scalar(name, Type::of(Kind::Date), [get](const T& o) { return Value{get(o)}; });
    }
    Fields& integer(const std::string& name, std::function<int64_t(const T&)> get) {
        return scalar(name, Type::of(Kind::Integer), [get](const T& o) { return Value{get(o)}; });
    }
    Fields& boolean(const std::string& name, std::function<bool(const T&)> get) {
        return scalar(name, Type::of(Kind::Bool), [get](const T& o) { return Value{get(o)}; });
    }
    Fields& enumeration(const std::string& name, std::vector<std::string> values,
                        std::function<std::string(const T&)> get) {
        return scalar(name, Type::enumeration(std::move(values)), [get](const T& o) { return Value{get(o)}; });
    }
    // A nested record, absent when `get` returns null; `xmlName` as for localized().
    template <class U>
    Fields& record(const std::string& name, const std::string& xmlName, const RecordType& type,
                   std::function<const U*(const T&)> get) {
        return computed(name, Type::recordOf(type), [get, &type, xmlName](const T& o, const Origin& origin, const EvalEnv&) {
            return Value{RecordValue{&type, get(o), origin.child(xmlName)}};
        });
    }
    // Anything else: lists, values derived from the environment.
    Fields& computed(const std::string& name, Type type,
                     std::function<Value(const T&, const Origin&, const EvalEnv&)> get) {
        record_.add(name, FieldDef{std::move(type), [get](const void* object, const Origin& origin, const EvalEnv& env) {
                                       return get(*static_cast<const T*>(object), origin, env);
                                   }});
        return *this;
    }

private:
    Fields& scalar(const std::string& name, Type type, std::function<Value(const T&)> get) {
        return computed(name, std::move(type), [get](const T& o, const Origin&, const EvalEnv&) { return get(o); });
    }

    RecordType& record_;
};

}  // namespace fd::tmpl
