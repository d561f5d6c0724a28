#include "lheo/courses_xml.h"

#include <string_view>

#include "lheo/localized_xml.h"
#include "lheo/value_text.h"
#include "lheo/xml_output.h"

namespace fd::lheo {

namespace {

using readers::actionNatureNames;
using readers::certificationTypeNames;
using readers::deliveryModeNames;
using readers::priceBasisNames;
using readers::taxInclusionNames;

class CourseWriter {
public:
    CourseWriter(pugi::xml_node element, const std::string& mainLanguage) : e_(element), lang_(mainLanguage) {}

    void write(const Course& c) {
        attributes(c);
        text(e_, "title", c.title);
        text(e_, "domain", c.domain);
        text(e_, "audience", c.audience);
        prerequisites(c);
        list(e_, "objectives", "item", c.objectives);
        text(e_, "professional-objective", c.professionalObjective);
        modules(c.modules);
        text(e_, "training-type", c.trainingType);
        text(e_, "methods", c.methods);
        text(e_, "means", c.means);
        text(e_, "assessment", c.assessment);
        text(e_, "follow-up-means", c.followUpMeans);
        text(e_, "distance-support", c.distanceSupport);
        text(e_, "work-based-details", c.workBasedDetails);
        text(e_, "accessibility", c.accessibility);
        text(e_, "access-modalities", c.accessModalities);
        accessDeadline(c);
        prices(c.prices);
        if (c.certification) certification(*c.certification);
        appendTextElement(e_, "cnaef", c.cnaef);
        text(e_, "trainer-profile", c.trainerProfile);
        list(e_, "locations", "location", c.locations);
        text(e_, "schedule", c.schedule);
        group(c);
        text(e_, "sanction", c.sanction);
    }

private:
    void attributes(const Course& c) {
        e_.append_attribute("id").set_value(c.id.c_str());
        if (!c.version.empty()) e_.append_attribute("version").set_value(c.version.c_str());
        if (!c.lastUpdate.empty()) e_.append_attribute("last-update").set_value(c.lastUpdate.iso().c_str());
        if (c.totalHours.hundredths > 0) e_.append_attribute("hours").set_value(hoursText(c.totalHours).c_str());
        e_.append_attribute("delivery").set_value(nameOf(deliveryModeNames(), c.deliveryMode).c_str());
        e_.append_attribute("nature").set_value(nameOf(actionNatureNames(), c.nature).c_str());
        e_.append_attribute("assessed").set_value(c.assessed ? "true" : "false");
    }

    pugi::xml_node text(pugi::xml_node parent, const char* name, const LocalizedText& t) {
        return appendLocalized(parent, name, t, lang_);
    }

    void list(pugi::xml_node parent, const char* listName, const char* itemName, const std::vector<LocalizedText>& items) {
        if (items.empty()) return;
        pugi::xml_node element = parent.append_child(listName);
        for (const LocalizedText& item : items) forceLocalized(element, itemName, item, lang_);
    }

    void prerequisites(const Course& c) {
        if (c.noPrerequisites) e_.append_child("prerequisites").append_attribute("none").set_value("true");
        else list(e_, "prerequisites", "item", c.prerequisites);
    }

    void modules(const std::vector<Module>& modules) {
        if (modules.empty()) return;
        pugi::xml_node element = e_.append_child("modules");
        for (const Module& m : modules) {
            pugi::xml_node module = element.append_child("module");
            if (m.hours.hundredths > 0) module.append_attribute("hours").set_value(hoursText(m.hours).c_str());
            if (!m.code.empty()) module.append_attribute("code").set_value(m.code.c_str());
            text(module, "title", m.title);
            text(module, "content", m.content);
        }
    }

    void accessDeadline(const Course& c) {
        pugi::xml_node element = text(e_, "access-deadline", c.accessDeadline);
        if (c.accessDeadlineDays <= 0) return;
        if (!element) element = e_.append_child("access-deadline");
        element.prepend_attribute("days").set_value(c.accessDeadlineDays);
    }

    void prices(const std::vector<Price>& prices) {
        if (prices.empty()) return;
        pugi::xml_node element = e_.append_child("prices");
        for (const Price& p : prices) {
            pugi::xml_node price = element.append_child("price");
            price.append_attribute("cents").set_value(std::to_string(p.amount).c_str());
            price.append_attribute("basis").set_value(nameOf(priceBasisNames(), p.basis).c_str());
            price.append_attribute("tax").set_value(nameOf(taxInclusionNames(), p.taxIncluded).c_str());
            text(price, "label", p.label);
        }
    }

    void certification(const CertifyingData& cert) {
        pugi::xml_node element = e_.append_child("certification");
        element.append_attribute("type").set_value(nameOf(certificationTypeNames(), cert.type).c_str());
        for (const auto& [name, value] : {std::pair<const char*, std::string>{"code", cert.code},
                                          {"certifier", cert.certifier},
                                          {"registration-date", cert.registrationDate.empty() ? "" : cert.registrationDate.iso()}})
            if (!value.empty()) element.append_attribute(name).set_value(value.c_str());
        text(element, "title", cert.title);
        for (const CertificationBlock& block : cert.blocks) {
            pugi::xml_node b = element.append_child("block");
            b.append_attribute("code").set_value(block.code.c_str());
            text(b, "title", block.title);
        }
        text(element, "equivalences", cert.equivalences);
        text(element, "bridges", cert.bridges);
        text(element, "follow-up", cert.followUp);
        text(element, "job-outcomes", cert.jobOutcomes);
    }

    void group(const Course& c) {
        if (c.groupMin <= 0 && c.groupMax <= 0) return;
        pugi::xml_node element = e_.append_child("group");
        if (c.groupMin > 0) element.append_attribute("min").set_value(c.groupMin);
        if (c.groupMax > 0) element.append_attribute("max").set_value(c.groupMax);
    }

    pugi::xml_node e_;
    const std::string& lang_;
};

}  // namespace

void appendCourse(pugi::xml_node courses, const Course& course, const std::string& mainLanguage) {
    CourseWriter(courses.append_child("course"), mainLanguage).write(course);
}

std::string coursesXml(const std::vector<Course>& courses, const std::string& mainLanguage) {
    pugi::xml_document document;
    pugi::xml_node root = document.append_child("courses");
    for (const Course& course : courses) appendCourse(root, course, mainLanguage);
    return xmlText(document);
}

std::optional<std::string> coursesXmlWithAdded(const std::string& existing, const std::vector<Course>& added,
                                               const std::string& mainLanguage) {
    pugi::xml_document document;
    const unsigned options = pugi::parse_default | pugi::parse_comments | pugi::parse_declaration;
    if (!document.load_buffer(existing.data(), existing.size(), options, pugi::encoding_utf8)) return std::nullopt;
    pugi::xml_node root = document.document_element();
    if (std::string_view(root.name()) != "courses") return std::nullopt;
    for (const Course& course : added) appendCourse(root, course, mainLanguage);
    return xmlText(document);
}

}  // namespace fd::lheo
