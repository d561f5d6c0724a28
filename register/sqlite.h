// A thin RAII layer over the SQLite C API, private to the register: a connection, prepared
// statements used through scoped bindings, and BEGIN IMMEDIATE transactions. Every SQLite failure
// becomes a RegisterError (register.error.database) naming the file and SQLite's reason.
#pragma once

#include <cstdint>
#include <string>

struct sqlite3;
struct sqlite3_stmt;

namespace fd::reg::sql {

class Database {
public:
    // `create`: create the file when missing. Sets a busy timeout so that concurrent writers wait
    // for each other instead of failing.
    Database(const std::string& path, bool create);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    sqlite3* handle() const { return db_; }
    const std::string& path() const { return path_; }
    // Runs statements that return no rows we need.
    void exec(const std::string& sql);
    // Runs a pragma and returns the first column of its first row ("" when none).
    std::string pragma(const std::string& sql);
    // Throws register.error.database with SQLite's current message (register.error.not_a_register
    // when the file is not an SQLite database at all).
    [[noreturn]] void fail() const;

private:
    sqlite3* db_ = nullptr;
    std::string path_;
};

// A statement prepared once and run many times. Each run goes through a Use, which binds
// parameters in order and resets the statement when it goes out of scope: a statement left
// stepping would hold a read transaction open.
class Statement {
public:
    Statement(Database& db, const std::string& sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    class Use {
    public:
        explicit Use(Statement& statement);
        ~Use();
        Use(const Use&) = delete;
        Use& operator=(const Use&) = delete;

        Use& bind(const std::string& text);
        Use& bind(int64_t value);
        Use& bindNull();
        // True while there is a row to read.
        bool next();
        // Runs a statement that returns no row.
        void run();
        std::string text(int column) const;
        int64_t integer(int column) const;
        bool isNull(int column) const;

    private:
        Statement& statement_;
        int nextIndex_ = 1;
    };

private:
    Database& db_;
    sqlite3_stmt* stmt_ = nullptr;
};

// Rolled back unless commit() is reached.
class Transaction {
public:
    enum class Kind {
        Read,    // BEGIN: a consistent snapshot; in WAL mode it waits for no writer
        Write,   // BEGIN IMMEDIATE: takes the write lock at once, so two processes never both read
                 // the same highest sequence and then try to write
    };
    Transaction(Database& db, Kind kind);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& db_;
    bool open_ = true;
};

// Number of rows the last INSERT/UPDATE/DELETE changed.
int changes(const Database& db);

}  // namespace fd::reg::sql
