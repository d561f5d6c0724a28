#include "generators/catalogue/catalogue_template.h"

#include "generators/template/schema.h"

namespace fd::gen {

namespace {

// The `catalogue` record: the fields of CatalogueFacts.
struct CatalogueRecord {
    tmpl::RecordType type{"catalogue"};
    CatalogueRecord() {
        tmpl::Fields<CatalogueFacts>(type)
            .text("year", [](const CatalogueFacts& f) { return f.year; })
            .date("edition", [](const CatalogueFacts& f) { return f.edition; })
            .date("validUntil", [](const CatalogueFacts& f) { return f.validUntil; })
            .integer("courses", [](const CatalogueFacts& f) { return f.courses; })
            .integer("domains", [](const CatalogueFacts& f) { return f.domains; });
    }
};

const tmpl::RecordType& catalogueRecord() {
    static const CatalogueRecord record;
    return record.type;
}

}  // namespace

int catalogueYear(const Date& today) {
    constexpr int kNextYearFromMonth = 10;
    return today.month >= kNextYearFromMonth ? today.year + 1 : today.year;
}

CatalogueFacts catalogueFacts(const Date& today, size_t courses, size_t domains) {
    const int year = catalogueYear(today);
    CatalogueFacts facts;
    facts.year = std::to_string(year);
    facts.edition = today;
    facts.validUntil = Date{year, 12, 31};
    facts.courses = static_cast<int64_t>(courses);
    facts.domains = static_cast<int64_t>(domains);
    return facts;
}

const tmpl::Vocabulary& catalogueVocabulary() {
    static const tmpl::Vocabulary vocabulary{
        "catalogue",
        {{"organisation", tmpl::Type::recordOf(tmpl::schema().organisation)},
         {"document", tmpl::Type::recordOf(tmpl::schema().document)},
         {"mentions", tmpl::Type::recordOf(tmpl::schema().mentions)},
         {"catalogue", tmpl::Type::recordOf(catalogueRecord())}}};
    return vocabulary;
}

tmpl::Value catalogueValue(const CatalogueFacts& facts) {
    return tmpl::Value{tmpl::RecordValue{&catalogueRecord(), &facts, tmpl::Origin{}}};
}

std::string catalogueTemplateName(const Organisation& org) { return org.jurisdiction == Jurisdiction::PT ? "pt" : "fr"; }

tmpl::Template loadCatalogueTemplate(const std::string& dataDir, const Workspace& workspace,
                                     const i18n::Catalogue& messages) {
    const std::string path =
        tmpl::locateTemplate(dataDir, workspace.root, "catalogue", catalogueTemplateName(workspace.organisation));
    return tmpl::Template::load(path, catalogueVocabulary(), messages);
}

}  // namespace fd::gen
