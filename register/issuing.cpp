// reserve / confirm / revoke: the writing half of CertificateRegister, each call one
// BEGIN IMMEDIATE transaction however many certificates it carries.
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "register/hex.h"
#include "register/numbering.h"
#include "register/register.h"
#include "register/store.h"
#include "register/verification_code.h"

namespace fd::reg {

namespace {

using Use = sql::Statement::Use;

[[noreturn]] void invalid(const std::string& field, const std::string& value) {
    throw RegisterError("register.error.invalid_value", {{"field", field}, {"value", value}});
}

void requireText(const std::string& field, const std::string& value) {
    if (value.empty()) invalid(field, value);
}

void requireDigest(const std::string& field, const std::string& value) {
    if (!isSha256Hex(value)) invalid(field, value);
}

void requireDate(const std::string& field, const Date& date) {
    if (date.empty() || date.year > 9999 || !Date::parseIso(date.iso())) invalid(field, date.iso());
}

// Digests are compared and stored in lower case, as sha256Hex() writes them.
IssueRequest validated(IssueRequest q) {
    q.inputsDigest = toLowerAscii(std::move(q.inputsDigest));
    q.templateDigest = toLowerAscii(std::move(q.templateDigest));
    if (!isValidPrefix(q.prefix)) invalid("prefix", q.prefix);
    requireText("traineeId", q.traineeId);
    requireText("sessionId", q.sessionId);
    requireText("courseId", q.courseId);
    requireText("model", q.model);
    requireText("language", q.language);
    requireText("traineeFullName", q.traineeFullName);
    requireDate("issueDate", q.issueDate);
    requireDigest("inputsDigest", q.inputsDigest);
    requireText("templateId", q.templateId);
    requireDigest("templateDigest", q.templateDigest);
    requireText("softwareVersion", q.softwareVersion);
    requireText("signer", q.signer);
    return q;
}

Confirmation validated(Confirmation c) {
    c.fileSha256 = toLowerAscii(std::move(c.fileSha256));
    requireText("number", c.number);
    if (c.version < 1) invalid("version", std::to_string(c.version));
    requireDigest("fileSha256", c.fileSha256);
    return c;
}

// The number already given to (trainee, session, model), if any.
std::optional<std::string> numberForKey(detail::Store& r, const IssueRequest& q) {
    Use use(r.numberForKey);
    use.bind(q.traineeId).bind(q.sessionId).bind(q.model);
    if (!use.next()) return std::nullopt;
    return use.text(0);
}

// The code of (number, version), skipping the rare value another version already holds.
std::string freeVerificationCode(detail::Store& r, const std::string& number, int version,
                                 const std::string& inputsDigest) {
    for (int attempt = 0;; ++attempt) {
        std::string code = deriveVerificationCode(r.secret, number, version, inputsDigest, attempt);
        Use use(r.codeTakenElsewhere);
        use.bind(code).bind(number).bind(static_cast<int64_t>(version));
        if (!use.next()) return code;
    }
}

void insertVersion(detail::Store& r, const std::string& number, int version, const IssueRequest& q) {
    const std::string code = freeVerificationCode(r, number, version, q.inputsDigest);
    Use use(r.insertVersion);
    use.bind(number).bind(static_cast<int64_t>(version)).bind(q.courseId).bind(q.language).bind(q.traineeFullName);
    use.bind(q.issueDate.iso()).bind(q.inputsDigest).bind(q.templateId).bind(q.templateDigest);
    use.bind(q.softwareVersion).bind(q.signer).bind(code).run();
}

// Inside the transaction, MAX(sequence) + 1 cannot be taken by anyone else before the INSERT,
// and a rolled-back transaction leaves no trace: hence no gap and no duplicate.
std::string allocateNumber(detail::Store& r, const IssueRequest& q) {
    const int year = q.issueDate.year;
    int sequence = 0;
    {
        Use use(r.nextSequence);
        use.bind(q.prefix).bind(static_cast<int64_t>(year));
        use.next();
        sequence = static_cast<int>(use.integer(0));
    }
    const std::string number = formatNumber(q.prefix, year, sequence);
    Use use(r.insertCertificate);
    use.bind(number).bind(q.prefix).bind(static_cast<int64_t>(year)).bind(static_cast<int64_t>(sequence));
    use.bind(q.traineeId).bind(q.sessionId).bind(q.model).run();
    return number;
}

// The version a new version of `number` takes: one more than the highest in any language.
int nextVersion(detail::Store& r, const std::string& number) {
    Use use(r.nextVersion);
    use.bind(number);
    use.next();
    return static_cast<int>(use.integer(0));
}

// A reservation nothing was delivered from takes the request's data, keeping number, version,
// language (only a request in its language resumes it) and issue date (the number's year came
// from that date).
void refreshReservation(detail::Store& r, const RegisterEntry& reserved, const IssueRequest& q) {
    const std::string code = freeVerificationCode(r, reserved.number, reserved.version, q.inputsDigest);
    Use use(r.refreshReservation);
    use.bind(q.courseId).bind(q.traineeFullName).bind(q.inputsDigest).bind(q.templateId);
    use.bind(q.templateDigest).bind(q.softwareVersion).bind(q.signer).bind(code);
    use.bind(reserved.number).bind(static_cast<int64_t>(reserved.version)).run();
}

Reservation recorded(detail::Store& r, const std::string& number, int version, IssueOutcome outcome) {
    return Reservation{*r.entryVersion(number, version), outcome};
}

// Appends the next version of `number` for the request.
Reservation newVersion(detail::Store& r, const std::string& number, const IssueRequest& q, IssueOutcome outcome) {
    const int version = nextVersion(r, number);
    insertVersion(r, number, version, q);
    return recorded(r, number, version, outcome);
}

// The number decides revocation (every language); the request's language decides the rest: a
// language's versions form their own chain, so a translation neither duplicates nor replaces the
// versions of another language.
Reservation reserveOne(detail::Store& r, const IssueRequest& q) {
    const std::optional<std::string> existing = numberForKey(r, q);
    if (!existing) {
        const std::string number = allocateNumber(r, q);
        insertVersion(r, number, 1, q);
        return recorded(r, number, 1, IssueOutcome::NewNumber);
    }
    RegisterEntry newest = *r.entryLatest(*existing);
    if (newest.status == CertificateStatus::Revoked) return Reservation{std::move(newest), IssueOutcome::Revoked};

    std::optional<RegisterEntry> latest = r.entryLatestIn(*existing, q.language);
    if (!latest) return newVersion(r, *existing, q, IssueOutcome::NewTranslation);
    if (latest->status == CertificateStatus::Reserved) {
        refreshReservation(r, *latest, q);
        return recorded(r, latest->number, latest->version, IssueOutcome::Resumed);
    }
    if (latest->inputsDigest == q.inputsDigest) return Reservation{std::move(*latest), IssueOutcome::AlreadyIssued};
    return newVersion(r, *existing, q, IssueOutcome::NewVersion);
}

void confirmOne(detail::Store& r, const Confirmation& c) {
    const std::optional<RegisterEntry> entry = r.entryVersion(c.number, c.version);
    const std::map<std::string, std::string> args{{"number", c.number}, {"version", std::to_string(c.version)}};
    if (!entry) throw RegisterError("register.error.unknown_version", args);
    switch (entry->status) {
        case CertificateStatus::Revoked:
            throw RegisterError("register.error.revoked", {{"number", c.number}});
        case CertificateStatus::Issued:
            if (entry->fileSha256 == c.fileSha256) return;   // confirmed twice: nothing to do
            throw RegisterError("register.error.file_changed", args);
        case CertificateStatus::Reserved:
            break;
    }
    Use use(r.markIssued);
    use.bind(c.fileSha256).bind(c.number).bind(static_cast<int64_t>(c.version)).run();
}

}  // namespace

Reservation CertificateRegister::reserve(const IssueRequest& request) {
    return std::move(reserve(std::vector<IssueRequest>{request}).front());
}

std::vector<Reservation> CertificateRegister::reserve(const std::vector<IssueRequest>& requests) {
    std::vector<IssueRequest> checked;
    checked.reserve(requests.size());
    for (const IssueRequest& q : requests) checked.push_back(validated(q));

    std::vector<Reservation> reservations;
    reservations.reserve(checked.size());
    sql::Transaction transaction(store_->db, sql::Transaction::Kind::Write);
    for (const IssueRequest& q : checked) reservations.push_back(reserveOne(*store_, q));
    transaction.commit();
    return reservations;
}

void CertificateRegister::confirm(const Confirmation& confirmation) {
    confirm(std::vector<Confirmation>{confirmation});
}

void CertificateRegister::confirm(const std::vector<Confirmation>& confirmations) {
    std::vector<Confirmation> checked;
    checked.reserve(confirmations.size());
    for (const Confirmation& c : confirmations) checked.push_back(validated(c));

    sql::Transaction transaction(store_->db, sql::Transaction::Kind::Write);
    for (const Confirmation& c : checked) confirmOne(*store_, c);
    transaction.commit();
}

void CertificateRegister::revoke(const std::string& number, const std::string& reason, const Date& revokedOn) {
    requireText("reason", reason);
    requireDate("revokedOn", revokedOn);

    sql::Transaction transaction(store_->db, sql::Transaction::Kind::Write);
    const std::optional<RegisterEntry> latest = store_->entryLatest(number);
    if (!latest) throw RegisterError("register.error.unknown_number", {{"number", number}});
    if (latest->status == CertificateStatus::Revoked)
        throw RegisterError("register.error.already_revoked",
                            {{"number", number}, {"date", latest->revokedOn.iso()}});
    Use use(store_->revokeNumber);
    use.bind(revokedOn.iso()).bind(reason).bind(number).run();
    transaction.commit();
}

}  // namespace fd::reg
