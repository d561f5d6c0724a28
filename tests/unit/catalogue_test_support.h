// Helpers shared by the catalogue unit tests (tests/unit/catalogue_*.cpp): the sample
// workspaces read through the real readers, the shipped templates, a pinned build date.
#pragma once

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "generators/catalogue/catalogue_document.h"
#include "generators/catalogue/catalogue_template.h"
#include "generators/indicators/compute.h"
#include "generators/programme/programme.h"
#include "model/clock.h"
#include "programme_test_support.h"
#include "readers/workspace_reader.h"

namespace fd::catalogue_testing {

using programme_testing::forEachBlock;
using programme_testing::localizer;
using programme_testing::PinnedBuildDate;
using programme_testing::plain;

// Every sample course was last updated before it, and each sample still has sessions to come.
inline constexpr const char* kBuildDay = "2026-09-15";

// samples/<name>, read and validated; the test fails when it does not load.
inline Workspace sample(const std::string& name) {
    Diagnostics diagnostics;
    std::optional<Workspace> ws = readWorkspace(std::string(FORMADOC_SOURCE_DIR) + "/samples/" + name, {}, diagnostics);
    if (!ws) throw std::runtime_error("samples/" + name + " does not load");
    return std::move(*ws);
}

struct Templates {
    tmpl::Template catalogue, programme;
};

inline Templates shippedTemplates(const Workspace& ws, const std::string& lang) {
    const i18n::Catalogue& messages = localizer(lang).messages();
    return {gen::loadCatalogueTemplate(FORMADOC_SOURCE_DIR, ws, messages),
            gen::loadProgrammeTemplate(FORMADOC_SOURCE_DIR, ws, messages)};
}

// The catalogue of `ws` in `lang` on the build date in force (pin it first).
inline doc::Document catalogueOf(const Workspace& ws, const std::string& lang, Diagnostics& warnings) {
    const Templates templates = shippedTemplates(ws, lang);
    const gen::IndicatorsReport report = gen::computeIndicators(
        ws, gen::Period::calendarYear(gen::latestYearWithResults(ws, buildDate())), buildDate());
    return gen::buildCatalogueDocument(ws, report, gen::LatestCourseResults(ws, report), localizer(lang),
                                       {templates.catalogue, templates.programme}, warnings);
}

// Every heading of the document, nested ones included, in order.
inline std::vector<const doc::Heading*> headings(const std::vector<doc::Block>& blocks) {
    std::vector<const doc::Heading*> out;
    forEachBlock(blocks, [&out](const doc::Block& block) {
        if (const auto* h = std::get_if<doc::Heading>(&block)) out.push_back(h);
    });
    return out;
}

}  // namespace fd::catalogue_testing
