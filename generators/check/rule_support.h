// Small pieces the rules share: reading translatable texts in the main language, and the
// twelve-month window several requirements speak of.
#pragma once

#include <string>
#include <vector>

#include "generators/check/recorder.h"
#include "model/model.h"

namespace fd::check {

// True when `text` has a non-blank version in `lang`. A text without xml:lang is filed under the
// main language by the readers; "" keys are accepted as the main language too.
bool hasTextIn(const LocalizedText& text, const std::string& lang, const std::string& mainLanguage);

// The same day one year earlier (29 February gives 28 February).
Date oneYearBefore(const Date& day);

// A translatable course field the requirement needs: OK when it has a text in the main
// language, else a finding (missing, or missing in the main language) at the field's line.
void requireCourseText(Recorder& recorder, const std::string& id, const Course& course, const LocalizedText& text,
                       const std::string& locKey);
// A list of translatable items (objectives, prerequisites…): at least one item, each in the
// main language. Items are named "<locKey>[n]".
void requireCourseList(Recorder& recorder, const std::string& id, const Course& course,
                       const std::vector<LocalizedText>& items, const std::string& locKey);
// A translatable field of organisation.xml.
void requireOrganisationText(Recorder& recorder, const std::string& id, const LocalizedText& text,
                             const std::string& locKey);

// "check.detail.missing" or "check.detail.missing_in_language" with the language, or "" when
// the text is there.
struct TextGap {
    std::string detailKey;
    DetailArgs args;
};
TextGap textGap(const LocalizedText& text, const std::string& mainLanguage);

}  // namespace fd::check
