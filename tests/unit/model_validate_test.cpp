#include <gtest/gtest.h>

#include "model/validate.h"
#include "readers_test_support.h"

namespace fd {
namespace {

using fd::testing::summary;
using fd::testing::withKey;

const Date kToday{2026, 3, 1};

LocalizedText text(const std::string& s) { return LocalizedText{{{"", s}}}; }

Module module(const std::string& title, int64_t hundredths, int line) {
    Module m;
    m.loc = SourceLoc{"courses.xml", line, {}};
    m.title = text(title);
    m.hours = Hours{hundredths};
    return m;
}

Course course(const std::string& id, int line) {
    Course c;
    c.loc = SourceLoc{"courses.xml", line, {{"title", line + 1}, {"modules", line + 2}, {"cnaef", line + 9}}};
    c.id = id;
    c.title = text("Titre");
    c.lastUpdate = Date{2025, 9, 15};
    c.totalHours = Hours{1400};
    c.modules = {module("A", 700, line + 3), module("B", 700, line + 5)};
    return c;
}

Session session(const std::string& id, const std::string& courseId, int line) {
    Session s;
    s.loc = SourceLoc{"sessions.csv", line, {}};
    s.id = id;
    s.courseId = courseId;
    s.start = Date{2026, 1, 12};
    s.end = Date{2026, 1, 13};
    return s;
}

Trainee trainee(const std::string& id, const std::string& sessionId, int line) {
    Trainee t;
    t.loc = SourceLoc{"trainees.csv", line, {}};
    t.id = id;
    t.sessionId = sessionId;
    t.familyName = "Dupont";
    t.givenNames = "Marie";
    t.hoursAttended = Hours{1400};
    return t;
}

Workspace frenchWorkspace() {
    Workspace ws;
    Organisation& o = ws.organisation;
    o.loc = SourceLoc{"organisation.xml", 2, {{"siret", 10}, {"nda", 11}, {"vat-number", 12}, {"postcode", 6}}};
    o.jurisdiction = Jurisdiction::FR;
    o.legalName = "Formations Exemple SARL";
    o.address.postcode = "69002";
    o.address.country = "FR";
    o.siret = "12345678200010";
    o.nda = "84691234569";
    o.vatNumber = "FR11123456782";
    ws.courses = {course("MGT-01", 3)};
    ws.sessions = {session("S1", "MGT-01", 2)};
    ws.trainees = {trainee("T1", "S1", 2)};
    return ws;
}

Workspace portugueseWorkspace() {
    Workspace ws;
    Organisation& o = ws.organisation;
    o.loc = SourceLoc{"organisation.xml", 2, {{"nif", 8}, {"dgert.area[1]", 11}, {"dgert.area[2]", 12}}};
    o.jurisdiction = Jurisdiction::PT;
    o.legalName = "Formação Exemplo, Lda.";
    o.address.postcode = "1100-053";
    o.nif = "512345678";
    o.vatRegime = VatRegime::ExemptArt9PT;
    o.dgert = DgertCertification{"1234/2019", Date{2019, 6, 12}, Date{}, {"341", "345"}};
    ws.courses = {course("GES-01", 3)};
    ws.courses[0].cnaef = "345";
    ws.courses[0].modules[0].code = "0349";
    ws.sessions = {session("P1", "GES-01", 2)};
    Trainee t = trainee("F1", "P1", 2);
    t.birthDate = Date{1990, 5, 1};
    t.birthPlace = "Coimbra";
    t.nationality = "Portuguesa";
    t.idDocumentType = "cc";
    t.idDocumentNumber = "123456780ZX4";
    ws.trainees = {t};
    return ws;
}

Diagnostics validate(const Workspace& ws, const ValidationScope& scope = {}) {
    Diagnostics d;
    validateWorkspace(ws, kToday, d, scope);
    return d;
}

TEST(ValidateTest, ValidWorkspacesHaveNoDiagnostic) {
    EXPECT_EQ(summary(validate(frenchWorkspace())), std::vector<std::string>{});
    EXPECT_EQ(summary(validate(portugueseWorkspace())), std::vector<std::string>{});
}

TEST(ValidateTest, FrenchIdentifiers) {
    Workspace ws = frenchWorkspace();
    ws.organisation.siret = "12345678200011";
    ws.organisation.nda = "84751234569";
    ws.organisation.vatNumber = "FR12123456782";
    const Diagnostics d = validate(ws);
    EXPECT_EQ(summary(d), (std::vector<std::string>{"organisation.xml:10:diag.siret.checksum",
                                                    "organisation.xml:11:diag.nda.pattern",
                                                    "organisation.xml:12:diag.vat.checksum"}));
    EXPECT_EQ(d.items()[0].field, "siret");
    EXPECT_EQ(d.items()[0].args.at("value"), "12345678200011");
    EXPECT_EQ(d.items()[1].severity, Severity::Warning);
    EXPECT_EQ(d.items()[2].args.at("expected"), "FR11123456782");
}

TEST(ValidateTest, SiretShapeAndSirenPart) {
    Workspace ws = frenchWorkspace();
    ws.organisation.siret = "1234567820001";
    ws.organisation.nda = "8469123456";
    ws.organisation.vatNumber = "FR 11 123456782X";
    EXPECT_EQ(summary(validate(ws)), (std::vector<std::string>{"organisation.xml:10:diag.siret.format",
                                                               "organisation.xml:11:diag.nda.format",
                                                               "organisation.xml:12:diag.vat.format"}));
    ws = frenchWorkspace();
    ws.organisation.siret = "73282932100007";
    ws.organisation.vatNumber.clear();
    EXPECT_EQ(summary(validate(ws)), (std::vector<std::string>{"organisation.xml:10:diag.siret.siren_checksum"}));
}

TEST(ValidateTest, VatNumberMustCarryTheSiretsSiren) {
    Workspace ws = frenchWorkspace();
    ws.organisation.vatNumber = "FR40303265045";
    const Diagnostics d = validate(ws);
    EXPECT_EQ(summary(d), (std::vector<std::string>{"organisation.xml:12:diag.vat.siren_mismatch"}));
    EXPECT_EQ(d.items()[0].args.at("siren"), "123456782");
}

TEST(ValidateTest, JurisdictionRequirements) {
    Workspace fr = frenchWorkspace();
    fr.organisation.siret.clear();
    fr.organisation.nda.clear();
    fr.organisation.vatRegime = VatRegime::ExemptArt9PT;
    fr.organisation.legalName.clear();
    EXPECT_EQ(summary(validate(fr)),
              (std::vector<std::string>{"organisation.xml:2:diag.required", "organisation.xml:2:diag.siret.missing",
                                        "organisation.xml:2:diag.nda.missing",
                                        "organisation.xml:2:diag.vat.regime_jurisdiction"}));
    Workspace pt = portugueseWorkspace();
    pt.organisation.nif.clear();
    pt.organisation.vatRegime = VatRegime::Franchise293B;
    pt.courses[0].cnaef.clear();
    EXPECT_EQ(summary(validate(pt)), (std::vector<std::string>{"organisation.xml:2:diag.nif.missing",
                                                               "organisation.xml:2:diag.vat.regime_jurisdiction",
                                                               "courses.xml:3:diag.cnaef.missing"}));
}

TEST(ValidateTest, PortugueseNif) {
    Workspace ws = portugueseWorkspace();
    ws.organisation.nif = "512345679";
    EXPECT_EQ(summary(validate(ws)), (std::vector<std::string>{"organisation.xml:8:diag.nif.checksum"}));
    ws.organisation.nif = "51234567";
    EXPECT_EQ(summary(validate(ws)), (std::vector<std::string>{"organisation.xml:8:diag.nif.format"}));
    ws.organisation.nif = "400000008";
    const Diagnostics d = validate(ws);
    EXPECT_EQ(summary(d), (std::vector<std::string>{"organisation.xml:8:diag.nif.prefix"}));
    EXPECT_EQ(d.items()[0].severity, Severity::Warning);
}

TEST(ValidateTest, CnaefAreasOfTheDgertCertificationAndCourses) {
    Workspace ws = portugueseWorkspace();
    ws.organisation.dgert->areas = {"341", "34"};
    ws.courses[0].cnaef = "341";
    ws.courses.push_back(course("X-01", 20));
    ws.courses[1].cnaef = "348";
    ws.courses.push_back(course("Y-01", 40));
    ws.courses[2].cnaef = "811";
    const Diagnostics d = validate(ws);
    EXPECT_EQ(summary(d), (std::vector<std::string>{"organisation.xml:12:diag.cnaef.format",
                                                    "courses.xml:29:diag.cnaef.unknown",
                                                    "courses.xml:49:diag.cnaef.not_certified"}));
    EXPECT_EQ(d.items()[0].field, "dgert.area");
    EXPECT_EQ(d.items()[2].field, "course[Y-01].cnaef");
    EXPECT_EQ(d.items()[2].args.at("value"), "811");
}

TEST(ValidateTest, WithoutDgertAPortugueseEntityIsWarned) {
    Workspace ws = portugueseWorkspace();
    ws.organisation.dgert.reset();
    const Diagnostics d = validate(ws);
    EXPECT_EQ(summary(d), (std::vector<std::string>{"organisation.xml:2:diag.dgert.missing"}));
    EXPECT_EQ(d.items()[0].severity, Severity::Warning);
}

TEST(ValidateTest, PostcodesFollowTheCountryOrTheJurisdiction) {
    Workspace ws = frenchWorkspace();
    ws.organisation.address.postcode = "6900";
    EXPECT_EQ(summary(validate(ws)), (std::vector<std::string>{"organisation.xml:6:diag.postcode.format"}));
    Workspace pt = portugueseWorkspace();
    pt.organisation.address.postcode = "1100053";   // no country given: the jurisdiction's rule
    const Diagnostics d = validate(pt);
    EXPECT_EQ(summary(d), (std::vector<std::string>{"organisation.xml:2:diag.postcode.format"}));
    EXPECT_EQ(d.items()[0].args.at("country"), "PT");
}

TEST(ValidateTest, CertificationValidityAndVerificationUrl) {
    Workspace ws = frenchWorkspace();
    ws.organisation.qualiopi =
        QualiopiCertification{"Q", "C", {"actions-formation"}, Date{2027, 1, 1}, Date{2024, 1, 1}};
    ws.organisation.verificationUrl = "https://example.fr/verify";
    const Diagnostics d = validate(ws);
    EXPECT_EQ(summary(d), (std::vector<std::string>{"organisation.xml:2:diag.validity.order",
                                                    "organisation.xml:2:diag.certificates.url_placeholder"}));
    EXPECT_EQ(d.items()[1].severity, Severity::Warning);
}

TEST(ValidateTest, CourseBasicsHoursAndDates) {
    Workspace ws = frenchWorkspace();
    Course& c = ws.courses[0];
    c.title = LocalizedText{};
    c.lastUpdate = Date{2026, 3, 2};
    c.modules[1].hours = Hours{650};
    const Diagnostics d = validate(ws);
    EXPECT_EQ(summary(d), (std::vector<std::string>{"courses.xml:4:diag.required",
                                                    "courses.xml:3:diag.course.update_in_future",
                                                    "courses.xml:5:diag.course.modules_hours"}));
    EXPECT_EQ(d.items()[0].field, "course[MGT-01].title");
    EXPECT_EQ(d.items()[1].args.at("today"), "2026-03-01");
    EXPECT_EQ(d.items()[2].args.at("sum"), "13.5");
    EXPECT_EQ(d.items()[2].args.at("total"), "14");
}

TEST(ValidateTest, MissingCourseValues) {
    Workspace ws = frenchWorkspace();
    Course& c = ws.courses[0];
    c.id.clear();
    c.lastUpdate = Date{};
    c.totalHours = Hours{};
    c.modules[0].hours = Hours{};
    c.modules[0].title = LocalizedText{};
    ws.sessions.clear();
    ws.trainees.clear();
    const Diagnostics d = validate(ws);
    EXPECT_EQ(summary(d), (std::vector<std::string>{"courses.xml:3:diag.required", "courses.xml:3:diag.required",
                                                    "courses.xml:3:diag.course.hours_missing",
                                                    "courses.xml:6:diag.module.hours_missing",
                                                    "courses.xml:6:diag.required"}));
    EXPECT_EQ(d.items()[0].field, "course[#1].id");
    EXPECT_EQ(d.items()[4].field, "course[#1].modules[1].title");
}

TEST(ValidateTest, DeliveryModesNeedTheirDescriptions) {
    Workspace ws = frenchWorkspace();
    ws.courses[0].deliveryMode = DeliveryMode::Blended;
    ws.courses.push_back(course("AFEST", 30));
    ws.courses[1].deliveryMode = DeliveryMode::WorkBased;
    ws.sessions[0].mode = DeliveryMode::Distance;
    ws.sessions.push_back(session("S2", "AFEST", 3));
    ws.sessions.push_back(session("S3", "MGT-01", 4));
    ws.sessions[2].mode = DeliveryMode::WorkBased;
    const Diagnostics d = validate(ws);
    EXPECT_EQ(summary(d), (std::vector<std::string>{"courses.xml:3:diag.course.distance_support",
                                                    "courses.xml:30:diag.course.work_based_details",
                                                    "sessions.csv:2:diag.session.distance_support",
                                                    "sessions.csv:4:diag.session.work_based_details"}));
    EXPECT_EQ(d.items()[0].args.at("mode"), "blended");
    EXPECT_EQ(d.items()[2].args.at("mode"), "distance");

    ws.courses[0].distanceSupport = text("Tutorat");
    ws.courses[0].workBasedDetails = text("AFEST");
    ws.courses[1].workBasedDetails = text("AFEST");
    EXPECT_EQ(summary(validate(ws)), std::vector<std::string>{});
}

TEST(ValidateTest, CertificationCodes) {
    Workspace ws = frenchWorkspace();
    CertifyingData cert;
    cert.code = "RNCP3563";
    cert.certifier = "Ministère";
    cert.registrationDate = Date{2021, 5, 19};
    cert.title = text("Manager");
    cert.blocks = {{"RNCP3563BC01", {}}, {"RNCP3564BC01", {}}, {"RNCP3563B01", {}}};
    ws.courses[0].certification = cert;
    ws.courses[0].loc.fieldLines["certification"] = 20;
    ws.courses[0].loc.fieldLines["certification.blocks[2]"] = 22;
    const Diagnostics d = validate(ws);
    EXPECT_EQ(summary(d), (std::vector<std::string>{"courses.xml:22:diag.certification.block_parent",
                                                    "courses.xml:3:diag.certification.block_code"}));
    EXPECT_EQ(d.items()[0].args.at("code"), "RNCP3563");

    cert.type = CertificationType::RS;
    cert.blocks.resize(1);
    cert.certifier.clear();
    cert.registrationDate = Date{};
    cert.title = LocalizedText{};
    ws.courses[0].certification = cert;
    const Diagnostics rs = validate(ws);
    EXPECT_EQ(summary(rs), (std::vector<std::string>{
                               "courses.xml:20:diag.certification.code", "courses.xml:20:diag.required",
                               "courses.xml:20:diag.required", "courses.xml:20:diag.required",
                               "courses.xml:3:diag.certification.rs_blocks"}));
    EXPECT_EQ(rs.items()[0].args.at("type"), "RS");
}

TEST(ValidateTest, GroupSizesAndUfcdCodes) {
    Workspace ws = portugueseWorkspace();
    ws.courses[0].groupMin = 12;
    ws.courses[0].groupMax = 4;
    ws.courses[0].modules[1].code = "392";
    const Diagnostics d = validate(ws);
    EXPECT_EQ(summary(d),
              (std::vector<std::string>{"courses.xml:8:diag.ufcd.format", "courses.xml:3:diag.course.group_order"}));
    EXPECT_EQ(d.items()[0].severity, Severity::Warning);
    Workspace fr = frenchWorkspace();
    fr.courses[0].modules[1].code = "M2";   // a French module code is the organisation's own
    EXPECT_EQ(summary(validate(fr)), std::vector<std::string>{});
}

TEST(ValidateTest, ReferencesDuplicatesAndDateOrder) {
    Workspace ws = frenchWorkspace();
    ws.courses.push_back(course("MGT-01", 30));
    ws.sessions.push_back(session("S1", "NOPE", 3));
    ws.sessions.push_back(session("S3", "MGT-01", 4));
    ws.sessions[2].end = Date{2026, 1, 11};
    ws.trainees.push_back(trainee("T1", "S9", 3));
    const Diagnostics d = validate(ws);
    EXPECT_EQ(summary(d), (std::vector<std::string>{
                              "courses.xml:30:diag.duplicate_id", "sessions.csv:3:diag.duplicate_id",
                              "sessions.csv:3:diag.ref.course", "sessions.csv:4:diag.session.dates_order",
                              "trainees.csv:3:diag.duplicate_id", "trainees.csv:3:diag.ref.session"}));
    EXPECT_EQ(d.items()[0].args.at("line"), "3");
    EXPECT_EQ(d.items()[2].args.at("id"), "NOPE");
    EXPECT_EQ(d.items()[3].field, "end");
}

TEST(ValidateTest, TraineeHoursSatisfactionAndCertification) {
    Workspace ws = frenchWorkspace();
    ws.trainees[0].hoursAttended = Hours{1450};
    ws.trainees[0].satisfaction = 6;
    ws.trainees[0].certification = CertificationResult::Obtained;
    const Diagnostics d = validate(ws);
    EXPECT_EQ(summary(d), (std::vector<std::string>{"trainees.csv:2:diag.trainee.satisfaction",
                                                    "trainees.csv:2:diag.trainee.hours_exceed",
                                                    "trainees.csv:2:diag.trainee.certification_not_certifying"}));
    EXPECT_EQ(d.items()[1].args.at("hours"), "14.5");
    EXPECT_EQ(d.items()[1].args.at("course"), "MGT-01");
    EXPECT_EQ(d.items()[2].severity, Severity::Warning);
    ws.trainees[0].satisfaction = 0;
    EXPECT_EQ(withKey(validate(ws), "diag.trainee.satisfaction").size(), 1u);
    ws.trainees[0].satisfaction = 1;
    EXPECT_EQ(withKey(validate(ws), "diag.trainee.satisfaction").size(), 0u);
}

TEST(ValidateTest, CitizenCardNumbers) {
    Workspace ws = portugueseWorkspace();
    ws.trainees[0].idDocumentNumber = "123456780ZX5";
    EXPECT_EQ(summary(validate(ws)), (std::vector<std::string>{"trainees.csv:2:diag.cc.checksum"}));
    ws.trainees[0].idDocumentNumber = "12345678";
    EXPECT_EQ(summary(validate(ws)), (std::vector<std::string>{"trainees.csv:2:diag.cc.format"}));
    ws.trainees[0].idDocumentType = "passport";   // other documents are free-form
    EXPECT_EQ(summary(validate(ws)), std::vector<std::string>{});
}

TEST(ValidateTest, PortugueseCertificatesNeedTheTraineesIdentity) {
    Workspace ws = portugueseWorkspace();
    Trainee& t = ws.trainees[0];
    t.birthDate = Date{};
    t.nationality.clear();
    t.idDocumentType.clear();
    t.idDocumentNumber.clear();
    const Diagnostics d = validate(ws);
    EXPECT_EQ(summary(d), (std::vector<std::string>{"trainees.csv:2:diag.trainee.certificate_field",
                                                    "trainees.csv:2:diag.trainee.certificate_field",
                                                    "trainees.csv:2:diag.trainee.certificate_field",
                                                    "trainees.csv:2:diag.trainee.certificate_field"}));
    EXPECT_EQ(d.items()[0].field, "birth_date");
    EXPECT_EQ(d.items()[3].field, "id_number");
    t.outcome = Outcome::Abandoned;   // no certificate: nothing to say
    EXPECT_EQ(summary(validate(ws)), std::vector<std::string>{});
}

TEST(ValidateTest, ReferencesIntoUnreadFilesAreNotReported) {
    Workspace ws = frenchWorkspace();
    ws.courses.clear();   // courses.xml could not be read
    ws.sessions.push_back(session("S2", "OTHER", 3));
    ws.trainees.push_back(trainee("T2", "S9", 3));
    ValidationScope scope;
    scope.courses = false;
    scope.sessions = false;
    EXPECT_EQ(summary(validate(ws, scope)), std::vector<std::string>{});
    scope.organisation = false;
    ws.organisation.siret = "1";   // not checked without the organisation
    EXPECT_EQ(summary(validate(ws, scope)), std::vector<std::string>{});
}

}  // namespace
}  // namespace fd
