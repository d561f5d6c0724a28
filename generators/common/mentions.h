// The legal mentions every document kind reuses, each printed only when the law allows or
// requires it. The rules live here; the wording lives in locales/<lang>/mentions.xlf.
#pragma once

#include <string>

#include "i18n/i18n.h"
#include "model/model.h"

namespace fd::gen {

// Every mention is empty when it does not apply to the organisation, course or language.
struct LegalMentions {
    std::string nda;           // FR-FMT-01: the NDA phrase, in the only form the law allows
    std::string vat;           // FR-FMT-05/06, PT-FMT-04; the rate when the organisation is liable
    std::string qualiopi;      // FR-FMT-04: with the certified action categories, while valid
    std::string dgert;         // PT-FMT-01/02: while valid, and for the course's CNAEF area
    // EN-02, FR-FMT-09, PT-FMT-03: "Translation – the French version prevails", in the output
    // language, on every output not in the prevailing language.
    std::string translation;
};

// `course` may be null for documents about the organisation as a whole (regulations).
LegalMentions legalMentions(const Organisation& org, const Course* course,
                            const i18n::Localizer& l10n, const Date& today);

std::string ndaMention(const Organisation& org, const i18n::Localizer& l10n);
std::string vatMention(const Organisation& org, const i18n::Localizer& l10n);
std::string qualiopiMention(const Organisation& org, const i18n::Localizer& l10n, const Date& today);
std::string dgertMention(const Organisation& org, const Course* course, const i18n::Localizer& l10n,
                         const Date& today);
std::string translationNotice(const Organisation& org, const i18n::Localizer& l10n);

// The language whose version of a document has legal standing: that of the jurisdiction.
std::string prevailingLanguage(const Organisation& org);
// Whether an output in `lang` is a translation without legal standing: any language but the
// prevailing one (EN-02 for English; FR-FMT-09: a French organisation's Portuguese version too;
// PT-FMT-03: a Portuguese entity's French version too).
bool isTranslation(const Organisation& org, const std::string& lang);
// "84691234569" -> "84 69 12345 69", the grouping the prefectures print (VAL-04); other values
// are returned as written.
std::string groupNda(const std::string& nda);

}  // namespace fd::gen
