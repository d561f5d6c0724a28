#include <gtest/gtest.h>

#include "readers/courses_reader.h"
#include "readers_test_support.h"

namespace fd::readers {
namespace {

using fd::testing::fixturePath;
using fd::testing::summary;

std::optional<std::vector<Course>> readXml(const std::string& xml, Diagnostics& d, const std::string& lang = "fr") {
    XmlFile file("courses.xml");
    if (!file.parse(xml, d)) return std::nullopt;
    return readCourses(file, lang, d);
}

TEST(CoursesReaderTest, ReadsTheFrenchFixture) {
    Diagnostics d;
    const auto courses = readCoursesFile(fixturePath("workspaces/fr-valid/courses.xml"), "courses.xml", "fr", d);
    ASSERT_TRUE(courses);
    EXPECT_TRUE(d.items().empty()) << summary(d).front();
    ASSERT_EQ(courses->size(), 1u);
    const Course& c = courses->front();
    EXPECT_EQ(c.id, "MGT-01");
    EXPECT_EQ(c.version, "2");
    EXPECT_EQ(c.lastUpdate.iso(), "2025-09-15");
    EXPECT_EQ(c.totalHours.hundredths, 1400);
    EXPECT_EQ(c.deliveryMode, DeliveryMode::Blended);
    EXPECT_EQ(c.nature, ActionNature::Training);
    EXPECT_TRUE(c.assessed);
    EXPECT_EQ(c.title.byLang.at("en"), "Leading a team");
    EXPECT_TRUE(c.noPrerequisites);
    ASSERT_EQ(c.objectives.size(), 2u);
    EXPECT_EQ(c.objectives[1].byLang.at(""), "Déléguer une tâche et en suivre la réalisation");
    ASSERT_EQ(c.modules.size(), 2u);
    EXPECT_EQ(c.modules[0].content.byLang.at(""), "Posture.\nCommunication.");
    EXPECT_EQ(c.modules[1].hours.hundredths, 700);
    EXPECT_EQ(c.modules[1].loc.line, 23);
    EXPECT_EQ(c.accessDeadlineDays, 15);
    EXPECT_EQ(c.accessDeadline.byLang.at(""), "15 jours ouvrés");
    ASSERT_EQ(c.prices.size(), 1u);
    EXPECT_EQ(c.prices[0].amount, 129000);
    EXPECT_EQ(c.prices[0].basis, PriceBasis::PerPerson);
    EXPECT_FALSE(c.prices[0].taxIncluded);
    ASSERT_TRUE(c.certifying());
    EXPECT_EQ(c.certification->code, "RNCP35635");
    EXPECT_EQ(c.certification->registrationDate.iso(), "2021-05-19");
    ASSERT_EQ(c.certification->blocks.size(), 1u);
    EXPECT_EQ(c.certification->blocks[0].code, "RNCP35635BC01");
    EXPECT_EQ(c.certification->blocks[0].title.byLang.at(""), "Animer une équipe");
    EXPECT_EQ(c.groupMin, 4);
    EXPECT_EQ(c.groupMax, 12);
    EXPECT_EQ(c.loc.line, 3);
    EXPECT_EQ(c.loc.lineOf("objectives[2]"), 13);
    EXPECT_EQ(c.loc.lineOf("certification.blocks[1]"), 34);
}

TEST(CoursesReaderTest, ReadsThePortugueseFixture) {
    Diagnostics d;
    const auto courses = readCoursesFile(fixturePath("workspaces/pt-valid/courses.xml"), "courses.xml", "pt", d);
    ASSERT_TRUE(courses);
    EXPECT_TRUE(d.items().empty());
    ASSERT_EQ(courses->size(), 2u);
    EXPECT_EQ((*courses)[0].title.byLang.at("pt"), "Gestão de stocks");
    EXPECT_EQ((*courses)[0].modules[0].code, "0349");
    EXPECT_EQ((*courses)[0].cnaef, "345");
    EXPECT_EQ((*courses)[1].cnaef, "090");
    EXPECT_EQ((*courses)[1].totalHours.hundredths, 750);
    EXPECT_EQ((*courses)[1].deliveryMode, DeliveryMode::Presential);   // default
}

TEST(CoursesReaderTest, ReportsMalformedValuesWithTheCourseInTheField) {
    Diagnostics d;
    const auto courses = readXml(R"(<courses>
  <course id="A" last-update="2026-02-30" hours="seven" delivery="online" nature="course" assessed="maybe">
    <prerequisites none="true"><item>Bases</item></prerequisites>
    <modules><module hours="3,333"><title>M</title></module></modules>
    <prices><price basis="each"/></prices>
    <certification type="RNCP2"/>
    <group min="-1"/>
    <title>Un</title><title>Deux</title>
  </course>
  <course>
    <title xml:lang="en">Untitled</title>
  </course>
</courses>)",
                                 d);
    ASSERT_TRUE(courses);
    EXPECT_EQ(summary(d), (std::vector<std::string>{
                              "courses.xml:8:diag.xml.duplicate_element",
                              "courses.xml:2:diag.value.date",
                              "courses.xml:2:diag.value.hours",
                              "courses.xml:2:diag.value.choice",   // delivery
                              "courses.xml:2:diag.value.choice",   // nature
                              "courses.xml:2:diag.value.choice",   // assessed
                              "courses.xml:3:diag.course.prerequisites_both",
                              "courses.xml:4:diag.value.hours",
                              "courses.xml:5:diag.required",       // price cents
                              "courses.xml:5:diag.value.choice",   // basis
                              "courses.xml:6:diag.value.choice",   // certification type
                              "courses.xml:7:diag.value.integer",
                              "courses.xml:11:diag.text.missing_main",
                          }));
    EXPECT_EQ(d.items()[1].field, "course[A].last-update");
    EXPECT_EQ(d.items()[7].field, "course[A].modules[1].hours");
    EXPECT_EQ(d.items()[8].field, "course[A].prices[1].cents");
    EXPECT_EQ(d.items()[12].field, "course[#2].title");
}

TEST(CoursesReaderTest, RefusesAnotherRootElement) {
    Diagnostics d;
    EXPECT_FALSE(readXml("<course id=\"A\"/>", d));
    EXPECT_EQ(summary(d), (std::vector<std::string>{"courses.xml:1:diag.xml.root"}));
}

}  // namespace
}  // namespace fd::readers
