// Certificate file names: number first, then the trainee's name in lower-case ASCII.
#include <string>

#include <gtest/gtest.h>

#include "certificate_test_support.h"

namespace fd::gen {
namespace {

using namespace certificate_testing;

std::string fileName(const std::string& number, const std::string& family, const std::string& given,
                     const std::string& lang = "fr") {
    Trainee t;
    t.familyName = family;
    t.givenNames = given;
    CertificateIdentity id;
    id.number = number;
    return certificateFileName(id, t, lang);
}

bool asciiSafe(const std::string& name) {
    return name.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.") == std::string::npos;
}

TEST(CertificateFileName, NumberThenTransliteratedName) {
    EXPECT_EQ(fileName("HFA-2026-00012", "Martin", "Éloïse"), "HFA-2026-00012_martin-eloise.fr.pdf");
    EXPECT_EQ(fileName("HFA-2026-00013", "N'Diaye", "Aminata", "en"), "HFA-2026-00013_n-diaye-aminata.en.pdf");
    EXPECT_EQ(fileName("HFA-2026-00014", "Lœwenbruck", "Jean-Baptiste"), "HFA-2026-00014_loewenbruck-jean-baptiste.fr.pdf");
    EXPECT_EQ(fileName("RBC-2026-00001", "Straße", "Łukasz", "pt"), "RBC-2026-00001_strasse-lukasz.pt.pdf");
    EXPECT_EQ(fileName("RBC-2026-00002", "Gonçalves Ferreira", "Ana Rita", "pt"),
              "RBC-2026-00002_goncalves-ferreira-ana-rita.pt.pdf");
    EXPECT_EQ(fileName("RBC-2026-00003", "Иванова", "Мария", "pt"), "RBC-2026-00003_ivanova-maria.pt.pdf");
}

TEST(CertificateFileName, HomonymsDifferByTheirNumber) {
    const std::string first = fileName("HFA-2026-00012", "Martin", "Éloïse");
    const std::string second = fileName("HFA-2026-00013", "MARTIN", "Eloise");
    EXPECT_NE(first, second);
    EXPECT_EQ(second, "HFA-2026-00013_martin-eloise.fr.pdf");
}

TEST(CertificateFileName, LongOrSymbolOnlyNamesStayShortAndSafe) {
    const std::string longName = fileName("HFA-2026-00012", std::string(120, 'x') + " " + std::string(80, 'y'), "Zoé");
    EXPECT_TRUE(asciiSafe(longName)) << longName;
    EXPECT_LE(longName.size(), 90u) << longName;
    EXPECT_EQ(longName.rfind("HFA-2026-00012_", 0), 0u);
    EXPECT_EQ(fileName("HFA-2026-00012", "☺", "—"), "HFA-2026-00012.fr.pdf");
    for (const auto* name : {"Ægir Þórsson", "O'Brien-Smith", "Ñúñez  ", "李 小龍"})
        EXPECT_TRUE(asciiSafe(fileName("HFA-2026-00012", name, "x"))) << name;
}

TEST(CertificateFileName, RefusesNumbersOrLanguagesThatAreNotPlainTokens) {
    EXPECT_THROW(fileName("../etc", "Martin", "Éloïse"), std::invalid_argument);
    EXPECT_THROW(fileName("", "Martin", "Éloïse"), std::invalid_argument);
    EXPECT_THROW(fileName("HFA-2026-00012", "Martin", "Éloïse", "f/r"), std::invalid_argument);
    EXPECT_THROW(fileName("HFA 2026", "Martin", "Éloïse"), std::invalid_argument);
}

}  // namespace
}  // namespace fd::gen
