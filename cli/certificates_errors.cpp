#include "cli/certificates_errors.h"

#include <iostream>

#include "cli/app.h"
#include "cli/guarded.h"
#include "cli/ui.h"
#include "register/register.h"
#include "writers/pdf/signing.h"

namespace fd::cli {

int guardedWithRegister(const std::function<int()>& body) {
    return guarded([&body] {
        const Ui& ui = Ui::instance();
        try {
            return body();
        } catch (const reg::RegisterError& e) {
            i18n::Args args;
            for (const auto& [name, value] : e.args()) args[name] = value;
            std::cerr << ui.text("certcli.error.register", {{"detail", ui.text(e.key(), args)}}) << '\n';
        } catch (const pdf::SigningError& e) {
            std::cerr << ui.text("certcli.error.signing", {{"detail", std::string(e.what())}}) << '\n';
        }
        return static_cast<int>(kExitBadInput);
    });
}

}  // namespace fd::cli
