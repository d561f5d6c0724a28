#include "readers/xml_file.h"

#include <algorithm>

#include "readers/file_io.h"

namespace fd::readers {

namespace {

// The reason of a parse failure, as the selector of the diag.xml.malformed message.
const char* failureReason(pugi::xml_parse_status status) {
    switch (status) {
        case pugi::status_unrecognized_tag: return "unrecognized_tag";
        case pugi::status_bad_pi: return "bad_pi";
        case pugi::status_bad_comment: return "bad_comment";
        case pugi::status_bad_cdata: return "bad_cdata";
        case pugi::status_bad_doctype: return "bad_doctype";
        case pugi::status_bad_pcdata: return "bad_pcdata";
        case pugi::status_bad_start_element: return "bad_start_element";
        case pugi::status_bad_attribute: return "bad_attribute";
        case pugi::status_bad_end_element: return "bad_end_element";
        case pugi::status_end_element_mismatch: return "end_element_mismatch";
        case pugi::status_no_document_element: return "no_document_element";
        default: return "other";
    }
}

}  // namespace

bool XmlFile::parse(std::string content, Diagnostics& diagnostics) {
    lineStarts_.assign(1, 0);
    for (size_t i = 0; i < content.size(); ++i)
        if (content[i] == '\n') lineStarts_.push_back(i + 1);
    // parse_default keeps node offsets usable: names stay where they were in the buffer.
    const pugi::xml_parse_result result =
        document_.load_buffer(content.data(), content.size(), pugi::parse_default, pugi::encoding_utf8);
    if (result) return true;
    diagnostics.error(name_, lineAtOffset(result.offset), "", "diag.xml.malformed",
                      {{"reason", failureReason(result.status)}});
    return false;
}

bool XmlFile::load(const std::string& path, Diagnostics& diagnostics) {
    auto bytes = readFileBytes(path);
    if (!bytes) {
        diagnostics.error(name_, 0, "", "diag.file.unreadable", {{"file", name_}});
        return false;
    }
    return parse(std::move(*bytes), diagnostics);
}

int XmlFile::lineOf(pugi::xml_node node) const {
    if (!node) return 0;
    return lineAtOffset(node.offset_debug());
}

int XmlFile::lineAtOffset(ptrdiff_t offset) const {
    if (offset < 0 || lineStarts_.empty()) return 0;
    const auto it = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), static_cast<size_t>(offset));
    return static_cast<int>(it - lineStarts_.begin());
}

}  // namespace fd::readers
