#include "register/register_workbook.h"

#include <map>
#include <string>
#include <utility>

#include "model/clock.h"

namespace fd::reg {

namespace {

doc::SheetColumn column(const i18n::Localizer& l10n, const std::string& key, doc::ColumnType type) {
    return doc::sheetColumn(l10n.msg("register.column." + key), type);
}

doc::Cell text(const std::string& value) {
    if (value.empty()) return doc::CellEmpty{};
    return doc::CellText{value};
}

doc::Cell date(const Date& d) {
    if (d.empty()) return doc::CellEmpty{};
    return doc::CellDate{d.year, d.month, d.day};
}

std::vector<doc::SheetColumn> columns(const i18n::Localizer& l10n) {
    using T = doc::ColumnType;
    return {column(l10n, "number", T::Text),           column(l10n, "version", T::Integer),
            column(l10n, "trainee", T::Text),          column(l10n, "trainee_id", T::Text),
            column(l10n, "session", T::Text),          column(l10n, "course", T::Text),
            column(l10n, "model", T::Text),            column(l10n, "language", T::Text),
            column(l10n, "edition", T::Integer),       column(l10n, "issue_date", T::Date),
            column(l10n, "signer", T::Text),           column(l10n, "status", T::Text),
            column(l10n, "revocation_date", T::Date),  column(l10n, "revocation_reason", T::Text),
            column(l10n, "verification_code", T::Text), column(l10n, "template", T::Text),
            column(l10n, "software_version", T::Text), column(l10n, "file_sha256", T::Text)};
}

// A version is replaced only by a later issued version of its number in its own language (as
// `formadoc verify` judges it): a translation replaces nothing, a reservation nothing yet.
using NewestIssued = std::map<std::pair<std::string, std::string>, int>;   // (number, language) -> version

NewestIssued newestIssued(const std::vector<RegisterEntry>& entries) {
    NewestIssued newest;
    for (const RegisterEntry& e : entries) {
        if (e.status != CertificateStatus::Issued) continue;
        int& version = newest[{e.number, e.language}];
        if (e.version > version) version = e.version;
    }
    return newest;
}

std::string statusText(const RegisterEntry& e, const NewestIssued& newest, const i18n::Localizer& l10n) {
    switch (e.status) {
        case CertificateStatus::Revoked: return l10n.msg("register.status.revoked");
        case CertificateStatus::Reserved: return l10n.msg("register.status.reserved");
        case CertificateStatus::Issued: break;
    }
    const int replacing = newest.at({e.number, e.language});
    if (e.version < replacing)
        return l10n.msg("register.status.superseded", {{"version", static_cast<int64_t>(replacing)}});
    return l10n.msg("register.status.issued");
}

}  // namespace

doc::Workbook registerWorkbook(const std::vector<RegisterEntry>& entries, const i18n::Localizer& l10n) {
    const NewestIssued newest = newestIssued(entries);

    doc::Sheet sheet;
    sheet.name = l10n.msg("register.sheet");
    sheet.columns = columns(l10n);
    for (const RegisterEntry& e : entries) {
        sheet.rows.push_back({text(e.number), doc::CellInteger{e.version}, text(e.traineeFullName), text(e.traineeId),
                              text(e.sessionId), text(e.courseId), text(e.model), text(e.language),
                              doc::CellInteger{e.edition}, date(e.issueDate), text(e.signer),
                              text(statusText(e, newest, l10n)), date(e.revokedOn),
                              text(e.revocationReason), text(e.verificationCode), text(e.templateId),
                              text(e.softwareVersion), text(e.fileSha256)});
    }

    doc::Workbook book;
    book.properties.title = l10n.msg("register.title");
    book.properties.subject = l10n.msg("register.subject");
    book.properties.language = l10n.lang();
    book.properties.created = buildTimeUnix();
    book.sheets.push_back(std::move(sheet));
    return book;
}

}  // namespace fd::reg
