// Texts missing in a declared output language (recommended): the documents in that language
// would print the main language's text instead. Each gap is reported under the requirement the
// text serves, once per text, naming every language it lacks.
#pragma once

#include "generators/check/recorder.h"

namespace fd::check {

void checkTranslations(Recorder& recorder);

}  // namespace fd::check
