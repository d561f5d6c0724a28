#include "model/cnaef.h"

#include <algorithm>

namespace fd::cnaef {

// Codes of the Portaria's table. Codes ending in 0 name a whole study area (340 Ciências
// empresariais) and appear as such in published lists of areas; codes ending in 9 are the
// "programas não classificados noutra área de formação" of their study area.
const std::vector<std::string>& areaCodes() {
    static const std::vector<std::string> codes = {
        "010", "080", "090",
        "140", "142", "143", "144", "145", "146", "149",
        "210", "211", "212", "213", "214", "215", "219",
        "220", "221", "222", "223", "225", "226", "229",
        "310", "311", "312", "313", "314", "319",
        "320", "321", "322", "329",
        "340", "341", "342", "343", "344", "345", "346", "347", "349",
        "380",
        "420", "421", "422", "429",
        "440", "441", "442", "443", "449",
        "460", "461", "462", "469",
        "480", "481", "482", "489",
        "520", "521", "522", "523", "524", "525", "529",
        "540", "541", "542", "543", "544", "549",
        "580", "581", "582", "589",
        "620", "621", "622", "623", "624", "629",
        "640",
        "720", "721", "723", "724", "725", "726", "727", "729",
        "760", "761", "762", "769",
        "810", "811", "812", "813", "814", "815", "819",
        "840",
        "850", "851", "852", "853", "859",
        "860", "861", "862", "863", "869",
        "999",
    };
    return codes;
}

bool isAreaCode(std::string_view code) {
    const auto& codes = areaCodes();
    return std::binary_search(codes.begin(), codes.end(), code,
                              [](std::string_view a, std::string_view b) { return a < b; });
}

std::string nameKey(std::string_view code) { return "cnaef." + std::string(code); }

}  // namespace fd::cnaef
