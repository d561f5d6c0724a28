// Test vectors: python-stdnum (fr/siret, fr/tva, pt/cc doctests), requirements VAL-05 (NIF) and
// numbers computed by hand from the published algorithms.
#include <gtest/gtest.h>

#include "model/identifiers.h"

namespace fd::ids {
namespace {

TEST(LuhnTest, ChecksDigitStrings) {
    EXPECT_TRUE(luhnValid("732829320"));
    EXPECT_TRUE(luhnValid("0"));
    EXPECT_FALSE(luhnValid("732829321"));
    EXPECT_FALSE(luhnValid(""));
    EXPECT_FALSE(luhnValid("7328293a0"));
}

TEST(SirenTest, AcceptsValidNumbers) {
    for (const char* siren : {"732829320", "552100554", "542097324", "303 265 045"})
        EXPECT_EQ(checkSiren(siren), IdCheck::Valid) << siren;
}

TEST(SirenTest, RefusesBadLengthCharactersAndChecksums) {
    EXPECT_EQ(checkSiren("73282932"), IdCheck::Format);
    EXPECT_EQ(checkSiren("7328293200"), IdCheck::Format);
    EXPECT_EQ(checkSiren("73282932O"), IdCheck::Format);
    EXPECT_EQ(checkSiren("732829321"), IdCheck::Checksum);
}

TEST(SiretTest, AcceptsValidNumbersWrittenWithSpaces) {
    for (const char* siret : {"73282932000074", "44306184100047", "314 901 323 00043", "5 12 326 653 000 15",
                              "30206838200050", "79068156300017"})
        EXPECT_EQ(checkSiret(siret), IdCheck::Valid) << siret;
}

TEST(SiretTest, RefusesBadNumbers) {
    EXPECT_EQ(checkSiret("7328293200007"), IdCheck::Format);
    EXPECT_EQ(checkSiret("732829320000745"), IdCheck::Format);
    EXPECT_EQ(checkSiret("7328293200007X"), IdCheck::Format);
    EXPECT_EQ(checkSiret("73282932000075"), IdCheck::Checksum);
    // Luhn-valid over 14 digits, but its SIREN part 732829321 is not.
    EXPECT_EQ(checkSiret("73282932100007"), IdCheck::SirenChecksum);
}

TEST(SiretTest, LaPosteEstablishmentsUseTheDigitSum) {
    EXPECT_EQ(checkSiret("356 000 000 09075"), IdCheck::Valid);
    EXPECT_EQ(checkSiret("35600000000048"), IdCheck::Valid);
    EXPECT_EQ(checkSiret("35600000049837"), IdCheck::Valid);
    EXPECT_EQ(checkSiret("35600000049838"), IdCheck::Checksum);
}

TEST(SiretTest, GivesItsSiren) {
    EXPECT_EQ(sirenOfSiret("732 829 320 00074"), "732829320");
    EXPECT_EQ(sirenOfSiret("1234"), "");
}

TEST(FrenchVatTest, ComputesTheKey) {
    EXPECT_EQ(frenchVatKey("303265045"), 40);
    EXPECT_EQ(frenchVatKey("334175221"), 23);
    EXPECT_EQ(frenchVatKey("732829320"), 44);
}

TEST(FrenchVatTest, ChecksNumbers) {
    EXPECT_EQ(checkFrenchVat("FR40303265045"), IdCheck::Valid);
    EXPECT_EQ(checkFrenchVat("FR 23 334 175 221"), IdCheck::Valid);
    EXPECT_EQ(checkFrenchVat("FR44732829320"), IdCheck::Valid);
    EXPECT_EQ(checkFrenchVat("FR84323140391"), IdCheck::Checksum);
    EXPECT_EQ(checkFrenchVat("40303265045"), IdCheck::Format);
    EXPECT_EQ(checkFrenchVat("DE40303265045"), IdCheck::Format);
    EXPECT_EQ(checkFrenchVat("FRAB303265045"), IdCheck::Format);
    EXPECT_EQ(checkFrenchVat("FR4030326504"), IdCheck::Format);
    EXPECT_EQ(sirenOfFrenchVat("FR 40 303 265 045"), "303265045");
}

TEST(NdaTest, ChecksLengthThenStructure) {
    EXPECT_EQ(checkNda("11753262975"), IdCheck::Valid);
    EXPECT_EQ(checkNda("84 69 12345 69"), IdCheck::Valid);
    EXPECT_EQ(checkNda("84751234569"), IdCheck::Pattern);   // department 75 then 69
    EXPECT_EQ(checkNda("8469123456"), IdCheck::Format);
    EXPECT_EQ(checkNda("846912345690"), IdCheck::Format);
    EXPECT_EQ(checkNda("8469123456A"), IdCheck::Format);
}

TEST(NifTest, AcceptsTheRequirementVectors) {
    for (const char* nif : {"501964843", "507104560", "506035220", "136695973", "501 964 843"})
        EXPECT_EQ(checkNif(nif), IdCheck::Valid) << nif;
}

TEST(NifTest, RefusesBadChecksumsAndFormats) {
    EXPECT_EQ(checkNif("501964842"), IdCheck::Checksum);
    EXPECT_EQ(checkNif("50196484"), IdCheck::Format);
    EXPECT_EQ(checkNif("5019648430"), IdCheck::Format);
    EXPECT_EQ(checkNif("PT501964843"), IdCheck::Format);
}

TEST(NifTest, WarnsAboutUnattributedPrefixes) {
    EXPECT_EQ(checkNif("450000001"), IdCheck::Valid);          // non-resident individual
    EXPECT_EQ(checkNif("400000008"), IdCheck::UnknownPrefix);  // 4 alone is not a range
    EXPECT_EQ(checkNif("730000001"), IdCheck::UnknownPrefix);
    EXPECT_EQ(checkNif("000000000"), IdCheck::UnknownPrefix);
}

TEST(CnaefCodeTest, NeedsThreeDigitsOfTheTable) {
    EXPECT_EQ(checkCnaefCode("341"), IdCheck::Valid);
    EXPECT_EQ(checkCnaefCode("090"), IdCheck::Valid);
    EXPECT_EQ(checkCnaefCode("90"), IdCheck::Format);
    EXPECT_EQ(checkCnaefCode("34a"), IdCheck::Format);
    EXPECT_EQ(checkCnaefCode("3410"), IdCheck::Format);
    EXPECT_EQ(checkCnaefCode("348"), IdCheck::UnknownCode);
    EXPECT_EQ(checkCnaefCode("000"), IdCheck::UnknownCode);
}

TEST(FranceCompetencesCodeTest, MatchesRncpRsAndBlocks) {
    EXPECT_TRUE(isRncpCode("RNCP35635"));
    EXPECT_TRUE(isRncpCode("RNCP123"));
    EXPECT_FALSE(isRncpCode("RNCP12"));
    EXPECT_FALSE(isRncpCode("RNCP123456"));
    EXPECT_FALSE(isRncpCode("rncp35635"));
    EXPECT_FALSE(isRncpCode("RNCP35635BC01"));
    EXPECT_TRUE(isRncpBlockCode("RNCP35635BC01"));
    EXPECT_FALSE(isRncpBlockCode("RNCP35635BC1"));
    EXPECT_FALSE(isRncpBlockCode("RNCP35635BC012"));
    EXPECT_FALSE(isRncpBlockCode("RNCP35635"));
    EXPECT_TRUE(isRsCode("RS5487"));
    EXPECT_FALSE(isRsCode("RS12"));
    EXPECT_FALSE(isRsCode("RS5487X"));
}

TEST(UfcdTest, IsFourDigits) {
    EXPECT_EQ(checkUfcdCode("0349"), IdCheck::Valid);
    EXPECT_EQ(checkUfcdCode("349"), IdCheck::Format);
    EXPECT_EQ(checkUfcdCode("03490"), IdCheck::Format);
    EXPECT_EQ(checkUfcdCode("03A9"), IdCheck::Format);
}

TEST(CitizenCardTest, AcceptsPublishedNumbers) {
    for (const char* number : {"00000000 0 ZZ4", "000000000ZZ4", "04521224 4 ZZ 7", "054546796ZY7", "101490801ZY0",
                               "101490801zy0"})
        EXPECT_EQ(checkCitizenCard(number), IdCheck::Valid) << number;
}

TEST(CitizenCardTest, RefusesBadCheckDigitsAndShapes) {
    EXPECT_EQ(checkCitizenCard("00000000 0 ZZ3"), IdCheck::Checksum);
    EXPECT_EQ(checkCitizenCard("054546796ZY8"), IdCheck::Checksum);
    EXPECT_EQ(checkCitizenCard("00000000 A ZZ4"), IdCheck::Format);
    EXPECT_EQ(checkCitizenCard("000000000ZZ"), IdCheck::Format);
    EXPECT_EQ(checkCitizenCard("000000000Z-4"), IdCheck::Format);
    EXPECT_EQ(checkCitizenCard("000000000ZZA"), IdCheck::Format);
}

TEST(PostcodeTest, FollowsTheCountryRule) {
    EXPECT_EQ(checkPostcode("FR", "69002"), IdCheck::Valid);
    EXPECT_EQ(checkPostcode("FR", "6902"), IdCheck::Format);
    EXPECT_EQ(checkPostcode("FR", "69 002"), IdCheck::Format);
    EXPECT_EQ(checkPostcode("PT", "1000-205"), IdCheck::Valid);
    EXPECT_EQ(checkPostcode("PT", "1000205"), IdCheck::Format);
    EXPECT_EQ(checkPostcode("PT", "1000-20"), IdCheck::Format);
    EXPECT_EQ(checkPostcode("PT", "69002"), IdCheck::Format);
    EXPECT_EQ(checkPostcode("BE", "1000"), IdCheck::Valid);
}

}  // namespace
}  // namespace fd::ids
