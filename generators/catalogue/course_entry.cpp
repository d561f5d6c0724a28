#include "generators/catalogue/course_entry.h"

#include <algorithm>
#include <iterator>
#include <memory>

#include "generators/indicators/document_sections.h"
#include "generators/programme/programme.h"

namespace fd::gen {

namespace {

constexpr int kDeepestHeading = 3;

// Moves every heading one level down; the first one met is the course title.
class HeadingShifter {
public:
    explicit HeadingShifter(std::string titleAnchor) : titleAnchor_(std::move(titleAnchor)) {}

    void shift(std::vector<doc::Block>& blocks) {
        for (doc::Block& block : blocks) {
            if (auto* h = std::get_if<doc::Heading>(&block)) {
                h->level = std::min(h->level + 1, kDeepestHeading);
                const bool title = !titleSeen_;
                titleSeen_ = true;
                h->anchor = title ? titleAnchor_ : std::string();
                h->bookmark = title;
                h->tocEntry = title;
            } else if (auto* notice = std::get_if<std::shared_ptr<doc::Notice>>(&block)) {
                if (*notice) shift((*notice)->blocks);
            } else if (auto* group = std::get_if<std::shared_ptr<doc::KeepTogether>>(&block)) {
                if (*group) shift((*group)->blocks);
            }
        }
    }

private:
    std::string titleAnchor_;
    bool titleSeen_ = false;
};

}  // namespace

const std::set<std::string>& sectionsPrintedOnce() {
    static const std::set<std::string> ids{"translation", "organisation", "qualiopi", "results"};
    return ids;
}

std::vector<doc::Block> courseEntry(const Workspace& workspace, const Course& course, const i18n::Localizer& l10n,
                                    const tmpl::Template& programmeTemplate, const LatestCourseResults& results,
                                    Diagnostics& warnings) {
    tmpl::Rendered rendered = renderProgramme(workspace, course, l10n, programmeTemplate, results, warnings);
    std::vector<doc::Block> blocks;
    blocks.reserve(rendered.blocks.size());
    for (size_t s = 0; s < rendered.sections.size(); ++s) {
        if (sectionsPrintedOnce().count(rendered.sections[s])) continue;
        const size_t end = s + 1 < rendered.sectionStarts.size() ? rendered.sectionStarts[s + 1] : rendered.blocks.size();
        std::move(rendered.blocks.begin() + static_cast<std::ptrdiff_t>(rendered.sectionStarts[s]),
                  rendered.blocks.begin() + static_cast<std::ptrdiff_t>(end), std::back_inserter(blocks));
    }
    HeadingShifter(courseAnchor(course)).shift(blocks);
    return blocks;
}

}  // namespace fd::gen
