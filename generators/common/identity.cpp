#include "generators/common/identity.h"

#include "generators/common/links.h"
#include "model/identifiers.h"

namespace fd::gen {

namespace {

void addRow(doc::KeyValueTable& table, const i18n::Localizer& l10n, const char* labelKey, doc::Inlines value) {
    table.rows.emplace_back(doc::plain(l10n.msg(labelKey)), std::move(value));
}

void addTextRow(doc::KeyValueTable& table, const i18n::Localizer& l10n, const char* labelKey,
                const std::string& value) {
    if (!value.empty()) addRow(table, l10n, labelKey, doc::plain(value));
}

void addLinkRow(doc::KeyValueTable& table, const i18n::Localizer& l10n, const char* labelKey,
                const std::string& value, LinkScheme scheme) {
    if (value.empty()) return;
    doc::Run run;
    run.text = value;
    run.link = linkTarget(value, scheme);
    addRow(table, l10n, labelKey, doc::Inlines{run});
}

}  // namespace

std::string addressLine(const Address& address) {
    std::string line;
    auto append = [&line](const std::string& part, const char* separator) {
        if (part.empty()) return;
        if (!line.empty()) line += separator;
        line += part;
    };
    std::string::size_type start = 0;
    while (start <= address.street.size()) {
        auto end = address.street.find('\n', start);
        if (end == std::string::npos) end = address.street.size();
        append(address.street.substr(start, end - start), ", ");
        start = end + 1;
    }
    append(address.postcode, ", ");
    append(address.city, address.postcode.empty() ? ", " : " ");
    return line;
}

doc::KeyValueTable identityBlock(const Organisation& org, const i18n::Localizer& l10n) {
    doc::KeyValueTable table;
    addTextRow(table, l10n, "identity.legal_name", org.legalName);
    if (org.tradeName != org.legalName) addTextRow(table, l10n, "identity.trade_name", org.tradeName);
    addTextRow(table, l10n, "identity.legal_form", org.legalForm);
    addTextRow(table, l10n, "identity.address", addressLine(org.address));
    if (org.jurisdiction == Jurisdiction::FR) {
        addTextRow(table, l10n, "identity.siret", org.siret);
        if (!org.rcsCity.empty())
            addRow(table, l10n, "identity.rcs",
                   doc::plain(l10n.msg("identity.rcs_value",
                                       {{"city", org.rcsCity}, {"siren", ids::sirenOfSiret(org.siret)}})));
        addTextRow(table, l10n, "identity.vat_number", org.vatNumber);
    } else {
        addTextRow(table, l10n, "identity.nif", org.nif);
    }
    addLinkRow(table, l10n, "identity.phone", org.phone, LinkScheme::Phone);
    addLinkRow(table, l10n, "identity.email", org.email, LinkScheme::Email);
    addLinkRow(table, l10n, "identity.website", org.website, LinkScheme::Web);
    return table;
}

}  // namespace fd::gen
