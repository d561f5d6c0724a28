#include "model/identifiers.h"

#include <algorithm>

#include "model/cnaef.h"

namespace fd::ids {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

bool allDigits(std::string_view s) { return !s.empty() && std::all_of(s.begin(), s.end(), isDigit); }

bool isUpperAlnum(char c) { return isDigit(c) || (c >= 'A' && c <= 'Z'); }

int digitSum(std::string_view digits) {
    int sum = 0;
    for (char c : digits) sum += c - '0';
    return sum;
}

// "RNCP" + 3 to 5 digits at the start of `code`; the number of characters matched, 0 if none.
size_t matchPrefixAndDigits(std::string_view code, std::string_view prefix) {
    if (code.substr(0, prefix.size()) != prefix) return 0;
    size_t n = prefix.size();
    while (n < code.size() && isDigit(code[n])) ++n;
    const size_t digits = n - prefix.size();
    return digits >= 3 && digits <= 5 ? n : 0;
}

// Value of a Cartão de Cidadão character: digits 0-9, letters A=10 .. Z=35.
int citizenCardValue(char c) { return isDigit(c) ? c - '0' : c - 'A' + 10; }

}  // namespace

std::string compact(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text)
        if (c != ' ') out.push_back(c);
    return out;
}

bool luhnValid(std::string_view digits) {
    if (!allDigits(digits)) return false;
    int sum = 0;
    bool doubled = false;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        int value = *it - '0';
        if (doubled) {
            value *= 2;
            if (value > 9) value -= 9;
        }
        sum += value;
        doubled = !doubled;
    }
    return sum % 10 == 0;
}

IdCheck checkSiren(std::string_view siren) {
    const std::string s = compact(siren);
    if (s.size() != 9 || !allDigits(s)) return IdCheck::Format;
    return luhnValid(s) ? IdCheck::Valid : IdCheck::Checksum;
}

IdCheck checkSiret(std::string_view siret) {
    const std::string s = compact(siret);
    if (s.size() != 14 || !allDigits(s)) return IdCheck::Format;
    static const std::string laPoste = "356000000";
    // La Poste's establishments have a digit sum multiple of 5; its head office follows Luhn.
    if (s.compare(0, 9, laPoste) == 0)
        return digitSum(s) % 5 == 0 || luhnValid(s) ? IdCheck::Valid : IdCheck::Checksum;
    if (!luhnValid(s.substr(0, 9))) return IdCheck::SirenChecksum;
    return luhnValid(s) ? IdCheck::Valid : IdCheck::Checksum;
}

std::string sirenOfSiret(std::string_view siret) {
    const std::string s = compact(siret);
    return s.size() >= 9 ? s.substr(0, 9) : std::string();
}

int frenchVatKey(std::string_view siren) {
    int remainder = 0;   // SIREN mod 97, digit by digit
    for (char c : siren) remainder = (remainder * 10 + (c - '0')) % 97;
    return (12 + 3 * remainder) % 97;
}

IdCheck checkFrenchVat(std::string_view vatNumber) {
    const std::string s = compact(vatNumber);
    if (s.size() != 13 || s.compare(0, 2, "FR") != 0) return IdCheck::Format;
    const std::string key = s.substr(2, 2), siren = s.substr(4);
    if (!allDigits(key) || !allDigits(siren)) return IdCheck::Format;
    return std::stoi(key) == frenchVatKey(siren) ? IdCheck::Valid : IdCheck::Checksum;
}

std::string sirenOfFrenchVat(std::string_view vatNumber) {
    const std::string s = compact(vatNumber);
    return s.size() == 13 && s.compare(0, 2, "FR") == 0 ? s.substr(4) : std::string();
}

IdCheck checkNda(std::string_view nda) {
    const std::string s = compact(nda);
    if (s.size() != 11 || !allDigits(s)) return IdCheck::Format;
    return s.compare(2, 2, s, 9, 2) == 0 ? IdCheck::Valid : IdCheck::Pattern;
}

IdCheck checkNif(std::string_view nif) {
    const std::string s = compact(nif);
    if (s.size() != 9 || !allDigits(s)) return IdCheck::Format;
    int sum = 0;
    for (int i = 0; i < 8; ++i) sum += (s[i] - '0') * (9 - i);
    const int remainder = sum % 11;
    const int check = remainder < 2 ? 0 : 11 - remainder;
    if (check != s[8] - '0') return IdCheck::Checksum;
    // Attributed ranges (VAL-06): single-digit prefixes, then two-digit ones.
    static const std::string singlePrefixes = "123568";
    static const char* const doublePrefixes[] = {"45", "70", "71", "72", "74", "75", "77",
                                                 "79", "90", "91", "98", "99"};
    if (singlePrefixes.find(s[0]) != std::string::npos) return IdCheck::Valid;
    for (const char* prefix : doublePrefixes)
        if (s.compare(0, 2, prefix) == 0) return IdCheck::Valid;
    return IdCheck::UnknownPrefix;
}

IdCheck checkCnaefCode(std::string_view code) {
    if (code.size() != 3 || !allDigits(code)) return IdCheck::Format;
    return cnaef::isAreaCode(code) ? IdCheck::Valid : IdCheck::UnknownCode;
}

bool isRncpCode(std::string_view code) {
    const size_t n = matchPrefixAndDigits(code, "RNCP");
    return n != 0 && n == code.size();
}

bool isRncpBlockCode(std::string_view code) {
    const size_t n = matchPrefixAndDigits(code, "RNCP");
    return n != 0 && code.size() == n + 4 && code.substr(n, 2) == "BC" && allDigits(code.substr(n + 2));
}

bool isRsCode(std::string_view code) {
    const size_t n = matchPrefixAndDigits(code, "RS");
    return n != 0 && n == code.size();
}

IdCheck checkUfcdCode(std::string_view code) {
    return code.size() == 4 && allDigits(code) ? IdCheck::Valid : IdCheck::Format;
}

IdCheck checkCitizenCard(std::string_view number) {
    std::string s = compact(number);
    std::transform(s.begin(), s.end(), s.begin(),
                   [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; });
    if (s.size() != 12 || !allDigits(s.substr(0, 9)) || !isUpperAlnum(s[9]) || !isUpperAlnum(s[10]) ||
        !isDigit(s[11]))
        return IdCheck::Format;
    int sum = 0;
    bool doubled = false;
    for (auto it = s.rbegin(); it != s.rend(); ++it) {
        int value = citizenCardValue(*it);
        if (doubled) {
            value *= 2;
            if (value > 9) value -= 9;
        }
        sum += value;
        doubled = !doubled;
    }
    return sum % 10 == 0 ? IdCheck::Valid : IdCheck::Checksum;
}

IdCheck checkPostcode(std::string_view country, std::string_view postcode) {
    if (country == "FR") return postcode.size() == 5 && allDigits(postcode) ? IdCheck::Valid : IdCheck::Format;
    if (country == "PT")
        return postcode.size() == 8 && postcode[4] == '-' && allDigits(postcode.substr(0, 4)) &&
                       allDigits(postcode.substr(5))
                   ? IdCheck::Valid
                   : IdCheck::Format;
    return IdCheck::Valid;
}

}  // namespace fd::ids
