#include "readers/courses_reader.h"

#include "readers/xml_reader.h"

namespace fd::readers {

namespace {

std::string indexed(const std::string& name, size_t oneBasedIndex) {
    return name + "[" + std::to_string(oneBasedIndex) + "]";
}

// Reads one course; `field` prefixes its diagnostics ("course[MGT-ENT]").
class CourseReader {
public:
    CourseReader(const XmlReader& reader, pugi::xml_node element, std::string field)
        : r_(reader), element_(element), field_(std::move(field)) {}

    Course read() {
        course_.loc = r_.location(element_);
        r_.checkChildren(element_,
                         {{"title"}, {"domain"}, {"audience"}, {"prerequisites"}, {"objectives"},
                          {"professional-objective"}, {"modules"}, {"training-type"}, {"methods"}, {"means"},
                          {"assessment"}, {"follow-up-means"}, {"distance-support"}, {"work-based-details"},
                          {"accessibility"}, {"access-modalities"}, {"access-deadline"}, {"prices"},
                          {"certification"}, {"cnaef"}, {"trainer-profile"}, {"locations"}, {"schedule"},
                          {"group"}, {"sanction"}},
                         field_);
        readAttributes();
        course_.title = text("title");
        course_.domain = text("domain");
        course_.audience = text("audience");
        readPrerequisites();
        course_.objectives = textList("objectives", "item");
        course_.professionalObjective = text("professional-objective");
        readModules();
        course_.trainingType = text("training-type");
        course_.methods = text("methods");
        course_.means = text("means");
        course_.assessment = text("assessment");
        course_.followUpMeans = text("follow-up-means");
        course_.distanceSupport = text("distance-support");
        course_.workBasedDetails = text("work-based-details");
        course_.accessibility = text("accessibility");
        course_.accessModalities = text("access-modalities");
        course_.accessDeadline = text("access-deadline");
        course_.accessDeadlineDays =
            r_.integer(element_.child("access-deadline"), "days", sub("access-deadline.days"), 0, 3650).value_or(0);
        readPrices();
        readCertification();
        if (pugi::xml_node cnaef = element_.child("cnaef")) {
            course_.loc.fieldLines["cnaef"] = r_.line(cnaef);
            course_.cnaef = r_.plainText(cnaef);
        }
        course_.trainerProfile = text("trainer-profile");
        course_.locations = textList("locations", "location");
        course_.schedule = text("schedule");
        readGroup();
        course_.sanction = text("sanction");
        return std::move(course_);
    }

private:
    std::string sub(const std::string& name) const { return subField(field_, name); }

    LocalizedText text(const char* name) { return r_.text(element_.child(name), sub(name), course_.loc, name); }

    // <list><item>…</item>…</list>: one translatable text per item, keyed "list[n]".
    std::vector<LocalizedText> textList(const char* listName, const char* itemName) {
        std::vector<LocalizedText> items;
        const pugi::xml_node list = element_.child(listName);
        if (!list) return items;
        course_.loc.fieldLines[listName] = r_.line(list);
        r_.checkChildren(list, {{itemName, true}}, sub(listName));
        for (pugi::xml_node item : list.children(itemName)) {
            const std::string key = indexed(listName, items.size() + 1);
            items.push_back(r_.text(item, sub(key), course_.loc, key));
        }
        return items;
    }

    void readAttributes() {
        course_.id = r_.attribute(element_, "id");
        course_.version = r_.attribute(element_, "version");
        course_.lastUpdate = r_.date(element_, "last-update", sub("last-update")).value_or(Date{});
        course_.totalHours = r_.hours(element_, "hours", sub("hours")).value_or(Hours{});
        course_.deliveryMode = r_.choice(element_, "delivery", sub("delivery"), deliveryModeNames())
                                   .value_or(DeliveryMode::Presential);
        course_.nature =
            r_.choice(element_, "nature", sub("nature"), actionNatureNames()).value_or(ActionNature::Training);
        course_.assessed = r_.boolean(element_, "assessed", sub("assessed")).value_or(true);
    }

    void readPrerequisites() {
        const pugi::xml_node element = element_.child("prerequisites");
        if (!element) return;
        course_.noPrerequisites = r_.boolean(element, "none", sub("prerequisites.none")).value_or(false);
        course_.prerequisites = textList("prerequisites", "item");
        if (course_.noPrerequisites && !course_.prerequisites.empty())
            r_.error(element, sub("prerequisites"), "diag.course.prerequisites_both");
    }

    void readModules() {
        const pugi::xml_node modules = element_.child("modules");
        if (!modules) return;
        course_.loc.fieldLines["modules"] = r_.line(modules);
        r_.checkChildren(modules, {{"module", true}}, sub("modules"));
        for (pugi::xml_node element : modules.children("module")) {
            const std::string field = sub(indexed("modules", course_.modules.size() + 1));
            r_.checkChildren(element, {{"title"}, {"content"}}, field);
            Module m;
            m.loc = r_.location(element);
            m.code = r_.attribute(element, "code");
            m.hours = r_.hours(element, "hours", subField(field, "hours")).value_or(Hours{});
            m.title = r_.text(element.child("title"), subField(field, "title"), m.loc, "title");
            m.content = r_.text(element.child("content"), subField(field, "content"), m.loc, "content");
            course_.modules.push_back(std::move(m));
        }
    }

    void readPrices() {
        const pugi::xml_node prices = element_.child("prices");
        if (!prices) return;
        course_.loc.fieldLines["prices"] = r_.line(prices);
        r_.checkChildren(prices, {{"price", true}}, sub("prices"));
        for (pugi::xml_node element : prices.children("price")) {
            const std::string key = indexed("prices", course_.prices.size() + 1);
            r_.checkChildren(element, {{"label"}}, sub(key));
            course_.loc.fieldLines[key] = r_.line(element);
            Price p;
            if (auto amount = r_.cents(element, "cents", sub(key + ".cents"))) p.amount = *amount;
            else if (r_.attribute(element, "cents").empty())
                r_.error(element, sub(key + ".cents"), "diag.required");
            p.basis =
                r_.choice(element, "basis", sub(key + ".basis"), priceBasisNames()).value_or(PriceBasis::PerPerson);
            p.taxIncluded = r_.choice(element, "tax", sub(key + ".tax"), taxInclusionNames()).value_or(false);
            p.label = r_.text(element.child("label"), sub(key + ".label"), course_.loc, key + ".label");
            course_.prices.push_back(std::move(p));
        }
    }

    void readCertification() {
        const pugi::xml_node element = element_.child("certification");
        if (!element) return;
        const std::string field = sub("certification");
        r_.checkChildren(element,
                         {{"title"}, {"block", true}, {"equivalences"}, {"bridges"}, {"follow-up"}, {"job-outcomes"}},
                         field);
        course_.loc.fieldLines["certification"] = r_.line(element);
        CertifyingData c;
        c.type =
            r_.choice(element, "type", field + ".type", certificationTypeNames()).value_or(CertificationType::RNCP);
        c.code = r_.attribute(element, "code");
        c.certifier = r_.attribute(element, "certifier");
        c.registrationDate = r_.date(element, "registration-date", field + ".registration-date").value_or(Date{});
        const auto text = [&](const char* name) {
            const std::string key = std::string("certification.") + name;
            return r_.text(element.child(name), sub(key), course_.loc, key);
        };
        c.title = text("title");
        for (pugi::xml_node blockElement : element.children("block")) {
            const std::string key = indexed("certification.blocks", c.blocks.size() + 1);
            r_.checkChildren(blockElement, {{"title"}}, sub(key));
            course_.loc.fieldLines[key] = r_.line(blockElement);
            CertificationBlock block;
            block.code = r_.attribute(blockElement, "code");
            block.title = r_.text(blockElement.child("title"), sub(key + ".title"), course_.loc, key + ".title");
            c.blocks.push_back(std::move(block));
        }
        c.equivalences = text("equivalences");
        c.bridges = text("bridges");
        c.followUp = text("follow-up");
        c.jobOutcomes = text("job-outcomes");
        course_.certification = std::move(c);
    }

    void readGroup() {
        const pugi::xml_node group = element_.child("group");
        if (!group) return;
        course_.loc.fieldLines["group"] = r_.line(group);
        course_.groupMin = r_.integer(group, "min", sub("group.min"), 0, 100000).value_or(0);
        course_.groupMax = r_.integer(group, "max", sub("group.max"), 0, 100000).value_or(0);
    }

    const XmlReader& r_;
    pugi::xml_node element_;
    std::string field_;
    Course course_;
};

}  // namespace

std::optional<std::vector<Course>> readCourses(const XmlFile& file, const std::string& mainLanguage,
                                               Diagnostics& diagnostics) {
    const pugi::xml_node root = file.root();
    if (std::string_view(root.name()) != "courses") {
        diagnostics.error(file.name(), file.lineOf(root), "", "diag.xml.root",
                          {{"expected", "courses"}, {"found", root.name()}});
        return std::nullopt;
    }
    const XmlReader reader(file, diagnostics, mainLanguage);
    reader.checkChildren(root, {{"course", true}}, "");
    std::vector<Course> courses;
    for (pugi::xml_node element : root.children("course")) {
        const std::string id = reader.attribute(element, "id");
        // Diagnostics name a course by its id, or by its position while it has none.
        const std::string field =
            "course[" + (id.empty() ? "#" + std::to_string(courses.size() + 1) : id) + "]";
        courses.push_back(CourseReader(reader, element, field).read());
    }
    return courses;
}

std::optional<std::vector<Course>> readCoursesFile(const std::string& path, const std::string& name,
                                                   const std::string& mainLanguage, Diagnostics& diagnostics) {
    XmlFile file(name);
    if (!file.load(path, diagnostics)) return std::nullopt;
    return readCourses(file, mainLanguage, diagnostics);
}

}  // namespace fd::readers
