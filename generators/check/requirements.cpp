#include "generators/check/requirements.h"

#include <algorithm>

namespace fd::check {

namespace {

using L = Level;
using C = Condition;
using D = DocumentKind;

// Indicators: the spec's Source column names them for FR-PROG-04, -12, -13, -19, -20, FR-CAT-03,
// -04, FR-RES and FR-RI-22, -23. Elsewhere a programme item is indicator 1 evidence (published,
// detailed information), plus the indicator its §12 table gives the programme for that topic
// (5 objectives, 6 content and methods, 7 certification content, 17 means, 21 trainers), and the
// règlement intérieur is indicator 9 evidence (how the service runs). Portuguese items and the
// legal mentions serve no Qualiopi indicator.
const std::vector<Requirement> kRequirements = {
    // §1 France: programme de formation
    {"FR-PROG-01", L::Mandatory, C::None, {D::Programme}, {1}, "check.req.fr_prog_01"},
    {"FR-PROG-02", L::Recommended, C::None, {D::Programme}, {1}, "check.req.fr_prog_02"},
    {"FR-PROG-03", L::Mandatory, C::None, {D::Programme}, {1}, "check.req.fr_prog_03"},
    {"FR-PROG-04", L::Mandatory, C::None, {D::Programme}, {1, 5}, "check.req.fr_prog_04"},
    {"FR-PROG-05", L::Mandatory, C::None, {D::Programme}, {1, 6}, "check.req.fr_prog_05"},
    {"FR-PROG-06", L::Mandatory, C::None, {D::Programme}, {1}, "check.req.fr_prog_06"},
    {"FR-PROG-07", L::Mandatory, C::None, {D::Programme}, {1}, "check.req.fr_prog_07"},
    {"FR-PROG-08", L::Mandatory, C::None, {D::Programme}, {1}, "check.req.fr_prog_08"},
    {"FR-PROG-09", L::Mandatory, C::None, {D::Programme}, {1}, "check.req.fr_prog_09"},
    {"FR-PROG-10", L::Mandatory, C::None, {D::Programme}, {1}, "check.req.fr_prog_10"},
    {"FR-PROG-11", L::Mandatory, C::None, {D::Programme}, {1, 6, 17}, "check.req.fr_prog_11"},
    {"FR-PROG-12", L::Mandatory, C::None, {D::Programme}, {1, 8, 11}, "check.req.fr_prog_12"},
    {"FR-PROG-13", L::Mandatory, C::None, {D::Programme}, {1, 26}, "check.req.fr_prog_13"},
    {"FR-PROG-14", L::Mandatory, C::None, {D::Programme}, {1}, "check.req.fr_prog_14"},
    {"FR-PROG-15", L::Conditional, C::DistanceCourse, {D::Programme}, {1}, "check.req.fr_prog_15"},
    {"FR-PROG-16", L::Conditional, C::WorkBasedCourse, {D::Programme}, {1}, "check.req.fr_prog_16"},
    {"FR-PROG-17", L::Mandatory, C::None, {D::Programme}, {1}, "check.req.fr_prog_17"},
    {"FR-PROG-18", L::Conditional, C::CertifyingCourse, {D::Programme}, {1, 7}, "check.req.fr_prog_18"},
    {"FR-PROG-19", L::Conditional, C::CertifyingCourse, {D::Programme}, {3}, "check.req.fr_prog_19"},
    {"FR-PROG-20", L::Mandatory, C::None, {D::Programme}, {2}, "check.req.fr_prog_20"},
    {"FR-PROG-21", L::Mandatory, C::None, {D::Programme}, {1}, "check.req.fr_prog_21"},
    {"FR-PROG-22", L::Conditional, C::IndividualContract, {D::Programme}, {1, 21}, "check.req.fr_prog_22"},
    {"FR-PROG-23", L::Recommended, C::None, {D::Programme}, {1}, "check.req.fr_prog_23"},
    {"FR-PROG-24", L::Recommended, C::None, {D::Programme}, {1}, "check.req.fr_prog_24"},
    {"FR-PROG-25", L::Recommended, C::None, {D::Programme}, {1}, "check.req.fr_prog_25"},
    {"FR-PROG-26", L::Conditional, C::IndividualContract, {D::Programme}, {1}, "check.req.fr_prog_26"},
    {"FR-PROG-27", L::Conditional, C::IndividualContract, {D::Programme}, {1}, "check.req.fr_prog_27"},
    // §1 France: catalogue
    {"FR-CAT-01", L::Mandatory, C::None, {D::Catalogue}, {1}, "check.req.fr_cat_01"},
    {"FR-CAT-02", L::Mandatory, C::None, {D::Catalogue}, {1}, "check.req.fr_cat_02"},
    {"FR-CAT-03", L::Recommended, C::None, {D::Catalogue}, {31}, "check.req.fr_cat_03"},
    {"FR-CAT-04", L::Mandatory, C::None, {D::Catalogue}, {2, 26}, "check.req.fr_cat_04"},
    {"FR-CAT-05", L::Conditional, C::Subcontracting, {D::Catalogue}, {1, 2}, "check.req.fr_cat_05"},
    // §2 France: published result indicators
    {"FR-RES-01", L::Mandatory, C::None, {D::Results}, {2}, "check.req.fr_res_01"},
    {"FR-RES-02", L::Recommended, C::None, {D::Results}, {2}, "check.req.fr_res_02"},
    {"FR-RES-03", L::Mandatory, C::None, {D::Results}, {2}, "check.req.fr_res_03"},
    {"FR-RES-04", L::Recommended, C::None, {D::Results}, {2}, "check.req.fr_res_04"},
    {"FR-RES-05", L::Conditional, C::CertifyingCourse, {D::Results}, {3}, "check.req.fr_res_05"},
    {"FR-RES-06", L::Conditional, C::Newcomer, {D::Results}, {3}, "check.req.fr_res_06"},
    {"FR-RES-07", L::Conditional, C::Apprenticeship, {D::Results}, {2}, "check.req.fr_res_07"},
    {"FR-RES-08", L::Conditional, C::Subcontracting, {D::Results}, {2}, "check.req.fr_res_08"},
    // §5 France: règlement intérieur
    {"FR-RI-01", L::Mandatory, C::None, {D::Regulation}, {9}, "check.req.fr_ri_01"},
    {"FR-RI-02", L::Mandatory, C::None, {D::Regulation}, {9}, "check.req.fr_ri_02"},
    {"FR-RI-03", L::Recommended, C::None, {D::Regulation}, {9}, "check.req.fr_ri_03"},
    {"FR-RI-04", L::Mandatory, C::None, {D::Regulation}, {9}, "check.req.fr_ri_04"},
    {"FR-RI-05", L::Mandatory, C::None, {D::Regulation}, {9}, "check.req.fr_ri_05"},
    {"FR-RI-06", L::Mandatory, C::None, {D::Regulation}, {9}, "check.req.fr_ri_06"},
    {"FR-RI-07", L::Mandatory, C::None, {D::Regulation}, {9}, "check.req.fr_ri_07"},
    {"FR-RI-08", L::Mandatory, C::None, {D::Regulation}, {9}, "check.req.fr_ri_08"},
    {"FR-RI-09", L::Mandatory, C::None, {D::Regulation}, {9}, "check.req.fr_ri_09"},
    {"FR-RI-10", L::Mandatory, C::None, {D::Regulation}, {9}, "check.req.fr_ri_10"},
    {"FR-RI-11", L::Mandatory, C::None, {D::Regulation}, {9}, "check.req.fr_ri_11"},
    {"FR-RI-12", L::Conditional, C::Apprenticeship, {D::Regulation}, {9}, "check.req.fr_ri_12"},
    {"FR-RI-13", L::Mandatory, C::None, {D::Regulation}, {9}, "check.req.fr_ri_13"},
    {"FR-RI-14", L::Mandatory, C::None, {D::Regulation}, {9}, "check.req.fr_ri_14"},
    {"FR-RI-15", L::Mandatory, C::None, {D::Regulation}, {9}, "check.req.fr_ri_15"},
    {"FR-RI-16", L::Conditional, C::LongCourse, {D::Regulation}, {9}, "check.req.fr_ri_16"},
    {"FR-RI-17", L::Conditional, C::LongCourse, {D::Regulation}, {9}, "check.req.fr_ri_17"},
    {"FR-RI-18", L::Conditional, C::LongCourse, {D::Regulation}, {9}, "check.req.fr_ri_18"},
    {"FR-RI-19", L::Conditional, C::LongCourse, {D::Regulation}, {9}, "check.req.fr_ri_19"},
    {"FR-RI-20", L::Conditional, C::Detainees, {D::Regulation}, {9}, "check.req.fr_ri_20"},
    {"FR-RI-21", L::Mandatory, C::None, {D::Regulation}, {9}, "check.req.fr_ri_21"},
    {"FR-RI-22", L::Recommended, C::None, {D::Regulation}, {31}, "check.req.fr_ri_22"},
    {"FR-RI-23", L::Conditional, C::Apprenticeship, {D::Regulation}, {15, 20}, "check.req.fr_ri_23"},
    {"FR-RI-24", L::Recommended, C::None, {D::Regulation}, {9}, "check.req.fr_ri_24"},
    // §6 France: identifiers, mentions and formatting
    {"FR-FMT-01", L::Mandatory, C::None, {D::Mentions}, {}, "check.req.fr_fmt_01"},
    {"FR-FMT-02", L::Mandatory, C::None, {D::Mentions}, {}, "check.req.fr_fmt_02"},
    {"FR-FMT-03", L::Mandatory, C::None, {D::Mentions}, {}, "check.req.fr_fmt_03"},
    {"FR-FMT-04", L::Mandatory, C::None, {D::Mentions}, {}, "check.req.fr_fmt_04"},
    {"FR-FMT-05", L::Conditional, C::VatExemptTraining, {D::Mentions}, {}, "check.req.fr_fmt_05"},
    {"FR-FMT-06", L::Conditional, C::VatFranchise, {D::Mentions}, {}, "check.req.fr_fmt_06"},
    {"FR-FMT-07", L::Mandatory, C::None, {D::Mentions}, {}, "check.req.fr_fmt_07"},
    {"FR-FMT-08", L::Recommended, C::None, {D::Mentions}, {}, "check.req.fr_fmt_08"},
    {"FR-FMT-09", L::Mandatory, C::None, {D::Mentions}, {}, "check.req.fr_fmt_09"},
    {"FR-FMT-10", L::Recommended, C::None, {D::Mentions}, {}, "check.req.fr_fmt_10"},
    // §7 Portugal: programa de formação
    {"PT-PROG-01", L::Mandatory, C::None, {D::Programme}, {}, "check.req.pt_prog_01"},
    {"PT-PROG-02", L::Mandatory, C::None, {D::Programme}, {}, "check.req.pt_prog_02"},
    {"PT-PROG-03", L::Mandatory, C::None, {D::Programme}, {}, "check.req.pt_prog_03"},
    {"PT-PROG-04", L::Mandatory, C::None, {D::Programme}, {}, "check.req.pt_prog_04"},
    {"PT-PROG-05", L::Mandatory, C::None, {D::Programme}, {}, "check.req.pt_prog_05"},
    {"PT-PROG-06", L::Mandatory, C::None, {D::Programme}, {}, "check.req.pt_prog_06"},
    {"PT-PROG-07", L::Mandatory, C::None, {D::Programme}, {}, "check.req.pt_prog_07"},
    {"PT-PROG-08", L::Mandatory, C::None, {D::Programme}, {}, "check.req.pt_prog_08"},
    {"PT-PROG-09", L::Mandatory, C::None, {D::Programme}, {}, "check.req.pt_prog_09"},
    {"PT-PROG-10", L::Mandatory, C::None, {D::Programme}, {}, "check.req.pt_prog_10"},
    {"PT-PROG-11", L::Recommended, C::None, {D::Programme}, {}, "check.req.pt_prog_11"},
    {"PT-PROG-12", L::Recommended, C::None, {D::Programme}, {}, "check.req.pt_prog_12"},
    {"PT-PROG-13", L::Recommended, C::None, {D::Programme}, {}, "check.req.pt_prog_13"},
    {"PT-PROG-14", L::Conditional, C::UfcdModules, {D::Programme}, {}, "check.req.pt_prog_14"},
    // §9 Portugal: regulamento de funcionamento da formação
    {"PT-REG-01", L::Mandatory, C::None, {D::Regulation}, {}, "check.req.pt_reg_01"},
    {"PT-REG-02", L::Mandatory, C::None, {D::Regulation}, {}, "check.req.pt_reg_02"},
    {"PT-REG-03", L::Mandatory, C::None, {D::Regulation}, {}, "check.req.pt_reg_03"},
    {"PT-REG-04", L::Mandatory, C::None, {D::Regulation}, {}, "check.req.pt_reg_04"},
    {"PT-REG-05", L::Mandatory, C::None, {D::Regulation}, {}, "check.req.pt_reg_05"},
    {"PT-REG-06", L::Conditional, C::PaidCourse, {D::Regulation}, {}, "check.req.pt_reg_06"},
    {"PT-REG-07", L::Mandatory, C::None, {D::Regulation}, {}, "check.req.pt_reg_07"},
    {"PT-REG-08", L::Mandatory, C::None, {D::Regulation}, {}, "check.req.pt_reg_08"},
    {"PT-REG-09", L::Mandatory, C::None, {D::Regulation}, {}, "check.req.pt_reg_09"},
    {"PT-REG-10", L::Mandatory, C::None, {D::Regulation}, {}, "check.req.pt_reg_10"},
    {"PT-REG-11", L::Recommended, C::None, {D::Regulation}, {}, "check.req.pt_reg_11"},
    {"PT-REG-12", L::Mandatory, C::None, {D::Regulation}, {}, "check.req.pt_reg_12"},
    {"PT-REG-13", L::Recommended, C::None, {D::Regulation}, {}, "check.req.pt_reg_13"},
    {"PT-REG-14", L::Recommended, C::None, {D::Regulation}, {}, "check.req.pt_reg_14"},
    {"PT-REG-15", L::Conditional, C::DistanceCourse, {D::Regulation}, {}, "check.req.pt_reg_15"},
    {"PT-REG-16", L::Recommended, C::None, {D::Regulation}, {}, "check.req.pt_reg_16"},
    // §10 Portugal: identifiers and formatting
    {"PT-FMT-01", L::Mandatory, C::None, {D::Mentions}, {}, "check.req.pt_fmt_01"},
    {"PT-FMT-02", L::Mandatory, C::None, {D::Mentions}, {}, "check.req.pt_fmt_02"},
    {"PT-FMT-03", L::Mandatory, C::None, {D::Mentions}, {}, "check.req.pt_fmt_03"},
    {"PT-FMT-04", L::Conditional, C::VatExemptPortugal, {D::Mentions}, {}, "check.req.pt_fmt_04"},
    {"PT-FMT-05", L::Recommended, C::None, {D::Mentions}, {}, "check.req.pt_fmt_05"},
    {"PT-FMT-06", L::Recommended, C::None, {D::Mentions}, {}, "check.req.pt_fmt_06"},
    // §11 English output: every translated document
    {"EN-01", L::Recommended, C::EnglishOutput, {D::Translation}, {}, "check.req.en_01"},
    {"EN-02", L::Recommended, C::EnglishOutput,
     {D::Translation, D::Programme, D::Catalogue, D::Results, D::Regulation}, {}, "check.req.en_02"},
    {"EN-03", L::Recommended, C::EnglishOutput, {D::Translation}, {}, "check.req.en_03"},
    {"EN-04", L::Recommended, C::EnglishOutput, {D::Translation}, {}, "check.req.en_04"},
};

}  // namespace

bool Requirement::concerns(DocumentKind kind) const {
    return std::find(documents.begin(), documents.end(), kind) != documents.end();
}

std::string Requirement::family() const {
    const std::string text = id;
    const size_t dash = text.rfind('-');
    return dash == std::string::npos ? text : text.substr(0, dash);
}

const std::vector<Requirement>& requirements() { return kRequirements; }

const Requirement* findRequirement(const std::string& id) {
    for (const Requirement& r : kRequirements)
        if (id == r.id) return &r;
    return nullptr;
}

bool belongsTo(const Requirement& requirement, Jurisdiction jurisdiction) {
    const std::string id = requirement.id;
    if (id.rfind("FR-", 0) == 0) return jurisdiction == Jurisdiction::FR;
    if (id.rfind("PT-", 0) == 0) return jurisdiction == Jurisdiction::PT;
    return true;
}

size_t registryOrder(const std::string& id) {
    for (size_t i = 0; i < kRequirements.size(); ++i)
        if (id == kRequirements[i].id) return i;
    return kRequirements.size();
}

}  // namespace fd::check
