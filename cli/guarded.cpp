#include "cli/guarded.h"

#include <iostream>

#include "cli/app.h"
#include "cli/ui.h"
#include "generators/template/error.h"
#include "layout/error.h"
#include "util/atomic_file.h"

namespace fd::cli {

int guarded(const std::function<int()>& body) {
    const Ui& ui = Ui::instance();
    try {
        return body();
    } catch (const tmpl::TemplateError& e) {
        Diagnostics d;
        d.add(e.diagnostic());
        ui.print(d);
    } catch (const layout::LayoutError& e) {
        i18n::Args args;
        for (const auto& [k, v] : e.args()) args[k] = v;
        std::cerr << ui.text("cli.error.layout", {{"file", std::string("-")}, {"detail", ui.text(e.key(), args)}})
                  << '\n';
    } catch (const OutputError& e) {
        std::cerr << ui.text("cli.error.output", {{"detail", std::string(e.what())}}) << '\n';
    } catch (const i18n::I18nError& e) {
        std::cerr << ui.text("cli.error.messages", {{"detail", std::string(e.what())}}) << '\n';
    }
    return kExitBadInput;
}

}  // namespace fd::cli
