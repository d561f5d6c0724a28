#include "register/schema.h"

#include <openssl/rand.h>

#include "register/hex.h"
#include "register/register.h"

namespace fd::reg {

namespace {

// One row per number (the idempotency key and the revocation), one per version of it (what was
// written). The UNIQUE constraints are the last line of defence against a number given twice or
// a certificate numbered twice; the triggers keep rows from ever being deleted, since a deleted
// row would let a number be given again.
const char* const kCreateSchema = R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE certificate (
    number            TEXT PRIMARY KEY,
    prefix            TEXT NOT NULL,
    year              INTEGER NOT NULL,
    sequence          INTEGER NOT NULL CHECK (sequence > 0),
    trainee_id        TEXT NOT NULL,
    session_id        TEXT NOT NULL,
    model             TEXT NOT NULL,
    revoked_on        TEXT,
    revocation_reason TEXT,
    UNIQUE (prefix, year, sequence),
    UNIQUE (trainee_id, session_id, model)
);

CREATE TABLE version (
    number            TEXT NOT NULL REFERENCES certificate (number),
    version           INTEGER NOT NULL CHECK (version > 0),
    status            TEXT NOT NULL CHECK (status IN ('reserved', 'issued')),
    course_id         TEXT NOT NULL,
    language          TEXT NOT NULL,
    trainee_name      TEXT NOT NULL,
    issue_date        TEXT NOT NULL,
    inputs_digest     TEXT NOT NULL,
    template_id       TEXT NOT NULL,
    template_digest   TEXT NOT NULL,
    software_version  TEXT NOT NULL,
    signer            TEXT NOT NULL,
    verification_code TEXT NOT NULL UNIQUE,
    file_sha256       TEXT,
    PRIMARY KEY (number, version)
);

CREATE INDEX version_by_file ON version (file_sha256);

CREATE TRIGGER certificate_kept BEFORE DELETE ON certificate
BEGIN SELECT RAISE(ABORT, 'formadoc register: certificate rows are never deleted'); END;

CREATE TRIGGER version_kept BEFORE DELETE ON version
BEGIN SELECT RAISE(ABORT, 'formadoc register: version rows are never deleted'); END;

CREATE TRIGGER certificate_number_fixed BEFORE UPDATE OF number, prefix, year, sequence ON certificate
BEGIN SELECT RAISE(ABORT, 'formadoc register: certificate numbers never change'); END;
)sql";

constexpr int kSecretBytes = 32;

std::string randomSecret(const std::string& path) {
    unsigned char bytes[kSecretBytes];
    if (RAND_bytes(bytes, kSecretBytes) != 1)
        throw RegisterError("register.error.open", {{"path", path}, {"reason", "RAND_bytes"}});
    return toHex(bytes, kSecretBytes);
}

int countTables(sql::Database& db) {
    sql::Statement statement(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table'");
    sql::Statement::Use use(statement);
    use.next();
    return static_cast<int>(use.integer(0));
}

bool hasMetaTable(sql::Database& db) {
    sql::Statement statement(db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'meta'");
    sql::Statement::Use use(statement);
    return use.next();
}

std::string metaValue(sql::Database& db, const std::string& key) {
    sql::Statement statement(db, "SELECT value FROM meta WHERE key = ?");
    sql::Statement::Use use(statement);
    use.bind(key);
    return use.next() ? use.text(0) : std::string();
}

void setMetaValue(sql::Database& db, const std::string& key, const std::string& value) {
    sql::Statement statement(db, "INSERT INTO meta (key, value) VALUES (?, ?)");
    sql::Statement::Use use(statement);
    use.bind(key).bind(value).run();
}

// The schema version recorded in meta, or 0 when it is missing or not a number.
int recordedSchemaVersion(sql::Database& db) {
    const std::string text = metaValue(db, "schema_version");
    if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos || text.size() > 6) return 0;
    return std::stoi(text);
}

// The secret of an existing register this version can read, checked inside the caller's transaction.
std::string checkedSecret(sql::Database& db) {
    if (!hasMetaTable(db)) throw RegisterError("register.error.not_a_register", {{"path", db.path()}});
    const int found = recordedSchemaVersion(db);
    if (found > kSchemaVersion)
        throw RegisterError("register.error.newer_schema", {{"path", db.path()},
                                                            {"found", std::to_string(found)},
                                                            {"supported", std::to_string(kSchemaVersion)}});
    std::string secret = metaValue(db, "verification_secret");
    if (found < 1 || secret.empty()) throw RegisterError("register.error.not_a_register", {{"path", db.path()}});
    return secret;
}

// Reads an existing register's secret under a read transaction, which waits for no writer;
// empty when the database has no table yet.
std::string existingSecret(sql::Database& db) {
    sql::Transaction transaction(db, sql::Transaction::Kind::Read);
    std::string secret = countTables(db) == 0 ? std::string() : checkedSecret(db);
    transaction.commit();
    return secret;
}

// Creates the schema unless another process did it first: BEGIN IMMEDIATE serialises creators.
std::string createdSecret(sql::Database& db) {
    sql::Transaction transaction(db, sql::Transaction::Kind::Write);
    std::string secret;
    if (countTables(db) == 0) {
        db.exec(kCreateSchema);
        secret = randomSecret(db.path());
        setMetaValue(db, "schema_version", std::to_string(kSchemaVersion));
        setMetaValue(db, "verification_secret", secret);
    } else {
        secret = checkedSecret(db);
    }
    transaction.commit();
    return secret;
}

}  // namespace

std::string prepareSchema(sql::Database& db) {
    std::string secret = existingSecret(db);
    if (secret.empty()) secret = createdSecret(db);
    // WAL: readers (verification) never block the writer. FULL: a committed reservation survives
    // a power cut too; otherwise a number already printed on a delivered file could be given again.
    const std::string journalMode = db.pragma("PRAGMA journal_mode = WAL");
    if (journalMode != "wal")
        throw RegisterError("register.error.database",
                            {{"path", db.path()}, {"reason", "journal_mode " + journalMode}});
    db.exec("PRAGMA synchronous = FULL");
    db.exec("PRAGMA foreign_keys = ON");
    return secret;
}

}  // namespace fd::reg
