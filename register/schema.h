// The register's tables, created in a new register and checked in an existing one.
#pragma once

#include <string>

#include "register/sqlite.h"

namespace fd::reg {

// Creates the schema in an empty database (with a fresh random verification secret), or checks
// that an existing one is a register this version can read; then switches to WAL with full
// synchronisation. Returns the register's verification secret.
// Throws RegisterError: register.error.not_a_register, .newer_schema, .database.
std::string prepareSchema(sql::Database& db);

}  // namespace fd::reg
