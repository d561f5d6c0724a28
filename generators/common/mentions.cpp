#include "generators/common/mentions.h"

#include <algorithm>

#include "model/identifiers.h"

namespace fd::gen {

std::string groupNda(const std::string& nda) {
    const std::string digits = ids::compact(nda);
    const bool elevenDigits =
        digits.size() == 11 && std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!elevenDigits) return nda;
    return digits.substr(0, 2) + ' ' + digits.substr(2, 2) + ' ' + digits.substr(4, 5) + ' ' + digits.substr(9, 2);
}

std::string prevailingLanguage(const Organisation& org) {
    return org.jurisdiction == Jurisdiction::PT ? "pt" : "fr";
}

bool isTranslation(const Organisation& org, const std::string& lang) { return lang != prevailingLanguage(org); }

std::string ndaMention(const Organisation& org, const i18n::Localizer& l10n) {
    if (org.jurisdiction != Jurisdiction::FR || org.nda.empty()) return {};
    if (org.ndaRegion.empty()) return l10n.msg("mentions.nda.no_region", {{"number", groupNda(org.nda)}});
    return l10n.msg("mentions.nda", {{"number", groupNda(org.nda)}, {"region", org.ndaRegion}});
}

std::string vatMention(const Organisation& org, const i18n::Localizer& l10n) {
    switch (org.vatRegime) {
    case VatRegime::ExemptTraining: return l10n.msg("mentions.vat.exempt_training");
    case VatRegime::Franchise293B: return l10n.msg("mentions.vat.franchise_293b");
    case VatRegime::ExemptArt9PT: return l10n.msg("mentions.vat.exempt_art9_pt");
    case VatRegime::Liable:
        return l10n.msg("mentions.vat.liable",
                        {{"rate", l10n.fmt().percent(static_cast<double>(org.vatRatePermille) / 1000.0, 1)}});
    }
    return {};
}

std::string qualiopiMention(const Organisation& org, const i18n::Localizer& l10n, const Date& today) {
    if (!org.qualiopi || !org.qualiopi->validOn(today) || org.qualiopi->categories.empty()) return {};
    // FR-FMT-04: the mark may only be used with the certified categories spelled out.
    std::string categories;
    for (const auto& category : org.qualiopi->categories) {
        if (!categories.empty()) categories += ", ";
        // The four categories of CT L6313-1 have their official wording; any other is printed as given.
        const std::string key = "mentions.qualiopi.category." + category;
        categories += l10n.messages().has(key) ? l10n.msg(key) : category;
    }
    std::string mention = l10n.msg("mentions.qualiopi", {{"categories", categories}});
    if (!org.qualiopi->number.empty())
        mention += ' ' + l10n.msg("mentions.qualiopi.certificate",
                                  {{"number", org.qualiopi->number}, {"certifier", org.qualiopi->certifier}});
    return mention;
}

std::string dgertMention(const Organisation& org, const Course* course, const i18n::Localizer& l10n,
                         const Date& today) {
    if (!org.dgert || !org.dgert->validOn(today)) return {};
    // PT-FMT-02: certification is per area; an action outside them must not be advertised as certified.
    if (course) {
        const auto& areas = org.dgert->areas;
        if (std::find(areas.begin(), areas.end(), course->cnaef) == areas.end()) return {};
    }
    return l10n.msg("mentions.dgert", {{"number", org.dgert->number}});
}

std::string translationNotice(const Organisation& org, const i18n::Localizer& l10n) {
    if (!isTranslation(org, l10n.lang())) return {};
    // The notices themselves are document furniture shared with every kind (common.xlf).
    return l10n.msg("doc.translation." + prevailingLanguage(org) + "_prevails");
}

LegalMentions legalMentions(const Organisation& org, const Course* course, const i18n::Localizer& l10n,
                            const Date& today) {
    LegalMentions m;
    m.nda = ndaMention(org, l10n);
    m.vat = vatMention(org, l10n);
    m.qualiopi = qualiopiMention(org, l10n, today);
    m.dgert = dgertMention(org, course, l10n, today);
    m.translation = translationNotice(org, l10n);
    return m;
}

}  // namespace fd::gen
