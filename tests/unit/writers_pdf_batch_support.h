// Shared by the tests of the PDF writer's bulk path (stock font subsets,
// tests/unit/writers_pdf_batch_*.cpp): hand-built one-page documents, so that the layout engine
// is not involved, and the checking tools (qpdf, poppler-utils) run on the result.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "layout/page.h"
#include "writers_test_support.h"

namespace fd::pdf::batch_testing {

// U+2019 apostrophe, French guillemets with U+202F inside, U+00A0 before the euro sign.
const std::string kAccentedLine = "Œuvre de Łukasz Straße : « l’été » 1\u202F" "250,50\u00A0€";

inline void declare(layout::LaidOutDocument& document, layout::Face face) {
    document.faceUsed[static_cast<int>(face)] = true;
}

inline layout::TextOp textOp(layout::Face face, double y, const std::string& content, double size = 11) {
    layout::TextOp op;
    op.face = face;
    op.size = size;
    op.x = 56;
    op.y = y;
    op.text = content;
    return op;
}

// A one-page certificate for `name`: title in bold, `name` and the accented line in regular, a
// note in italic; every character in the stock repertoire.
inline layout::LaidOutDocument certificate(const std::string& name) {
    using layout::Face;
    layout::LaidOutDocument document;
    document.metadata.title = "Certificat — " + name;
    document.metadata.language = "fr-FR";
    document.metadata.creator = "formadoc test";
    document.metadata.created = 1767225600;   // 2026-01-01T00:00:00Z
    for (Face face : {Face::Regular, Face::Bold, Face::Italic}) declare(document, face);
    layout::Page page;
    page.ops.push_back(textOp(Face::Bold, 780, "Certificat de réalisation", 18));
    page.ops.push_back(textOp(Face::Regular, 740, name));
    page.ops.push_back(textOp(Face::Regular, 720, kAccentedLine));
    page.ops.push_back(textOp(Face::Italic, 700, "Délivré à Nantes — « vérifiable en ligne »"));
    document.pages.push_back(page);
    return document;
}

// Runs `command PDF ARGUMENTS`, expecting success; returns what it printed.
inline std::string tool(const std::string& command, const std::string& pdf, const std::string& arguments = "") {
    writers_testing::CommandResult result =
        writers_testing::run(command + " " + writers_testing::shellQuote(pdf) + " " + arguments);
    EXPECT_EQ(result.exitCode, 0) << command << ":\n" << result.output;
    return result.output;
}

}  // namespace fd::pdf::batch_testing
