#include "model/model.h"

namespace fd {

const std::string& Organisation::mainLanguage() const {
    static const std::string french = "fr", portuguese = "pt";
    if (!languages.empty()) return languages.front();
    return jurisdiction == Jurisdiction::PT ? portuguese : french;
}

const Course* Workspace::findCourse(const std::string& id) const {
    for (const auto& c : courses)
        if (c.id == id) return &c;
    return nullptr;
}

const Session* Workspace::findSession(const std::string& id) const {
    for (const auto& s : sessions)
        if (s.id == id) return &s;
    return nullptr;
}

}  // namespace fd
