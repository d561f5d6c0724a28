// Helpers of the compliance-check end-to-end tests: copies of the samples with one thing
// removed, the day the samples are checked on, and lines of files.
#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "e2e_support.h"

namespace fd::e2e::check {

// 2026-11-21, a day on which both samples are current: the checks that depend on the date
// (last update, results of the last twelve months, certification validity) give the same answer
// whenever the tests run.
inline const std::vector<std::string> kCheckDay = {"SOURCE_DATE_EPOCH=1795219200"};

inline std::string copySample(const std::string& name, const std::string& tag) {
    const std::string ws = makeTempDir(tag) + "/ws";
    std::filesystem::copy(sampleDir(name), ws, std::filesystem::copy_options::recursive);
    return ws;
}

inline void writeText(const std::string& path, const std::string& text) {
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    std::ofstream(path, std::ios::binary) << text;
}

// Cuts the first `<element…>…</element>` found after `after` out of the file.
inline void removeElement(const std::string& path, const std::string& after, const std::string& element) {
    std::string text = readFile(path);
    const size_t anchor = text.find(after);
    ASSERT_NE(anchor, std::string::npos) << after;
    const size_t start = text.find("<" + element, anchor);
    const std::string close = "</" + element + ">";
    const size_t end = text.find(close, start);
    ASSERT_NE(end, std::string::npos) << element;
    text.erase(start, end + close.size() - start);
    writeText(path, text);
}

// The `requires` of each <section> of a template, as " ID ID … " (spaces around each ID), with
// the section's id, its position in the text and the end of its opening tag.
struct SectionTag {
    std::string id, declared;
    size_t start = 0, tagEnd = 0;
};

inline std::vector<SectionTag> sectionTags(const std::string& xml) {
    std::vector<SectionTag> tags;
    for (size_t start = xml.find("<section "); start != std::string::npos; start = xml.find("<section ", start + 1)) {
        SectionTag t;
        t.start = start;
        t.tagEnd = xml.find('>', start);
        const std::string tag = xml.substr(start, t.tagEnd - start);
        const auto attribute = [&](const std::string& name) {
            const size_t at = tag.find(" " + name + "=\"");
            if (at == std::string::npos) return std::string();
            const size_t value = at + name.size() + 3;
            return tag.substr(value, tag.find('"', value) - value);
        };
        t.id = attribute("id");
        t.declared = " " + attribute("requires") + " ";
        tags.push_back(t);
    }
    return tags;
}

// "accessibility, contacts": the ids of the sections of a template that declare `id`.
inline std::string sectionsDeclaring(const std::string& templatePath, const std::string& id) {
    std::string list;
    for (const SectionTag& t : sectionTags(readFile(templatePath)))
        if (t.declared.find(" " + id + " ") != std::string::npos) list += (list.empty() ? "" : ", ") + t.id;
    return list;
}

// Cuts out of a template every <section> that declares `id`; returns how many. Sections are
// found by what they declare, not by their names, which the templates' authors may change.
inline size_t removeSectionsDeclaring(const std::string& path, const std::string& id) {
    std::string xml = readFile(path);
    const std::vector<SectionTag> tags = sectionTags(xml);
    size_t removed = 0;
    for (auto t = tags.rbegin(); t != tags.rend(); ++t) {   // from the end: earlier positions stay valid
        if (t->declared.find(" " + id + " ") == std::string::npos) continue;
        xml.erase(t->start, xml.find("</section>", t->start) + std::string("</section>").size() - t->start);
        ++removed;
    }
    writeText(path, xml);
    return removed;
}

// 1-based line of the first occurrence of `needle`; -1 when absent.
inline int lineOf(const std::string& path, const std::string& needle) {
    const std::string text = readFile(path);
    const size_t at = text.find(needle);
    return at == std::string::npos ? -1 : 1 + static_cast<int>(std::count(text.begin(), text.begin() + at, '\n'));
}

inline size_t occurrences(const std::string& text, const std::string& needle) {
    size_t n = 0;
    for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
    return n;
}

}  // namespace fd::e2e::check
