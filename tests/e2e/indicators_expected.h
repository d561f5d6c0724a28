// The result indicators worked out again, independently of formadoc, from a workspace's own
// files (trainees.csv, sessions.csv, courses.xml) and the formulas of the requirements:
//   RES-F1 satisfaction = answers 4 or 5 ÷ respondents who finished; response = respondents ÷ finished
//   RES-F2 completion = finished (completed or failed) ÷ started; drop-out = abandoned ÷ started
//   RES-F3 success = completed ÷ (completed + failed) in assessed courses
//   RES-F4 certification = (obtained + partial) ÷ candidates presented in certifying courses
// over the sessions whose end date falls in the period. The e2e tests compare what formadoc
// prints and stores with these numbers.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace fd::e2e {

struct ExpectedRate {
    long numerator = 0;
    long denominator = 0;
    // The percentage rounded half up to a whole number, as the documents print it.
    long roundedPercent() const { return (200 * numerator + denominator) / (2 * denominator); }
};

struct ExpectedIndicators {
    long trainees = 0;
    ExpectedRate satisfaction, response, completion, abandon;
    std::optional<ExpectedRate> success;        // some course in scope is assessed
    std::optional<ExpectedRate> certification;  // some course in scope is certifying
};

// RFC 4180 records of a CSV file (';' or ',' as found in the header, UTF-8 BOM skipped), each
// as a map from the header's column names.
std::vector<std::map<std::string, std::string>> readCsvRecords(const std::string& path);

// Both ISO dates inclusive. With `courseId`, only that course's sessions count (but whether
// success and certification apply is then that course's).
ExpectedIndicators expectedIndicators(const std::string& workspace, const std::string& from, const std::string& to,
                                      const std::string& courseId = {});

// The ids of the courses of a workspace, in courses.xml order.
std::vector<std::string> courseIds(const std::string& workspace);

}  // namespace fd::e2e
