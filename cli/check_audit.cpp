#include "cli/check_audit.h"

#include <ostream>

#include "cli/environment.h"
#include "cli/ui.h"
#include "generators/catalogue/catalogue_template.h"
#include "generators/check/text_report.h"
#include "generators/programme/programme.h"
#include "generators/regulation/coverage.h"
#include "generators/regulation/regulation.h"
#include "model/clock.h"

namespace fd::cli {

namespace {

// Every template a `build` of this workspace would use, with the requirement IDs it declares.
std::vector<check::TemplateCoverage> templatesInUse(const Workspace& workspace) {
    const std::string dataDir = dataDirectory();
    // Templates are checked against a catalogue's keys, which every language shares.
    const i18n::Catalogue& messages = Ui::instance().localizer().messages();
    std::vector<check::TemplateCoverage> templates;
    const tmpl::Template programme = gen::loadProgrammeTemplate(dataDir, workspace, messages);
    templates.push_back(check::coverageOf(programme, check::DocumentKind::Programme,
                                          check::displayedTemplatePath(programme.file(), workspace.root)));
    const tmpl::Template catalogue = gen::loadCatalogueTemplate(dataDir, workspace, messages);
    templates.push_back(check::coverageOf(catalogue, check::DocumentKind::Catalogue,
                                          check::displayedTemplatePath(catalogue.file(), workspace.root)));
    // The regulation's generator knows which articles its workspace needs (trainee delegates for
    // long courses, payments when training is paid…): its lists decide (generators/regulation/coverage.h).
    const tmpl::Template regulation = gen::loadRegulationTemplate(dataDir, workspace, messages);
    templates.push_back(check::coverageOf(
        regulation, check::DocumentKind::Regulation, check::displayedTemplatePath(regulation.file(), workspace.root),
        check::RequiredIds{gen::mandatoryRegulationRequirements(workspace),
                           gen::recommendedRegulationRequirements(workspace)}));
    return templates;
}

}  // namespace

check::AuditReport auditWorkspace(const Workspace& workspace) {
    return check::runAudit(workspace, check::AuditInputs{buildDate(), templatesInUse(workspace)});
}

void printAuditReport(const check::AuditReport& report, const Workspace& workspace, std::ostream& out) {
    out << check::formatTextReport(report, workspace, Ui::instance().localizer());
}

}  // namespace fd::cli
