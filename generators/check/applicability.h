// Whether a requirement applies to the organisation or to one course, and what a gap on it
// weighs there: the Level column read against the workspace (a conditional item is mandatory
// when its case holds; when no workspace field tells, it is only recommended).
#pragma once

#include <optional>

#include "generators/check/audit.h"
#include "generators/check/requirements.h"
#include "model/model.h"

namespace fd::check {

enum class Applicability { NotApplicable, Applies, Undetermined };

// For a course, its condition on that course; for the organisation (`course` null), on any of
// its courses. A requirement of the other jurisdiction never applies.
Applicability applicability(const Requirement& requirement, const Workspace& workspace, const Course* course);

// The severity of a gap; nullopt when the requirement does not apply.
std::optional<Severity> gapSeverity(const Requirement& requirement, Applicability applicability);

// The course, or one of its sessions, is delivered in one of these modes.
bool runsAtDistance(const Workspace& workspace, const Course& course);
bool runsWorkBased(const Workspace& workspace, const Course& course);

}  // namespace fd::check
