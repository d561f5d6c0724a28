#include "cli/workspace_loader.h"

#include "cli/ui.h"
#include "readers/workspace_reader.h"

namespace fd::cli {

std::optional<Workspace> loadWorkspace(const std::string& dir, const std::string& encoding) {
    Diagnostics diagnostics;
    ReadOptions options;
    options.encoding = encoding;
    std::optional<Workspace> workspace = readWorkspace(dir, options, diagnostics);
    Ui::instance().print(diagnostics);
    if (diagnostics.hasErrors()) return std::nullopt;
    return workspace;
}

}  // namespace fd::cli
