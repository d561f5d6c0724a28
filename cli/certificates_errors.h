// guarded() (cli/guarded.h) for the commands that use the certificate register or sign: a
// register error or a signing error also becomes a message and exit code 2.
#pragma once

#include <functional>

namespace fd::cli {

int guardedWithRegister(const std::function<int()>& body);

}  // namespace fd::cli
