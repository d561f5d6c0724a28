// The certificate register (TRACE-03, TRACE-04, TRACE-05): WORKSPACE/register.sqlite records every
// certificate issued, under a number PREFIX-YYYY-NNNNN that is unique, sequential per prefix and
// year without gaps, and never reused. It knows nothing of PDF: callers hand it digests and names.
//
// Issuing is a two-phase protocol, so that a run killed at any point loses no number and never
// gives one twice:
//   1. reserve()  — in one BEGIN IMMEDIATE transaction, find or allocate the number for
//                   (trainee id, session id, model) and record the version as 'reserved';
//   2. the caller writes the file atomically (util/atomic_file.h: temporary file, fsync, rename);
//   3. confirm()  — records the file's SHA-256 and marks the version 'issued'.
// A later run that finds the reservation resumes it (same number, same version, same issue date)
// and writes the file again. BEGIN IMMEDIATE serialises writers across processes (with a busy
// timeout), and UNIQUE constraints on (prefix, year, sequence) and on (trainee, session, model)
// make a duplicate impossible even if that logic were wrong.
//
// Idempotence: reserving again for the same key with the same inputs digest returns the recorded
// version untouched (number, issue date, language, name...), so the document can be regenerated
// byte for byte. A different inputs digest after the version was issued (a data correction)
// makes version 2, 3... of the same number: the document says "duplicata" / "2.ª via", the
// earlier versions stay in the register. The inputs digest must therefore cover everything the
// file's bytes depend on (data, language, template digest, software version if it matters).
//
// Verification code: 8 characters printed on the certificate (and put in the verification URL).
// It cannot depend on the file's SHA-256, which is only known once the file holding the code is
// written. It is HMAC-SHA256(register secret, number | version | inputs digest), truncated to 40
// bits and written in base32 without the look-alikes 0/O and 1/I. The 256-bit secret is drawn at
// random when the register is created and never leaves it, so nobody can compute the code of a
// forged certificate from its (guessable) number and contents; the inputs digest ties the code to
// one version. HMAC rather than a bare hash of secret + data: it is the construction made for a
// keyed digest and costs nothing more. 40 bits leave one chance in 10^7 for a guess against a
// register of 100 000 certificates; a rare collision between two codes is resolved at issue time
// (the derivation is retried with a counter), so a code always designates one version.
//
// One CertificateRegister is one SQLite connection: use it from one thread at a time; several
// processes may use the same file at once.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "model/values.h"

namespace fd::reg {

// Any failure of the register. The message for people is the `register.error.*` key of
// locales/<lang>/register.xlf with its named arguments; what() gives the key and arguments.
class RegisterError : public std::runtime_error {
public:
    RegisterError(std::string key, std::map<std::string, std::string> args);
    const std::string& key() const { return key_; }
    const std::map<std::string, std::string>& args() const { return args_; }

private:
    std::string key_;
    std::map<std::string, std::string> args_;
};

// The register format this version writes and reads; a register of a newer format is refused.
constexpr int kSchemaVersion = 1;

// WORKSPACE/register.sqlite
std::string registerPath(const std::string& workspaceRoot);

// What the caller asks to issue. Every field is required.
struct IssueRequest {
    std::string prefix;            // organisation.certificatePrefix: ASCII letters, digits, inner '-'
    std::string traineeId, sessionId, courseId;
    std::string model;             // certificate model id; (traineeId, sessionId, model) is the key
    std::string language;          // "fr", "pt", "en"
    std::string traineeFullName;
    Date issueDate;                // used only when a number or a version is created
    std::string inputsDigest;      // sha256Hex() of the caller's canonical serialisation
    std::string templateId, templateDigest;   // templateDigest: SHA-256 hex of the template
    std::string softwareVersion;
    std::string signer;            // who signs, as printed
};

enum class CertificateStatus {
    Reserved,   // number allocated, file not confirmed yet
    Issued,     // file written and its SHA-256 recorded
    Revoked,    // the number is void; it is never given again
};

// One version of one certificate, as recorded.
struct RegisterEntry {
    std::string number;            // "ACR-2026-00042"
    std::string prefix;
    int year = 0;
    int sequence = 0;              // 42
    int version = 1;               // > 1: a duplicate of an earlier version ("duplicata", "2.ª via")
    std::string traineeId, sessionId, courseId, model, language, traineeFullName;
    Date issueDate;
    std::string inputsDigest, templateId, templateDigest, softwareVersion, signer;
    std::string fileSha256;        // empty while reserved
    std::string verificationCode;  // 8 characters of kVerificationAlphabet
    CertificateStatus status = CertificateStatus::Reserved;   // Revoked applies to every version
    Date revokedOn;                // revocation: empty unless revoked
    std::string revocationReason;
};

enum class IssueOutcome {
    NewNumber,      // a number was allocated: write the file, then confirm()
    NewVersion,     // the inputs changed since the issued version: next version; write, confirm()
    Resumed,        // a reservation left by an interrupted run; it keeps its number, version and
                    // issue date and takes the request's other fields: write, confirm()
    AlreadyIssued,  // nothing changed: the recorded version; a regenerated file must match fileSha256
    Revoked,        // the number is revoked: write nothing
};

struct Reservation {
    RegisterEntry entry;
    IssueOutcome outcome = IssueOutcome::NewNumber;
    // True when the caller must write the file and confirm() it.
    bool needsFile() const {
        return outcome == IssueOutcome::NewNumber || outcome == IssueOutcome::NewVersion ||
               outcome == IssueOutcome::Resumed;
    }
};

// The file written for one reserved version.
struct Confirmation {
    std::string number;
    int version = 1;
    std::string fileSha256;
};

// The characters of verification codes: no 0, O, 1, I.
constexpr const char* kVerificationAlphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

enum class OpenMode { CreateIfMissing, MustExist };

namespace detail { struct Store; }   // the connection and its statements (register/store.h)

class CertificateRegister {
public:
    // Opens (or creates, in WAL mode, with a fresh random secret) the register at `path`.
    // Throws RegisterError: register.error.missing, .open, .not_a_register, .newer_schema.
    explicit CertificateRegister(const std::string& path, OpenMode mode = OpenMode::CreateIfMissing);
    ~CertificateRegister();
    CertificateRegister(CertificateRegister&&) noexcept;
    CertificateRegister& operator=(CertificateRegister&&) noexcept;

    const std::string& path() const;

    // Phase 1 for one certificate, or for many in ONE transaction (results in request order;
    // nothing is recorded if any request is invalid). Throws RegisterError (.invalid_value, .database).
    Reservation reserve(const IssueRequest& request);
    std::vector<Reservation> reserve(const std::vector<IssueRequest>& requests);

    // Phase 3, once the file is durably in place; many in ONE transaction. Confirming again with
    // the same digest does nothing. Throws RegisterError: .unknown_version, .revoked,
    // .file_changed (already issued with another file), .invalid_value, .database.
    void confirm(const Confirmation& confirmation);
    void confirm(const std::vector<Confirmation>& confirmations);

    // Voids a number, every version of it. Throws RegisterError: .unknown_number,
    // .already_revoked, .invalid_value, .database.
    void revoke(const std::string& number, const std::string& reason, const Date& revokedOn);

    // Verification: the version whose file has this SHA-256 (hex, any case), the version that
    // printed this code (any case, spaces and '-' ignored), the newest version of a number.
    std::optional<RegisterEntry> findByFileSha256(const std::string& sha256) const;
    std::optional<RegisterEntry> findByVerificationCode(const std::string& code) const;
    std::optional<RegisterEntry> latestVersion(const std::string& number) const;

    // Every version of every certificate, by prefix, year, sequence, then version.
    std::vector<RegisterEntry> list() const;

private:
    std::unique_ptr<detail::Store> store_;
};

// Lower-case hex SHA-256 of bytes, and of a file's content (throws RegisterError .read_file).
std::string sha256Hex(const std::string& bytes);
std::string sha256File(const std::string& path);

}  // namespace fd::reg
