#include "readers/sessions_reader.h"

#include "readers/csv_values.h"
#include "readers/text_util.h"

namespace fd::readers {

const CsvColumns& sessionColumns() {
    static const CsvColumns columns = {{"id", "course", "start", "end"}, {"place", "trainers", "mode"}};
    return columns;
}

std::optional<std::vector<Session>> readSessions(const CsvTable& table, Diagnostics& diagnostics) {
    if (!checkColumns(table, sessionColumns(), diagnostics)) return std::nullopt;
    std::vector<Session> sessions;
    const CsvValues cells(table, diagnostics);
    for (const CsvRecord& record : table.records) {
        Session s;
        cells.requireFilled(record, sessionColumns());
        s.loc = cells.location(record);
        s.id = cells.text(record, "id");
        s.courseId = cells.text(record, "course");
        s.start = cells.date(record, "start").value_or(Date{});
        s.end = cells.date(record, "end").value_or(Date{});
        s.place = collapseWhitespace(cells.text(record, "place"));
        s.trainers = splitTrimmed(cells.text(record, "trainers"), '|');
        s.mode = cells.choice(record, "mode", deliveryModeNames());
        sessions.push_back(std::move(s));
    }
    return sessions;
}

}  // namespace fd::readers
