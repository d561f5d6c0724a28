#include "readers/organisation_reader.h"

#include <algorithm>

#include "readers/localized_text_reader.h"
#include "readers/text_util.h"
#include "readers/xml_reader.h"

namespace fd::readers {

namespace {

// The output languages, read first because translatable texts are checked against the main one.
std::vector<std::string> readLanguages(const XmlReader& r, pugi::xml_node element, Organisation& org) {
    std::vector<std::string> languages;
    if (!element) return languages;
    org.loc.fieldLines["languages"] = r.line(element);
    for (const auto& lang : splitWords(r.plainText(element))) {
        if (!isTextLanguage(lang))
            r.error(element, "languages", "diag.language.unsupported",
                    {{"lang", lang}, {"allowed", joinNames(textLanguages())}});
        else if (std::find(languages.begin(), languages.end(), lang) != languages.end())
            r.error(element, "languages", "diag.language.duplicate", {{"lang", lang}});
        else
            languages.push_back(lang);
    }
    return languages;
}

// A plain text child, its line recorded under its element name.
std::string readPlain(const XmlReader& r, pugi::xml_node parent, const char* name, SourceLoc& loc) {
    const pugi::xml_node element = parent.child(name);
    if (!element) return {};
    loc.fieldLines[name] = r.line(element);
    return r.plainText(element);
}

void readAddress(const XmlReader& r, pugi::xml_node element, Organisation& org) {
    if (!element) return;
    r.checkChildren(element, {{"street", true}, {"postcode"}, {"city"}, {"country"}}, "address");
    org.loc.fieldLines["address"] = r.line(element);
    for (pugi::xml_node street : element.children("street")) {
        if (!org.address.street.empty()) org.address.street += '\n';
        else org.loc.fieldLines["street"] = r.line(street);
        org.address.street += r.plainText(street);
    }
    org.address.postcode = readPlain(r, element, "postcode", org.loc);
    org.address.city = readPlain(r, element, "city", org.loc);
    org.address.country = readPlain(r, element, "country", org.loc);
}

void readIdentifiers(const XmlReader& r, pugi::xml_node element, Organisation& org) {
    if (!element) return;
    r.checkChildren(element, {{"siret"}, {"nda"}, {"rcs"}, {"vat-number"}, {"nif"}}, "identifiers");
    org.siret = readPlain(r, element, "siret", org.loc);
    org.nda = readPlain(r, element, "nda", org.loc);
    org.ndaRegion = r.attribute(element.child("nda"), "region");
    org.rcsCity = readPlain(r, element, "rcs", org.loc);
    org.vatNumber = readPlain(r, element, "vat-number", org.loc);
    org.nif = readPlain(r, element, "nif", org.loc);
}

void readQualiopi(const XmlReader& r, pugi::xml_node element, Organisation& org) {
    if (!element) return;
    r.checkChildren(element, {{"category", true}}, "qualiopi");
    org.loc.fieldLines["qualiopi"] = r.line(element);
    QualiopiCertification q;
    q.number = r.attribute(element, "number");
    q.certifier = r.attribute(element, "certifier");
    q.validFrom = r.date(element, "valid-from", "qualiopi.valid-from").value_or(Date{});
    q.validUntil = r.date(element, "valid-until", "qualiopi.valid-until").value_or(Date{});
    for (pugi::xml_node category : element.children("category")) {
        const std::string name = r.plainText(category);
        if (r.checkWord(category, "qualiopi.category", name, qualiopiCategoryNames())) q.categories.push_back(name);
    }
    org.qualiopi = std::move(q);
}

void readDgert(const XmlReader& r, pugi::xml_node element, Organisation& org) {
    if (!element) return;
    r.checkChildren(element, {{"area", true}}, "dgert");
    org.loc.fieldLines["dgert"] = r.line(element);
    DgertCertification d;
    d.number = r.attribute(element, "number");
    d.validFrom = r.date(element, "valid-from", "dgert.valid-from").value_or(Date{});
    d.validUntil = r.date(element, "valid-until", "dgert.valid-until").value_or(Date{});
    for (pugi::xml_node area : element.children("area")) {
        d.areas.push_back(r.plainText(area));
        org.loc.fieldLines["dgert.area[" + std::to_string(d.areas.size()) + "]"] = r.line(area);
    }
    org.dgert = std::move(d);
}

void readVat(const XmlReader& r, pugi::xml_node element, Organisation& org) {
    if (!element) return;
    org.loc.fieldLines["vat"] = r.line(element);
    if (auto regime = r.choice(element, "regime", "vat.regime", vatRegimeNames())) org.vatRegime = *regime;
    if (auto rate = r.permille(element, "rate", "vat.rate")) org.vatRatePermille = *rate;
}

void readContact(const XmlReader& r, pugi::xml_node element, Organisation& org) {
    const std::string kind = r.attribute(element, "kind");
    if (!r.checkWord(element, "contact.kind", kind, contactKindNames())) return;
    const std::string key = "contact[" + kind + "]";
    r.checkChildren(element, {{"role"}}, key);
    Contact* target = kind == "disability-referent" ? &org.disabilityReferent
                      : kind == "pedagogical"       ? &org.pedagogicalContact
                      : kind == "administrative"    ? &org.administrativeContact
                                                    : &org.dataProtectionContact;
    if (!target->empty()) r.error(element, key, "diag.contact.duplicate", {{"kind", kind}});
    org.loc.fieldLines[key] = r.line(element);
    target->name = r.attribute(element, "name");
    target->email = r.attribute(element, "email");
    target->phone = r.attribute(element, "phone");
    target->role = r.text(element.child("role"), key + ".role", org.loc, key + ".role");
}

void readPolicies(const XmlReader& r, pugi::xml_node element, Organisation& org) {
    if (!element) return;
    r.checkChildren(element, {{"refund"}, {"opening-hours"}, {"training-policy"}}, "policies");
    org.loc.fieldLines["policies"] = r.line(element);
    Policies& p = org.policies;
    p.minAttendancePercent =
        r.integer(element, "min-attendance", "policies.min-attendance", 0, 100).value_or(p.minAttendancePercent);
    p.complaintResponseDays = r.integer(element, "complaint-response-days", "policies.complaint-response-days", 0, 365)
                                  .value_or(p.complaintResponseDays);
    p.withdrawalDays =
        r.integer(element, "withdrawal-days", "policies.withdrawal-days", 0, 365).value_or(p.withdrawalDays);
    p.smallSampleThreshold = r.integer(element, "small-sample-threshold", "policies.small-sample-threshold", 0, 1000)
                                 .value_or(p.smallSampleThreshold);
    p.isCfa = r.boolean(element, "cfa", "policies.cfa").value_or(p.isCfa);
    p.regulationEffective =
        r.date(element, "regulation-effective", "policies.regulation-effective").value_or(p.regulationEffective);
    p.refundPolicy = r.text(element.child("refund"), "policies.refund", org.loc, "policies.refund");
    p.openingHours =
        r.text(element.child("opening-hours"), "policies.opening-hours", org.loc, "policies.opening-hours");
    p.trainingPolicy =
        r.text(element.child("training-policy"), "policies.training-policy", org.loc, "policies.training-policy");
}

bool isHexColour(const std::string& value) {
    return value.size() == 7 && value[0] == '#' &&
           std::all_of(value.begin() + 1, value.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
           });
}

void readBranding(const XmlReader& r, pugi::xml_node element, Organisation& org) {
    if (!element) return;
    org.loc.fieldLines["branding"] = r.line(element);
    org.logoFile = r.attribute(element, "logo");
    const std::string colour = r.attribute(element, "primary-colour");
    if (colour.empty()) return;
    if (isHexColour(colour)) org.primaryColour = colour;
    else r.error(element, "branding.primary-colour", "diag.value.colour", {{"value", colour}});
}

}  // namespace

std::optional<Organisation> readOrganisation(const XmlFile& file, Diagnostics& diagnostics) {
    const pugi::xml_node root = file.root();
    if (std::string_view(root.name()) != "organisation") {
        diagnostics.error(file.name(), file.lineOf(root), "", "diag.xml.root",
                          {{"expected", "organisation"}, {"found", root.name()}});
        return std::nullopt;
    }
    Organisation org;
    org.loc = SourceLoc{file.name(), file.lineOf(root), {}};

    // The main language must be known before any translatable text is read.
    XmlReader pre(file, diagnostics, "");
    if (auto jurisdiction = pre.choice(root, "jurisdiction", "jurisdiction", jurisdictionNames()))
        org.jurisdiction = *jurisdiction;
    else if (pre.attribute(root, "jurisdiction").empty())
        diagnostics.error(file.name(), org.loc.line, "jurisdiction", "diag.required");
    org.languages = readLanguages(pre, root.child("languages"), org);
    const XmlReader r(file, diagnostics, org.mainLanguage());

    r.checkChildren(root,
                    {{"legal-name"}, {"trade-name"}, {"legal-form"}, {"address"}, {"phone"}, {"email"},
                     {"website"}, {"identifiers"}, {"qualiopi"}, {"dgert"}, {"vat"}, {"legal-representative"},
                     {"contact", true}, {"branding"}, {"languages"}, {"certificates"}, {"policies"}},
                    "");
    org.legalName = readPlain(r, root, "legal-name", org.loc);
    org.tradeName = readPlain(r, root, "trade-name", org.loc);
    org.legalForm = readPlain(r, root, "legal-form", org.loc);
    readAddress(r, root.child("address"), org);
    org.phone = readPlain(r, root, "phone", org.loc);
    org.email = readPlain(r, root, "email", org.loc);
    org.website = readPlain(r, root, "website", org.loc);
    readIdentifiers(r, root.child("identifiers"), org);
    readQualiopi(r, root.child("qualiopi"), org);
    readDgert(r, root.child("dgert"), org);
    readVat(r, root.child("vat"), org);

    if (pugi::xml_node representative = root.child("legal-representative")) {
        r.checkChildren(representative, {{"capacity"}}, "legal-representative");
        org.loc.fieldLines["legal-representative"] = r.line(representative);
        org.legalRepresentative.name = r.attribute(representative, "name");
        org.legalRepresentative.capacity = r.text(representative.child("capacity"), "legal-representative.capacity",
                                                  org.loc, "legal-representative.capacity");
    }
    for (pugi::xml_node contact : root.children("contact")) readContact(r, contact, org);
    // The GDPR contact defaults to the administrative one (docs/workspace-format.md).
    if (org.dataProtectionContact.empty()) org.dataProtectionContact = org.administrativeContact;

    readBranding(r, root.child("branding"), org);
    if (pugi::xml_node certificates = root.child("certificates")) {
        org.loc.fieldLines["certificates"] = r.line(certificates);
        org.certificatePrefix = r.attribute(certificates, "prefix");
        org.verificationUrl = r.attribute(certificates, "verification-url");
    }
    readPolicies(r, root.child("policies"), org);
    return org;
}

std::optional<Organisation> readOrganisationFile(const std::string& path, const std::string& name,
                                                 Diagnostics& diagnostics) {
    XmlFile file(name);
    if (!file.load(path, diagnostics)) return std::nullopt;
    return readOrganisation(file, diagnostics);
}

}  // namespace fd::readers
