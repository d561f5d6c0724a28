// The organisation identity block shared by every document kind (FR-PROG-25, FR-FMT-08,
// PT-CERT-02): legal name, legal form, address, company identifiers and contacts.
// Identifiers stay as written in every language (EN-03). The NDA number is deliberately absent:
// the law allows it only inside the registration sentence (FR-FMT-01, see mentions.h).
#pragma once

#include "doc/doc.h"
#include "i18n/i18n.h"
#include "model/model.h"

namespace fd::gen {

doc::KeyValueTable identityBlock(const Organisation& org, const i18n::Localizer& l10n);

// "12 rue de la République, 69002 Lyon": street lines, then postcode and city.
std::string addressLine(const Address& address);

}  // namespace fd::gen
