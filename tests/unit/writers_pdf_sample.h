// The PDF writer tests' sample: a hand-built two-page document with every kind of op, three
// bookmarks and full metadata (no layout engine involved), and the tools that read the result.
#pragma once

#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <sstream>
#include <string>

#include "layout/page.h"
#include "writers_test_support.h"

namespace fd::pdf::pdf_testing {

using fd::writers_testing::CommandResult;
using fd::writers_testing::run;
using fd::writers_testing::ScratchDir;
using fd::writers_testing::shellQuote;
using layout::Face;

// U+202F narrow no-break space and U+00A0 no-break space, as ICU writes French amounts.
inline const std::string kAccented = "Formação — Éric Ñúñez, œ, 1\u202F" "250,50\u00A0€";
inline const std::string kJustified = "Prévention des risques professionnels";
inline constexpr int64_t kCreated = 1767225600;   // 2026-01-01T00:00:00Z

inline void declare(layout::LaidOutDocument& document, Face face) {
    document.faceUsed[static_cast<int>(face)] = true;
}

inline layout::TextOp text(Face face, double x, double y, const std::string& content, double size = 11) {
    layout::TextOp op;
    op.face = face;
    op.size = size;
    op.x = x;
    op.y = y;
    op.text = content;
    return op;
}

// Two pages with every kind of op, three bookmarks and full metadata.
inline layout::LaidOutDocument sampleDocument(const ScratchDir& dir) {
    fd::writers_testing::writeFile(dir.file("logo.png"), fd::writers_testing::solidPng(4, 3, 0x1F4E7980));
    fd::writers_testing::writeFile(dir.file("photo.jpeg"), fd::writers_testing::tinyJpeg());

    layout::LaidOutDocument document;
    document.metadata.title = "Certificat de réalisation — Éric Ñúñez";
    document.metadata.author = "Organisme Lumière";
    document.metadata.subject = "Attestation";
    document.metadata.keywords = "formation, qualiopi";
    document.metadata.language = "fr-FR";
    document.metadata.creator = "formadoc 0.1.0";
    document.metadata.created = kCreated;
    declare(document, Face::Regular);
    declare(document, Face::Bold);
    declare(document, Face::Italic);

    layout::Page first;
    first.ops.push_back(text(Face::Bold, 56, 780, "Certificat de réalisation", 18));
    first.ops.push_back(text(Face::Regular, 56, 740, kAccented));
    layout::TextOp justified = text(Face::Regular, 56, 720, kJustified);
    justified.spaceExtra = 6.5;
    justified.colour = 0x1F4E79;
    first.ops.push_back(justified);
    layout::RectOp frame;
    frame.x = 40, frame.y = 40, frame.w = 515, frame.h = 760;
    frame.stroke = 0x1F4E79;
    first.ops.push_back(frame);
    layout::RectOp band;
    band.x = 40, band.y = 600, band.w = 515, band.h = 20;
    band.fill = 0xEEF3F8;
    first.ops.push_back(band);
    layout::LineOp signature;
    signature.x1 = 300, signature.y1 = 100, signature.x2 = 500, signature.y2 = 100;
    signature.dashed = true;
    first.ops.push_back(signature);
    first.ops.push_back(layout::ImageOp{dir.file("logo.png"), 460, 770, 64, 48});
    first.ops.push_back(layout::ImageOp{dir.file("photo.jpeg"), 56, 500, 40, 40});
    layout::LinkOp web;
    web.x = 56, web.y = 680, web.w = 200, web.h = 12;
    web.uri = "https://example.org/v/ABC1000";
    first.ops.push_back(web);
    layout::LinkOp internal;
    internal.x = 56, internal.y = 660, internal.w = 200, internal.h = 12;
    internal.targetPage = 1;
    internal.targetY = 700;
    first.ops.push_back(internal);
    first.ops.push_back(text(Face::Regular, 56, 680, "https://example.org/v/ABC1000"));

    layout::Page second;
    second.ops.push_back(text(Face::Italic, 56, 700, "Annexe : programme détaillé"));
    second.ops.push_back(layout::ImageOp{dir.file("logo.png"), 460, 770, 64, 48});

    document.pages = {first, second};
    document.bookmarks = {{1, "Certificat", 0, 780}, {2, "Détails", 0, 700}, {1, "Annexe", 1, 700}};
    return document;
}

// Runs `command PDF ARGUMENTS`, expecting success.
inline std::string tool(const std::string& command, const std::string& pdf, const std::string& arguments = "") {
    CommandResult result = run(command + " " + shellQuote(pdf) + " " + arguments);
    EXPECT_EQ(result.exitCode, 0) << command << ":\n" << result.output;
    return result.output;
}

// qpdf's QDF form (uncompressed, one object per block) with every run of white space
// collapsed to one space, so that dictionaries read as on one line: "/Border [ 0 0 0 ]".
inline std::string qdf(const ScratchDir& dir, const std::string& pdf) {
    const std::string out = dir.file("qdf.pdf");
    CommandResult result = run("qpdf --qdf --object-streams=disable " + shellQuote(pdf) + " " + shellQuote(out));
    EXPECT_EQ(result.exitCode, 0) << result.output;
    return std::regex_replace(fd::writers_testing::readFile(out), std::regex("\\s+"), " ");
}

// pdfinfo's "Key:   value" lines as a map.
inline std::map<std::string, std::string> pdfinfo(const std::string& pdf) {
    std::map<std::string, std::string> fields;
    std::istringstream lines(tool("pdfinfo -isodates", pdf));
    std::string line;
    while (std::getline(lines, line)) {
        size_t colon = line.find(':');
        if (colon == std::string::npos) continue;
        size_t value = line.find_first_not_of(' ', colon + 1);
        fields[line.substr(0, colon)] = value == std::string::npos ? "" : line.substr(value);
    }
    return fields;
}

// The outline as qpdf resolves it, flattened by Python to "depth title page" lines (then
// "True"/"False" for an open item when `withOpen`).
inline std::string outlineOf(const ScratchDir& dir, const std::string& pdf, bool withOpen = false) {
    fd::writers_testing::writeFile(dir.file("flatten_outline.py"),
                                   std::string("import json, sys\n"
                                               "def walk(items, depth):\n"
                                               "    for item in items:\n"
                                               "        fields = [depth, item['title'], item['destpageposfrom1']]\n") +
                                       (withOpen ? "        fields.append(item['open'])\n" : "") +
                                       "        print(*fields)\n"
                                       "        walk(item['kids'], depth + 1)\n"
                                       "walk(json.load(sys.stdin)['outlines'], 1)\n");
    CommandResult outline = run("qpdf --json --json-key=outlines " + shellQuote(pdf) + " | /usr/bin/python3 " +
                                shellQuote(dir.file("flatten_outline.py")));
    EXPECT_EQ(outline.exitCode, 0) << outline.output;
    return outline.output;
}

}  // namespace fd::pdf::pdf_testing
