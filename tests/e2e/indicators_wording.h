// What the indicators document says in each language, written out here from the product's
// wording so that the e2e tests can look for whole table rows in the text pdftotext extracts
// (spaces normalised: no-break spaces read as ordinary ones).
#pragma once

#include <string>

#include "indicators_expected.h"

namespace fd::e2e {

enum class Figure { Satisfaction, Response, Completion, Abandon, Success, Certification };

// "Période de référence : Année 2026", "Período de referência: Ano 2026", "Reference period: Year 2026".
std::string referenceYearLine(const std::string& lang, int year);
// The calculation date 2026-11-21: "Calculé le 21 novembre 2026"…
std::string calculatedOn21November2026(const std::string& lang);
// "82 %" in French, "82%" in Portuguese and English.
std::string percentText(const std::string& lang, long percent);
// "non significatif (n = 3)", "não significativa (n = 3)", "not significant (n = 3)".
std::string notSignificantText(const std::string& lang, long n);
// "aucune donnée", "sem dados", "no data": a rate on nobody.
std::string noDataText(const std::string& lang);

// A row of a figures table: the rate's name, how it reads (the rounded percentage, or "not
// significant (n = …)" below `threshold`, "no data" on nobody), and its numerator and denominator in words.
std::string figureRow(const std::string& lang, Figure figure, const ExpectedRate& rate, long threshold);

}  // namespace fd::e2e
