// Checks of the official identifiers and codes found in a workspace (requirements VAL-01..10, 13).
// Pure functions: they say whether a value is acceptable and, if not, why; turning that into a
// diagnostic with a file and line is the caller's job (model/validate).
//
// Identifiers are accepted as people write them, with spaces between digit groups
// ("362 521 879 00034"): every check ignores ASCII spaces.
#pragma once

#include <string>
#include <string_view>

namespace fd::ids {

enum class IdCheck {
    Valid,
    Format,          // wrong length or characters
    Checksum,        // the check digit(s) do not match
    SirenChecksum,   // a SIRET whose SIREN part (first 9 digits) fails the Luhn check
    Pattern,         // well formed but with an unexpected structure (NDA): worth a warning only
    UnknownPrefix,   // a NIF whose first digits are not an attributed range (VAL-06): a warning
    UnknownCode,     // well formed but absent from the official table (CNAEF)
};

// The value without the spaces people put between digit groups.
std::string compact(std::string_view text);

// Luhn (mod 10) over a string of decimal digits; false on any other character or when empty.
bool luhnValid(std::string_view digits);

// VAL-01: 9 digits, Luhn.
IdCheck checkSiren(std::string_view siren);
// VAL-02: 14 digits, Luhn over the 14 digits and over the SIREN part; La Poste (SIREN 356000000)
// numbers its establishments differently: their digit sum is a multiple of 5 (the head office,
// 35600000000048, follows Luhn).
IdCheck checkSiret(std::string_view siret);
// The SIREN part of a SIRET (its first 9 digits, spaces removed); empty when too short.
std::string sirenOfSiret(std::string_view siret);

// VAL-03: "FR" + 2-digit key + SIREN, key = (12 + 3 × (SIREN mod 97)) mod 97.
int frenchVatKey(std::string_view siren);
IdCheck checkFrenchVat(std::string_view vatNumber);
// The SIREN inside a French VAT number; empty when the number is not "FR" + 11 characters.
std::string sirenOfFrenchVat(std::string_view vatNumber);

// VAL-04: 11 digits (Format is an error). The usual structure is region (2), department (2),
// sequence (5), department again (2); a number whose two department fields differ gives Pattern.
IdCheck checkNda(std::string_view nda);

// VAL-05/06: Portuguese NIF/NIPC, 9 digits, mod 11 check digit; Valid, Format, Checksum, or
// UnknownPrefix when the number is correct but its prefix is not an attributed range.
IdCheck checkNif(std::string_view nif);

// VAL-07: 3 digits (leading zero kept) present in the CNAEF table (Portaria 256/2005).
IdCheck checkCnaefCode(std::string_view code);

// VAL-08: RNCP12345, RNCP12345BC01, RS1234 (3 to 5 digits).
bool isRncpCode(std::string_view code);
bool isRncpBlockCode(std::string_view code);
bool isRsCode(std::string_view code);

// VAL-09: a UFCD code of the Catálogo Nacional de Qualificações: 4 digits ("0349").
IdCheck checkUfcdCode(std::string_view code);

// VAL-10: the document number of a Portuguese Cartão de Cidadão, "00000000 0 ZZ0": 8-digit civil
// number, its check digit, a 2-character version, a check digit over the whole (letters A=10..Z=35,
// every second value from the right doubled, minus 9 above 9, total a multiple of 10).
IdCheck checkCitizenCard(std::string_view number);

// VAL-13: FR "69002", PT "1000-205". Countries without a known rule are always Valid.
IdCheck checkPostcode(std::string_view country, std::string_view postcode);

}  // namespace fd::ids
