#include "lheo/lheo_import.h"

#include <optional>
#include <utility>

#include "lheo/courses_xml.h"
#include "lheo/element_reader.h"
#include "lheo/identifiers.h"
#include "lheo/lheo_document.h"
#include "lheo/missing_items.h"
#include "lheo/offer_reader.h"
#include "lheo/offers.h"
#include "lheo/organisation_xml.h"
#include "lheo/organisme_reader.h"
#include "lheo/sessions_csv.h"
#include "lheo/target_workspace.h"
#include "model/identifiers.h"
#include "readers/file_io.h"
#include "util/atomic_file.h"

namespace fd::lheo {

namespace {

struct OutputFile {
    std::string name, bytes;
};

class Importer {
public:
    Importer(LheoDocument& document, TargetWorkspace& target, Diagnostics& diagnostics)
        : doc_(document),
          target_(target),
          diagnostics_(diagnostics),
          reader_(document, diagnostics),
          courseIds_(target.courseIds),
          sessionIds_(target.sessionIds) {}

    void importOffer(const OfferNodes& nodes) {
        ImportedOffer offer = readOffer(reader_, nodes);
        const MissingContext at{doc_.name(), doc_.lineOf(nodes.offer), doc_.pathOf(nodes.offer)};
        offer.course.id = courseId(offer);
        takeSessions(offer);
        organisation(nodes, offer);
        reportMissingCourseItems(offer.course, offer.deliveryGiven, offer.certifying, at, diagnostics_);
        courses_.push_back(std::move(offer.course));
    }

    // The files to write, or nullopt (reported) when an existing file cannot be added to.
    std::optional<std::vector<OutputFile>> outputs() {
        std::vector<OutputFile> files;
        const std::string mainLanguage = createdOrganisation_ ? createdOrganisation_->mainLanguage() : target_.mainLanguage;
        if (createdOrganisation_) files.push_back({"organisation.xml", organisationXml(*createdOrganisation_)});
        if (target_.coursesXml) {
            auto merged = coursesXmlWithAdded(*target_.coursesXml, courses_, mainLanguage);
            if (!merged) {
                diagnostics_.error("courses.xml", 0, "", "lheo.merge.unreadable", {{"file", "courses.xml"}});
                return std::nullopt;
            }
            files.push_back({"courses.xml", std::move(*merged)});
        } else {
            files.push_back({"courses.xml", coursesXml(courses_, mainLanguage)});
        }
        if (sessions_.empty()) return files;
        if (target_.sessionsCsv) {
            auto merged = sessionsCsvWithAdded(*target_.sessionsCsv, sessions_, diagnostics_);
            if (!merged) return std::nullopt;
            files.push_back({"sessions.csv", std::move(*merged)});
        } else {
            files.push_back({"sessions.csv", sessionsCsv(sessions_)});
        }
        return files;
    }

    void finish(ImportResult& result) const {
        for (const Course& c : courses_) result.courseIds.push_back(c.id);
        result.sessions = sessions_.size();
        result.organisationCreated = createdOrganisation_.has_value();
        if (!target_.hasOrganisationFile && !createdOrganisation_)
            diagnostics_.warning(doc_.name(), doc_.lineOf(doc_.root()), "", "lheo.organisation.none");
    }

private:
    // The LHEO number made into an id, else the title; apart from the ids already taken.
    std::string courseId(const ImportedOffer& offer) {
        std::string wanted = sanitiseId(offer.lheoId);
        if (!offer.lheoId.empty() && wanted != offer.lheoId)
            reader_.warning(offer.element, "lheo.course.id_sanitised", {{"number", offer.lheoId}, {"id", wanted}});
        if (wanted.empty()) {
            const std::string* title = offer.course.title.get("fr", "fr");
            wanted = title ? sanitiseId(*title) : std::string();
            if (wanted.empty()) wanted = "lheo-" + std::to_string(courses_.size() + 1);
            reader_.warning(offer.element, "lheo.course.id_from_title", {{"id", wanted}});
        }
        const std::string id = courseIds_.claim(wanted);
        if (id != wanted) reader_.warning(offer.element, "lheo.course.id_collision", {{"id", wanted}, {"new_id", id}});
        return id;
    }

    void takeSessions(ImportedOffer& offer) {
        for (size_t i = 0; i < offer.sessions.size(); ++i) {
            ImportedSession& s = offer.sessions[i];
            std::string wanted = sanitiseId(s.lheoId);
            if (wanted.empty()) wanted = offer.course.id + "-" + std::to_string(i + 1);
            s.session.id = sessionIds_.claim(wanted);
            if (s.session.id != wanted)
                reader_.warning(s.element, "lheo.session.id_collision", {{"id", wanted}, {"new_id", s.session.id}});
            s.session.courseId = offer.course.id;
            sessions_.push_back(std::move(s.session));
        }
    }

    // The organisation of the workspace comes from the first offer that names one, unless the
    // workspace already has its own; an offer of another organisation (by SIRET) is reported.
    void organisation(const OfferNodes& nodes, const ImportedOffer& offer) {
        if (!nodes.organisme) return;
        const Organisation* known = createdOrganisation_ ? &*createdOrganisation_
                                    : target_.organisation ? &*target_.organisation
                                                           : nullptr;
        if (known || target_.hasOrganisationFile) {
            const std::string siret = organismeSiret(nodes);
            if (known && !siret.empty() && !known->siret.empty() && ids::compact(siret) != ids::compact(known->siret))
                reader_.warning(nodes.organisme, "lheo.organisation.differs",
                                {{"siret", siret}, {"workspace_siret", known->siret}});
            skipOrganisme(reader_, nodes);
            return;
        }
        Organisation org = readOrganisme(reader_, nodes, offer.contact);
        if (!org.siret.empty() && ids::checkSiret(org.siret) != ids::IdCheck::Valid)
            reader_.warning(nodes.organisme, "lheo.organisation.siret_invalid", {{"value", org.siret}});
        reportMissingOrganisationItems(
            org, MissingContext{doc_.name(), doc_.lineOf(nodes.organisme), doc_.pathOf(nodes.organisme)}, diagnostics_);
        createdOrganisation_ = std::move(org);
    }

    LheoDocument& doc_;
    TargetWorkspace& target_;
    Diagnostics& diagnostics_;
    ElementReader reader_;
    IdAllocator courseIds_, sessionIds_;
    std::vector<Course> courses_;
    std::vector<Session> sessions_;
    std::optional<Organisation> createdOrganisation_;
};

bool writeAll(const std::string& dir, const std::vector<OutputFile>& files, Diagnostics& diagnostics,
              ImportResult& result) {
    try {
        ensureDirectory(dir);
        for (const OutputFile& file : files) {
            writeFileAtomically(readers::joinPath(dir, file.name), file.bytes);
            result.writtenFiles.push_back(file.name);
        }
    } catch (const OutputError& e) {
        diagnostics.error(dir, 0, "", "lheo.write.failed", {{"reason", e.what()}});
        return false;
    }
    return true;
}

}  // namespace

ImportResult importLheo(const std::string& file, const std::string& workspaceDir, Diagnostics& diagnostics) {
    ImportResult result;
    Diagnostics found;
    LheoDocument document(file);
    if (document.load(file, found)) {
        const auto offers = locateOffers(document, found);
        auto target = offers && !offers->empty() ? readTargetWorkspace(workspaceDir, found) : std::nullopt;
        if (target) {
            Importer importer(document, *target, found);
            for (const OfferNodes& nodes : *offers) importer.importOffer(nodes);
            document.reportUnmapped(document.root(), found);
            const auto files = importer.outputs();
            if (files && writeAll(workspaceDir, *files, found, result)) {
                importer.finish(result);
                result.imported = true;
            }
        }
    }
    found.sort();
    diagnostics.append(found);
    return result;
}

}  // namespace fd::lheo
