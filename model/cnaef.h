// The CNAEF, Classificação Nacional das Áreas de Educação e Formação (Portaria n.º 256/2005,
// 16 March): the 3-digit education and training area codes. Portuguese training entities are
// certified by DGERT per area, and every course and certificate states its area.
// Only the codes live here; their names are messages "cnaef.<code>" in locales/*/cnaef.xlf.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace fd::cnaef {

// Every area code, ascending, leading zeros kept ("010", "080", "090", "140"…"999").
const std::vector<std::string>& areaCodes();
bool isAreaCode(std::string_view code);
// The message key of the area's name: "cnaef.341".
std::string nameKey(std::string_view code);

}  // namespace fd::cnaef
