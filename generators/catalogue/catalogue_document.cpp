#include "generators/catalogue/catalogue_document.h"

#include <algorithm>
#include <set>
#include <tuple>
#include <utility>
#include <vector>

#include "generators/catalogue/catalogue_template.h"
#include "generators/catalogue/course_entry.h"
#include "generators/catalogue/course_index.h"
#include "generators/catalogue/domain_groups.h"
#include "generators/catalogue/results_part.h"
#include "generators/common/file_names.h"
#include "generators/common/furniture.h"
#include "generators/common/mentions.h"
#include "generators/template/schema.h"
#include "model/clock.h"

namespace fd::gen {

namespace {

// The template sections after which the generated parts go.
constexpr const char* kCoursesSection = "courses";
constexpr const char* kResultsSection = "results";
constexpr const char* kIndexSection = "index";

doc::Heading domainHeading(const DomainGroup& group, const i18n::Localizer& l10n) {
    doc::Heading h;
    h.level = 1;
    h.text = doc::plain(group.name.empty() ? l10n.msg("catalogue.courses.other_domain") : group.name);
    return h;
}

// Domain headings open a page; so does every course but the first of its domain, which
// follows its domain's heading.
std::vector<doc::Block> coursesPart(const Workspace& workspace, const std::vector<DomainGroup>& groups,
                                    const i18n::Localizer& l10n, const tmpl::Template& programme,
                                    const LatestCourseResults& courseResults, Diagnostics& warnings) {
    std::vector<doc::Block> blocks;
    for (const DomainGroup& group : groups) {
        blocks.emplace_back(doc::PageBreak{});
        blocks.emplace_back(domainHeading(group, l10n));
        for (size_t i = 0; i < group.courses.size(); ++i) {
            if (i > 0) blocks.emplace_back(doc::PageBreak{});
            std::vector<doc::Block> entry =
                courseEntry(workspace, *group.courses[i], l10n, programme, courseResults, warnings);
            std::move(entry.begin(), entry.end(), std::back_inserter(blocks));
        }
    }
    return blocks;
}

// A part the generator builds, and the template section it follows.
struct Part {
    std::string section;
    std::vector<doc::Block> blocks;
    bool placed = false;
};

// The template's blocks with each part right after its section, or at the end.
std::vector<doc::Block> assemble(tmpl::Rendered& rendered, std::vector<Part> parts) {
    std::vector<doc::Block> blocks;
    const auto place = [&blocks](Part& part) {
        std::move(part.blocks.begin(), part.blocks.end(), std::back_inserter(blocks));
        part.placed = true;
    };
    for (size_t s = 0; s < rendered.sections.size(); ++s) {
        const size_t end = s + 1 < rendered.sectionStarts.size() ? rendered.sectionStarts[s + 1] : rendered.blocks.size();
        std::move(rendered.blocks.begin() + static_cast<std::ptrdiff_t>(rendered.sectionStarts[s]),
                  rendered.blocks.begin() + static_cast<std::ptrdiff_t>(end), std::back_inserter(blocks));
        for (Part& part : parts)
            if (!part.placed && part.section == rendered.sections[s]) place(part);
    }
    for (Part& part : parts)
        if (!part.placed) place(part);   // the template has no such section: in order, at the end
    return blocks;
}

// Every course is rendered with its own picker, and the grouping and index pick titles too:
// the same missing translation must still be reported once.
void appendUnique(Diagnostics& to, const Diagnostics& from) {
    std::set<std::tuple<std::string, int, std::string, std::string>> seen;
    for (const Diagnostic& d : to.items()) seen.emplace(d.file, d.line, d.field, d.key);
    for (const Diagnostic& d : from.items())
        if (seen.emplace(d.file, d.line, d.field, d.key).second) to.add(d);
}

}  // namespace

doc::Document buildCatalogueDocument(const Workspace& workspace, const IndicatorsReport& report,
                                     const LatestCourseResults& courseResults, const i18n::Localizer& l10n,
                                     const CatalogueTemplates& templates, Diagnostics& warnings) {
    const Organisation& org = workspace.organisation;
    const Date today = buildDate();
    Diagnostics all;
    TextPicker picker(l10n.lang(), org.mainLanguage(), all);
    const std::vector<DomainGroup> groups = groupByDomain(workspace.courses, l10n.fmt(), picker);
    std::vector<const Course*> courses;
    for (const DomainGroup& g : groups) courses.insert(courses.end(), g.courses.begin(), g.courses.end());

    tmpl::DocumentFacts facts;
    facts.lang = l10n.lang();
    facts.translation = isTranslation(org, l10n.lang());
    facts.prevailingLanguage = prevailingLanguage(org);
    facts.today = today;
    facts.indicatorsFile = indicatorsFileName(l10n.lang());
    const LegalMentions mentions = legalMentions(org, nullptr, l10n, today);
    const size_t namedDomains = static_cast<size_t>(
        std::count_if(groups.begin(), groups.end(), [](const DomainGroup& g) { return !g.name.empty(); }));
    const CatalogueFacts edition = catalogueFacts(today, courses.size(), namedDomains);

    tmpl::Bindings roots;
    roots.push("organisation", tmpl::organisationValue(org));
    roots.push("document", tmpl::documentValue(facts));
    roots.push("mentions", tmpl::mentionsValue(mentions));
    roots.push("catalogue", catalogueValue(edition));
    tmpl::RenderContext context{l10n, picker, tmpl::EvalEnv{&workspace, &l10n, today}};
    tmpl::Rendered rendered = templates.catalogue.render(roots, context);

    doc::Document document;
    document.page = rendered.page;
    applyFurniture(document, workspace, l10n, rendered.texts);
    document.header.onFirstPage = false;   // the cover carries the logo and name itself

    std::vector<doc::Block> index;
    index.emplace_back(courseIndex(courses, l10n, picker));
    std::vector<Part> parts;
    parts.push_back(
        {kCoursesSection, coursesPart(workspace, groups, l10n, templates.programme, courseResults, all), false});
    parts.push_back({kResultsSection, resultsPart(report, document.accent, l10n), false});
    parts.push_back({kIndexSection, std::move(index), false});
    document.blocks = assemble(rendered, std::move(parts));
    appendUnique(warnings, all);
    return document;
}

std::string catalogueFileName(const std::string& lang) {
    checkFileNamePart(lang);
    return "catalogue." + lang + ".pdf";
}

std::string catalogueWorkbookFileName(const std::string& lang) {
    checkFileNamePart(lang);
    return "catalogue." + lang + ".xlsx";
}

}  // namespace fd::gen
