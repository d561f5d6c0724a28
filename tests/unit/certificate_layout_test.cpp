// Certificates laid out for real (layout::layoutDocument): names with apostrophes, hyphens,
// "Œ", "ß", "Ł" and 200-character names wrap inside the page, and each model keeps its number
// of pages (one; the DGERT certificate front and back).
#include <string>
#include <variant>

#include <gtest/gtest.h>

#include "certificate_test_support.h"
#include "layout/layout.h"

namespace fd::gen {
namespace {

using namespace certificate_testing;

const layout::Fonts& fonts() {
    static const layout::Fonts instance;
    return instance;
}

// 200 characters in words, as a long Portuguese or aristocratic name can have.
std::string longName() {
    std::string name;
    while (name.size() < 200) name += name.empty() ? "Maximiliana" : " de Vasconcelos-Œstergaard";
    return name.substr(0, 200);
}

struct NameCase {
    const char* label;
    std::string family, given;
};

std::vector<NameCase> nameCases() {
    return {{"apostrophe and hyphen", "N'Diaye-O'Connor", "Jean-Baptiste"},
            {"ligature, sharp s, barred L", "Œhlenschläger-Straßburg", "Łucja"},
            {"200 characters", longName(), "Ana"},
            {"one 90-character word", std::string(90, 'W'), "Zoé"}};
}

// Every TextOp within the page, inside the left and right margins; returns the page count.
int checkInsidePages(const doc::Document& document, const std::string& what) {
    const layout::LaidOutDocument laid = layout::layoutDocument(document, fonts());
    const double left = document.page.marginLeft, right = document.page.marginRight;
    for (std::size_t p = 0; p < laid.pages.size(); ++p) {
        const layout::Page& page = laid.pages[p];
        for (const auto& op : page.ops) {
            const auto* text = std::get_if<layout::TextOp>(&op);
            if (!text) continue;
            EXPECT_GE(text->x, left - 0.01) << what << " page " << p + 1 << ": \"" << text->text << '"';
            EXPECT_LE(text->x + text->width, page.width - right + 0.01)
                << what << " page " << p + 1 << ": \"" << text->text << '"';
            EXPECT_GT(text->y, 0) << what;
            EXPECT_LT(text->y, page.height) << what;
        }
    }
    return static_cast<int>(laid.pages.size());
}

TEST(CertificateLayout, FrenchModelsStayOnOnePageWhateverTheName) {
    for (const auto& name : nameCases()) {
        Workspace ws = frenchWorkspace();
        ws.trainees[0].familyName = name.family;
        ws.trainees[0].givenNames = name.given;
        ws.trainees[0].employer = name.family;   // long employer names too
        for (const std::string lang : {"fr", "en", "pt"})
            for (CertificateModel model : {CertificateModel::Realisation, CertificateModel::Attestation}) {
                const std::string what = certificateModelId(model) + '.' + lang + " with " + name.label;
                const auto g = generate(ws, "FR-1", model, lang, identity(ws, "ACR-2026-00012", 2));
                EXPECT_EQ(checkInsidePages(g.document, what), 1) << what;
            }
    }
}

TEST(CertificateLayout, DgertCertificateHasAFrontAndABackWhateverTheName) {
    for (const auto& name : nameCases()) {
        Workspace ws = portugueseWorkspace();
        for (auto& trainee : ws.trainees) {
            trainee.familyName = name.family;
            trainee.givenNames = name.given;
        }
        for (const std::string lang : {"pt", "en", "fr"})
            for (const char* id : {"PT-1", "PT-2"}) {
                const std::string what = std::string(id) + '.' + lang + " with " + name.label;
                const auto g = generate(ws, id, CertificateModel::Dgert, lang, identity(ws, "CFT-2026-00007", 2));
                EXPECT_EQ(checkInsidePages(g.document, what), 2) << what;
            }
    }
}

}  // namespace
}  // namespace fd::gen
