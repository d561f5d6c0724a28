#include "cli/build_steps.h"

#include "cli/catalogue.h"
#include "cli/indicators.h"
#include "cli/regulations.h"

namespace fd::cli {

std::vector<BuildStep> buildSteps() {
    return {
        {"programmes", [](const GenerationRequest& request, Diagnostics& warnings) {
             std::vector<const Course*> courses;
             for (const Course& c : request.workspace->courses) courses.push_back(&c);
             return writeProgrammes(request, courses, warnings);
         }},
        {"catalogue", writeCatalogues},
        {"regulation", writeRegulations},
        {"indicators", writeDefaultIndicators},
    };
}

}  // namespace fd::cli
