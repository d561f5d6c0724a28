// The register's connection and its prepared statements (detail::Store), shared by
// register.cpp (opening, lookups) and issuing.cpp (reserve, confirm, revoke).
#pragma once

#include <optional>
#include <string>

#include "register/register.h"
#include "register/sqlite.h"

namespace fd::reg {

namespace detail {

struct Store {
    Store(const std::string& path, OpenMode mode);

    sql::Database db;
    std::string secret;   // the verification-code key, drawn when the register was created

    // Lookups returning whole entries (readEntry() reads their rows).
    sql::Statement versionOf;       // number, version
    sql::Statement latestOf;        // number: the newest version, any language
    sql::Statement latestIn;        // number, language: the newest version in that language
    sql::Statement currentIn;       // number, language: the newest issued version in that language
    sql::Statement byFileSha256;    // file digest
    sql::Statement byCode;          // verification code
    sql::Statement everything;
    // Issuing.
    sql::Statement numberForKey;    // trainee, session, model -> number
    sql::Statement nextSequence;    // prefix, year -> max + 1
    sql::Statement nextVersion;     // number -> max + 1, across languages
    sql::Statement insertCertificate;
    sql::Statement insertVersion;
    sql::Statement refreshReservation;
    sql::Statement codeTakenElsewhere;
    sql::Statement markIssued;
    sql::Statement revokeNumber;

    std::optional<RegisterEntry> entryVersion(const std::string& number, int version);
    std::optional<RegisterEntry> entryLatest(const std::string& number);
    std::optional<RegisterEntry> entryLatestIn(const std::string& number, const std::string& language);
    std::optional<RegisterEntry> entryCurrentIn(const std::string& number, const std::string& language);
};

}  // namespace detail

// Reads the row of a statement made from kEntrySelect.
RegisterEntry readEntry(const sql::Statement::Use& row);

}  // namespace fd::reg
