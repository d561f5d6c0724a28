#include "register/register.h"

#include <filesystem>
#include <utility>

#include "register/hex.h"
#include "register/schema.h"
#include "register/store.h"
#include "register/verification_code.h"

namespace fd::reg {

namespace {

// The columns readEntry() reads, in its order. The edition is derived rather than stored, so that
// registers written before editions existed read the same: the number's versions in the same
// language up to this one (a handful of rows, found through the primary key).
const std::string kEntrySelect =
    "SELECT c.number, c.prefix, c.year, c.sequence, v.version, c.trainee_id, c.session_id, v.course_id, c.model,"
    " v.language, v.trainee_name, v.issue_date, v.inputs_digest, v.template_id, v.template_digest,"
    " v.software_version, v.signer, v.file_sha256, v.verification_code, v.status, c.revoked_on,"
    " c.revocation_reason,"
    " (SELECT count(*) FROM version same WHERE same.number = v.number AND same.language = v.language"
    " AND same.version <= v.version)"
    " FROM certificate c JOIN version v ON v.number = c.number";

std::string describe(const std::string& key, const std::map<std::string, std::string>& args) {
    std::string text = key;
    const char* separator = " (";
    for (const auto& [name, value] : args) {
        text += separator + name + "=" + value;
        separator = ", ";
    }
    if (!args.empty()) text += ")";
    return text;
}

sql::Database openDatabase(const std::string& path, OpenMode mode) {
    if (mode == OpenMode::MustExist && !std::filesystem::is_regular_file(path))
        throw RegisterError("register.error.missing", {{"path", path}});
    return sql::Database(path, mode == OpenMode::CreateIfMissing);
}

Date dateColumn(const sql::Statement::Use& row, int column) {
    return Date::parseIso(row.text(column)).value_or(Date{});
}

std::optional<RegisterEntry> firstEntry(sql::Statement::Use& use) {
    if (!use.next()) return std::nullopt;
    return readEntry(use);
}

}  // namespace

RegisterError::RegisterError(std::string key, std::map<std::string, std::string> args)
    : std::runtime_error(describe(key, args)), key_(std::move(key)), args_(std::move(args)) {}

std::string registerPath(const std::string& workspaceRoot) {
    return (std::filesystem::path(workspaceRoot) / "register.sqlite").string();
}

RegisterEntry readEntry(const sql::Statement::Use& row) {
    RegisterEntry e;
    e.number = row.text(0);
    e.prefix = row.text(1);
    e.year = static_cast<int>(row.integer(2));
    e.sequence = static_cast<int>(row.integer(3));
    e.version = static_cast<int>(row.integer(4));
    e.edition = static_cast<int>(row.integer(22));   // the derived column, last
    e.traineeId = row.text(5);
    e.sessionId = row.text(6);
    e.courseId = row.text(7);
    e.model = row.text(8);
    e.language = row.text(9);
    e.traineeFullName = row.text(10);
    e.issueDate = dateColumn(row, 11);
    e.inputsDigest = row.text(12);
    e.templateId = row.text(13);
    e.templateDigest = row.text(14);
    e.softwareVersion = row.text(15);
    e.signer = row.text(16);
    e.fileSha256 = row.text(17);
    e.verificationCode = row.text(18);
    e.status = row.text(19) == "issued" ? CertificateStatus::Issued : CertificateStatus::Reserved;
    if (!row.isNull(20)) {
        e.status = CertificateStatus::Revoked;
        e.revokedOn = dateColumn(row, 20);
        e.revocationReason = row.text(21);
    }
    return e;
}

// Member order matters: the schema is prepared before any statement is compiled against it.
detail::Store::Store(const std::string& path, OpenMode mode)
    : db(openDatabase(path, mode)),
      secret(prepareSchema(db)),
      versionOf(db, kEntrySelect + " WHERE c.number = ? AND v.version = ?"),
      latestOf(db, kEntrySelect + " WHERE c.number = ? ORDER BY v.version DESC LIMIT 1"),
      latestIn(db, kEntrySelect + " WHERE c.number = ? AND v.language = ? ORDER BY v.version DESC LIMIT 1"),
      currentIn(db, kEntrySelect +
                        " WHERE c.number = ? AND v.language = ? AND v.status = 'issued' ORDER BY v.version DESC LIMIT 1"),
      byFileSha256(db, kEntrySelect + " WHERE v.file_sha256 = ? ORDER BY v.version DESC LIMIT 1"),
      byCode(db, kEntrySelect + " WHERE v.verification_code = ?"),
      everything(db, kEntrySelect + " ORDER BY c.prefix, c.year, c.sequence, v.version"),
      numberForKey(db, "SELECT number FROM certificate WHERE trainee_id = ? AND session_id = ? AND model = ?"),
      nextSequence(db, "SELECT COALESCE(MAX(sequence), 0) + 1 FROM certificate WHERE prefix = ? AND year = ?"),
      nextVersion(db, "SELECT COALESCE(MAX(version), 0) + 1 FROM version WHERE number = ?"),
      insertCertificate(db,
                        "INSERT INTO certificate (number, prefix, year, sequence, trainee_id, session_id, model)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?)"),
      insertVersion(db,
                    "INSERT INTO version (number, version, status, course_id, language, trainee_name, issue_date,"
                    " inputs_digest, template_id, template_digest, software_version, signer, verification_code)"
                    " VALUES (?, ?, 'reserved', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
      refreshReservation(db,
                         "UPDATE version SET course_id = ?, trainee_name = ?, inputs_digest = ?,"
                         " template_id = ?, template_digest = ?, software_version = ?, signer = ?,"
                         " verification_code = ? WHERE number = ? AND version = ? AND status = 'reserved'"),
      codeTakenElsewhere(db,
                         "SELECT 1 FROM version WHERE verification_code = ? AND NOT (number = ? AND version = ?)"),
      markIssued(db,
                 "UPDATE version SET status = 'issued', file_sha256 = ?"
                 " WHERE number = ? AND version = ? AND status = 'reserved'"),
      revokeNumber(db,
                   "UPDATE certificate SET revoked_on = ?, revocation_reason = ?"
                   " WHERE number = ? AND revoked_on IS NULL") {}

std::optional<RegisterEntry> detail::Store::entryVersion(const std::string& number, int version) {
    sql::Statement::Use use(versionOf);
    use.bind(number).bind(static_cast<int64_t>(version));
    return firstEntry(use);
}

std::optional<RegisterEntry> detail::Store::entryLatest(const std::string& number) {
    sql::Statement::Use use(latestOf);
    use.bind(number);
    return firstEntry(use);
}

std::optional<RegisterEntry> detail::Store::entryLatestIn(const std::string& number, const std::string& language) {
    sql::Statement::Use use(latestIn);
    use.bind(number).bind(language);
    return firstEntry(use);
}

std::optional<RegisterEntry> detail::Store::entryCurrentIn(const std::string& number, const std::string& language) {
    sql::Statement::Use use(currentIn);
    use.bind(number).bind(language);
    return firstEntry(use);
}

CertificateRegister::CertificateRegister(const std::string& path, OpenMode mode)
    : store_(std::make_unique<detail::Store>(path, mode)) {}

CertificateRegister::~CertificateRegister() = default;
CertificateRegister::CertificateRegister(CertificateRegister&&) noexcept = default;
CertificateRegister& CertificateRegister::operator=(CertificateRegister&&) noexcept = default;

const std::string& CertificateRegister::path() const { return store_->db.path(); }

std::optional<RegisterEntry> CertificateRegister::findByFileSha256(const std::string& sha256) const {
    sql::Statement::Use use(store_->byFileSha256);
    use.bind(toLowerAscii(sha256));
    return firstEntry(use);
}

std::optional<RegisterEntry> CertificateRegister::findByVerificationCode(const std::string& code) const {
    sql::Statement::Use use(store_->byCode);
    use.bind(normalizeVerificationCode(code));
    return firstEntry(use);
}

std::optional<RegisterEntry> CertificateRegister::latestVersion(const std::string& number) const {
    return store_->entryLatest(number);
}

std::optional<RegisterEntry> CertificateRegister::currentVersion(const std::string& number,
                                                                const std::string& language) const {
    return store_->entryCurrentIn(number, language);
}

std::vector<RegisterEntry> CertificateRegister::list() const {
    std::vector<RegisterEntry> entries;
    sql::Statement::Use use(store_->everything);
    while (use.next()) entries.push_back(readEntry(use));
    return entries;
}

}  // namespace fd::reg
