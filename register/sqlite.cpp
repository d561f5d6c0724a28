#include "register/sqlite.h"

#include <sqlite3.h>

#include "register/register.h"

namespace fd::reg::sql {

namespace {

// Long enough for another process to reserve a whole batch of certificates.
constexpr int kBusyTimeoutMs = 60000;

}  // namespace

Database::Database(const std::string& path, bool create) : path_(path) {
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);
    if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
        const std::string reason = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(SQLITE_NOMEM);
        sqlite3_close(db_);
        db_ = nullptr;
        throw RegisterError("register.error.open", {{"path", path}, {"reason", reason}});
    }
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_busy_timeout(db_, kBusyTimeoutMs);
}

Database::~Database() { sqlite3_close(db_); }

void Database::exec(const std::string& sql) {
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) fail();
}

std::string Database::pragma(const std::string& sql) {
    Statement statement(*this, sql);
    Statement::Use use(statement);
    return use.next() ? use.text(0) : std::string();
}

void Database::fail() const {
    if (sqlite3_errcode(db_) == SQLITE_NOTADB) throw RegisterError("register.error.not_a_register", {{"path", path_}});
    throw RegisterError("register.error.database", {{"path", path_}, {"reason", sqlite3_errmsg(db_)}});
}

Statement::Statement(Database& db, const std::string& sql) : db_(db) {
    if (sqlite3_prepare_v3(db.handle(), sql.c_str(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                           &stmt_, nullptr) != SQLITE_OK)
        db.fail();
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement::Use::Use(Statement& statement) : statement_(statement) {}

Statement::Use::~Use() {
    sqlite3_reset(statement_.stmt_);
    sqlite3_clear_bindings(statement_.stmt_);
}

Statement::Use& Statement::Use::bind(const std::string& text) {
    if (sqlite3_bind_text(statement_.stmt_, nextIndex_++, text.data(), static_cast<int>(text.size()),
                          SQLITE_TRANSIENT) != SQLITE_OK)
        statement_.db_.fail();
    return *this;
}

Statement::Use& Statement::Use::bind(int64_t value) {
    if (sqlite3_bind_int64(statement_.stmt_, nextIndex_++, value) != SQLITE_OK) statement_.db_.fail();
    return *this;
}

Statement::Use& Statement::Use::bindNull() {
    if (sqlite3_bind_null(statement_.stmt_, nextIndex_++) != SQLITE_OK) statement_.db_.fail();
    return *this;
}

bool Statement::Use::next() {
    const int rc = sqlite3_step(statement_.stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    statement_.db_.fail();
}

void Statement::Use::run() {
    while (next()) {
    }
}

std::string Statement::Use::text(int column) const {
    const auto* bytes = sqlite3_column_text(statement_.stmt_, column);
    if (!bytes) return {};
    return std::string(reinterpret_cast<const char*>(bytes),
                       static_cast<size_t>(sqlite3_column_bytes(statement_.stmt_, column)));
}

int64_t Statement::Use::integer(int column) const { return sqlite3_column_int64(statement_.stmt_, column); }

bool Statement::Use::isNull(int column) const {
    return sqlite3_column_type(statement_.stmt_, column) == SQLITE_NULL;
}

Transaction::Transaction(Database& db, Kind kind) : db_(db) {
    db_.exec(kind == Kind::Write ? "BEGIN IMMEDIATE" : "BEGIN");
}

Transaction::~Transaction() {
    if (open_) sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
    db_.exec("COMMIT");
    open_ = false;
}

int changes(const Database& db) { return sqlite3_changes(db.handle()); }

}  // namespace fd::reg::sql
