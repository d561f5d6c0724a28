#include "writers/pdf/serialised_objects.h"

#include <stdexcept>
#include <string_view>

namespace fd::pdf {
namespace {

using PoDoFo::PdfObject;
using PoDoFo::PdfReference;

// New numbers in the order a depth-first walk from the root meets the objects: the root first.
using Numbering = std::map<PdfReference, int>;

void number(const PdfObject& value, const PoDoFo::PdfVecObjects& objects, Numbering& numbers,
            std::vector<const PdfObject*>& order, int first) {
    if (value.IsReference()) {
        if (numbers.count(value.GetReference())) return;
        const PdfObject* target = objects.GetObject(value.GetReference());
        if (!target) throw std::logic_error("PDF writer: a stored object refers to a missing object");
        numbers.emplace(value.GetReference(), first + static_cast<int>(order.size()));
        order.push_back(target);
        number(*target, objects, numbers, order, first);
        return;
    }
    if (value.IsDictionary()) {
        for (const auto& entry : value.GetDictionary().GetKeys()) number(*entry.second, objects, numbers, order, first);
    } else if (value.IsArray()) {
        for (const PdfObject& item : value.GetArray()) number(item, objects, numbers, order, first);
    }
}

void appendValue(std::string& out, const PdfObject& value, const Numbering& numbers, bool skipLength = false);

// A value after a key or another array item: separated by a space unless its text starts with
// a delimiter (PoDoFo's own text for numbers starts with one).
void appendSeparated(std::string& out, const PdfObject& value, const Numbering& numbers) {
    std::string text;
    appendValue(text, value, numbers);
    if (!text.empty() && std::string_view(" /[<(").find(text.front()) == std::string_view::npos) out += ' ';
    out += text;
}

void appendValue(std::string& out, const PdfObject& value, const Numbering& numbers, bool skipLength) {
    if (value.IsReference()) {
        out += std::to_string(numbers.at(value.GetReference()));
        out += " 0 R";
    } else if (value.IsDictionary()) {
        out += "<<";
        for (const auto& [key, entry] : value.GetDictionary().GetKeys()) {
            if (skipLength && key == PoDoFo::PdfName::KeyLength) continue;
            out += '/';
            out += key.GetEscapedName();
            appendSeparated(out, *entry, numbers);
        }
        out += ">>";
    } else if (value.IsArray()) {
        out += '[';
        bool firstItem = true;
        for (const PdfObject& item : value.GetArray()) {
            if (firstItem) appendValue(out, item, numbers);
            else appendSeparated(out, item, numbers);
            firstItem = false;
        }
        out += ']';
    } else {
        std::string text;   // numbers, names, strings, booleans, the frozen raw values of stock fonts
        value.ToString(text, PoDoFo::ePdfWriteMode_Compact);
        out += text;
    }
}

}  // namespace

void appendIndirectObject(std::string& out, int number, const std::string& dictionary, const std::string* stream) {
    out += std::to_string(number);
    out += " 0 obj\n";
    if (!stream) {
        out += dictionary;
        out += "\nendobj\n";
        return;
    }
    // The dictionary ends with ">>": /Length goes just before it.
    out.append(dictionary, 0, dictionary.size() - 2);
    out += "/Length ";
    out += std::to_string(stream->size());
    out += ">>\nstream\n";
    out += *stream;
    out += "\nendstream\nendobj\n";
}

const SerialisedObjects& SerialisedGraph::numberedFrom(int first) {
    auto found = byFirst_.find(first);
    if (found != byFirst_.end()) return found->second;

    Numbering numbers;
    std::vector<const PdfObject*> order{&root_};
    numbers.emplace(root_.Reference(), first);
    number(root_, objects_, numbers, order, first);

    SerialisedObjects serialised;
    serialised.first = first;
    for (size_t i = 0; i < order.size(); ++i) {
        const PdfObject& object = *order[i];
        serialised.offsets.push_back(serialised.bytes.size());
        std::string dictionary;
        appendValue(dictionary, object, numbers, /*skipLength=*/object.HasStream());
        if (object.HasStream()) {
            char* data = nullptr;
            PoDoFo::pdf_long length = 0;
            object.GetStream()->GetCopy(&data, &length);   // still encoded: /Filter came with the dictionary
            const std::string stream(data, static_cast<size_t>(length));
            PoDoFo::podofo_free(data);
            appendIndirectObject(serialised.bytes, first + static_cast<int>(i), dictionary, &stream);
        } else {
            appendIndirectObject(serialised.bytes, first + static_cast<int>(i), dictionary, nullptr);
        }
    }
    return byFirst_.emplace(first, std::move(serialised)).first->second;
}

}  // namespace fd::pdf
