#include "readers/trainees_reader.h"

#include "readers/csv_values.h"
#include "readers/text_util.h"

namespace fd::readers {

const CsvColumns& traineeColumns() {
    static const CsvColumns columns = {
        {"id", "session", "family_name", "given_names", "hours_attended", "outcome"},
        {"birth_date", "birth_place", "nationality", "sex", "id_type", "id_number", "id_expiry", "employer", "grade",
         "certification", "satisfaction", "email"}};
    return columns;
}

std::optional<std::vector<Trainee>> readTrainees(const CsvTable& table, Diagnostics& diagnostics) {
    if (!checkColumns(table, traineeColumns(), diagnostics)) return std::nullopt;
    std::vector<Trainee> trainees;
    const CsvValues cells(table, diagnostics);
    for (const CsvRecord& record : table.records) {
        Trainee t;
        cells.requireFilled(record, traineeColumns());
        t.loc = cells.location(record);
        t.id = cells.text(record, "id");
        t.sessionId = cells.text(record, "session");
        t.familyName = collapseWhitespace(cells.text(record, "family_name"));
        t.givenNames = collapseWhitespace(cells.text(record, "given_names"));
        t.birthDate = cells.date(record, "birth_date").value_or(Date{});
        t.birthPlace = collapseWhitespace(cells.text(record, "birth_place"));
        t.nationality = collapseWhitespace(cells.text(record, "nationality"));
        t.sex = cells.word(record, "sex", sexNames());
        t.idDocumentType = cells.word(record, "id_type", idDocumentTypeNames());
        t.idDocumentNumber = cells.text(record, "id_number");
        t.idDocumentExpiry = cells.date(record, "id_expiry").value_or(Date{});
        t.employer = collapseWhitespace(cells.text(record, "employer"));
        t.hoursAttended = cells.hours(record, "hours_attended").value_or(Hours{});
        t.outcome = cells.choice(record, "outcome", outcomeNames()).value_or(Outcome::Completed);
        t.grade = cells.text(record, "grade");
        t.certification = cells.choice(record, "certification", certificationResultNames())
                              .value_or(CertificationResult::NotPresented);
        t.satisfaction = cells.integer(record, "satisfaction");
        t.email = cells.text(record, "email");
        trainees.push_back(std::move(t));
    }
    return trainees;
}

}  // namespace fd::readers
