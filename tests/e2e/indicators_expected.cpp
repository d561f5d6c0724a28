#include "indicators_expected.h"

#include <regex>
#include <stdexcept>

#include "e2e_support.h"

namespace fd::e2e {

namespace {

struct CourseKind {
    bool assessed = true;
    bool certifying = false;
};

// The fields of every record, header included, following RFC 4180: quoted fields may hold the
// delimiter, line breaks and doubled quotes.
std::vector<std::vector<std::string>> parseCsv(std::string text) {
    if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
    const size_t firstLineEnd = text.find('\n');
    const std::string header = text.substr(0, firstLineEnd);
    const char delimiter = header.find(';') != std::string::npos ? ';' : ',';

    std::vector<std::vector<std::string>> records;
    std::vector<std::string> record;
    std::string field;
    bool quoted = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') field += '"', ++i;
            else if (c == '"') quoted = false;
            else field += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == delimiter) {
            record.push_back(std::move(field));
            field.clear();
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            record.push_back(std::move(field));
            field.clear();
            records.push_back(std::move(record));
            record.clear();
        } else {
            field += c;
        }
    }
    if (!field.empty() || !record.empty()) {
        record.push_back(std::move(field));
        records.push_back(std::move(record));
    }
    return records;
}

std::string attribute(const std::string& tag, const std::string& name) {
    std::smatch m;
    if (std::regex_search(tag, m, std::regex("\\s" + name + "=\"([^\"]*)\""))) return m[1];
    return {};
}

struct CourseEntry {
    std::string id;
    CourseKind kind;
};

// Each <course> in order: its assessed="" attribute (true when absent) and whether a
// <certification> element comes before the next course.
std::vector<CourseEntry> readCourses(const std::string& workspace) {
    const std::string xml = readFile(workspace + "/courses.xml");
    const std::regex courseTag("<course\\s[^>]*>");
    std::vector<std::smatch> tags;
    for (auto it = std::sregex_iterator(xml.begin(), xml.end(), courseTag); it != std::sregex_iterator(); ++it)
        tags.push_back(*it);
    std::vector<CourseEntry> courses;
    for (size_t i = 0; i < tags.size(); ++i) {
        const std::string tag = tags[i].str();
        const size_t begin = static_cast<size_t>(tags[i].position());
        const size_t end = i + 1 < tags.size() ? static_cast<size_t>(tags[i + 1].position()) : xml.size();
        CourseEntry course;
        course.id = attribute(tag, "id");
        course.kind.assessed = attribute(tag, "assessed") != "false";
        course.kind.certifying = xml.substr(begin, end - begin).find("<certification ") != std::string::npos;
        courses.push_back(course);
    }
    return courses;
}

}  // namespace

std::vector<std::map<std::string, std::string>> readCsvRecords(const std::string& path) {
    const std::vector<std::vector<std::string>> rows = parseCsv(readFile(path));
    if (rows.empty()) throw std::runtime_error(path + ": no header");
    std::vector<std::map<std::string, std::string>> records;
    for (size_t r = 1; r < rows.size(); ++r) {
        if (rows[r].size() == 1 && rows[r][0].empty()) continue;   // blank line
        std::map<std::string, std::string> record;
        for (size_t c = 0; c < rows[0].size() && c < rows[r].size(); ++c) record[rows[0][c]] = rows[r][c];
        records.push_back(std::move(record));
    }
    return records;
}

std::vector<std::string> courseIds(const std::string& workspace) {
    std::vector<std::string> ids;
    for (const CourseEntry& c : readCourses(workspace)) ids.push_back(c.id);
    return ids;
}

ExpectedIndicators expectedIndicators(const std::string& workspace, const std::string& from, const std::string& to,
                                      const std::string& courseId) {
    std::map<std::string, CourseKind> courses;
    bool anyAssessed = false, anyCertifying = false;
    for (const CourseEntry& c : readCourses(workspace)) {
        if (!courseId.empty() && c.id != courseId) continue;
        courses[c.id] = c.kind;
        anyAssessed = anyAssessed || c.kind.assessed;
        anyCertifying = anyCertifying || c.kind.certifying;
    }

    // Session -> its course, for the sessions that ended in the period (ISO dates sort as text).
    std::map<std::string, std::string> courseOfSession;
    for (const auto& s : readCsvRecords(workspace + "/sessions.csv")) {
        const std::string& end = s.at("end");
        if (from <= end && end <= to && courses.count(s.at("course"))) courseOfSession[s.at("id")] = s.at("course");
    }

    long started = 0, completed = 0, failed = 0, abandoned = 0, respondents = 0, satisfied = 0;
    ExpectedRate success, certification;
    for (const auto& t : readCsvRecords(workspace + "/trainees.csv")) {
        const auto session = courseOfSession.find(t.at("session"));
        if (session == courseOfSession.end()) continue;
        const CourseKind& course = courses.at(session->second);
        const std::string& outcome = t.at("outcome");
        ++started;
        if (outcome == "abandoned") {
            ++abandoned;
        } else {
            (outcome == "completed" ? completed : failed) += 1;
            const std::string& answer = t.at("satisfaction");
            if (!answer.empty()) {
                ++respondents;
                if (std::stoi(answer) >= 4) ++satisfied;
            }
            if (course.assessed) {
                ++success.denominator;
                if (outcome == "completed") ++success.numerator;
            }
        }
        const std::string& result = t.at("certification");
        if (course.certifying && !result.empty()) {
            ++certification.denominator;
            if (result == "obtained" || result == "partial") ++certification.numerator;
        }
    }

    ExpectedIndicators e;
    e.trainees = started;
    e.satisfaction = {satisfied, respondents};
    e.response = {respondents, completed + failed};
    e.completion = {completed + failed, started};
    e.abandon = {abandoned, started};
    if (anyAssessed) e.success = success;
    if (anyCertifying) e.certification = certification;
    return e;
}

}  // namespace fd::e2e
