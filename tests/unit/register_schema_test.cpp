// The register file: created in WAL mode, refused when written by a newer formadoc or when it is
// not a register, and its rows cannot be deleted.
#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "register_test_support.h"

namespace fd::reg {
namespace {

using testing::issue;
using testing::RawDatabase;
using testing::registerErrorOf;
using testing::request;

TEST(RegisterSchema, ANewRegisterIsInWalModeWithSchemaVersionOne) {
    testing::TempDir dir;
    { CertificateRegister reg(dir.registerFile()); }
    RawDatabase raw(dir.registerFile());
    EXPECT_EQ(raw.single("PRAGMA journal_mode"), "wal");
    EXPECT_EQ(raw.single("SELECT value FROM meta WHERE key = 'schema_version'"), std::to_string(kSchemaVersion));
    EXPECT_EQ(raw.single("SELECT length(value) FROM meta WHERE key = 'verification_secret'"), "64");
}

TEST(RegisterSchema, ARegisterOfANewerFormatIsRefused) {
    testing::TempDir dir;
    { CertificateRegister reg(dir.registerFile()); }
    {
        RawDatabase raw(dir.registerFile());
        ASSERT_EQ(raw.exec("UPDATE meta SET value = '" + std::to_string(kSchemaVersion + 1) +
                           "' WHERE key = 'schema_version'"),
                  SQLITE_OK);
    }
    try {
        CertificateRegister reg(dir.registerFile());
        ADD_FAILURE() << "a newer register was opened";
    } catch (const RegisterError& e) {
        EXPECT_EQ(e.key(), "register.error.newer_schema");
        EXPECT_EQ(e.args().at("found"), std::to_string(kSchemaVersion + 1));
        EXPECT_EQ(e.args().at("supported"), std::to_string(kSchemaVersion));
        EXPECT_EQ(e.args().at("path"), dir.registerFile());
    }
}

TEST(RegisterSchema, AnotherDatabaseIsNotARegister) {
    testing::TempDir dir;
    {
        RawDatabase raw(dir.registerFile());
        ASSERT_EQ(raw.exec("CREATE TABLE invoices (id INTEGER)"), SQLITE_OK);
    }
    EXPECT_EQ(registerErrorOf([&] { CertificateRegister reg(dir.registerFile()); }), "register.error.not_a_register");
    RawDatabase raw(dir.registerFile());
    EXPECT_EQ(raw.single("SELECT count(*) FROM sqlite_schema WHERE name = 'certificate'"), "0");
}

TEST(RegisterSchema, AFileThatIsNotSqliteIsNotARegister) {
    testing::TempDir dir;
    std::ofstream(dir.registerFile(), std::ios::binary) << "%PDF-1.7 this is not a database, but long enough to "
                                                            "have a header of a hundred bytes or more, which SQLite "
                                                            "reads before it gives up on the file";
    EXPECT_EQ(registerErrorOf([&] { CertificateRegister reg(dir.registerFile()); }), "register.error.not_a_register");
}

TEST(RegisterSchema, MustExistDoesNotCreateARegister) {
    testing::TempDir dir;
    EXPECT_EQ(registerErrorOf([&] { CertificateRegister reg(dir.registerFile(), OpenMode::MustExist); }),
              "register.error.missing");
    EXPECT_FALSE(std::filesystem::exists(dir.registerFile()));
    { CertificateRegister created(dir.registerFile()); }
    CertificateRegister reg(dir.registerFile(), OpenMode::MustExist);
    EXPECT_TRUE(reg.list().empty());
}

TEST(RegisterSchema, AnUnwritableLocationIsReported) {
    testing::TempDir dir;
    EXPECT_EQ(registerErrorOf([&] { CertificateRegister reg(dir.file("no-such-folder/register.sqlite")); }),
              "register.error.open");
}

TEST(RegisterSchema, RowsCannotBeDeletedNorNumbersChanged) {
    // A deleted row would let its number be given again.
    testing::TempDir dir;
    {
        CertificateRegister reg(dir.registerFile());
        issue(reg, request(1));
    }
    RawDatabase raw(dir.registerFile());
    EXPECT_NE(raw.exec("DELETE FROM version"), SQLITE_OK);
    EXPECT_NE(raw.exec("DELETE FROM certificate"), SQLITE_OK);
    EXPECT_NE(raw.exec("UPDATE certificate SET sequence = 7"), SQLITE_OK);
    EXPECT_EQ(raw.single("SELECT number FROM certificate"), "ACR-2026-00001");
}

}  // namespace
}  // namespace fd::reg
