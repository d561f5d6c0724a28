// `formadoc build` runs the compliance check first: a mandatory gap stops it before anything is
// written, unless --allow-gaps, which generates anyway and repeats the report at the end.
#include <gtest/gtest.h>

#include "check_support.h"

namespace fd::e2e::check {
namespace {

class BuildWithAGap : public ::testing::Test {
protected:
    void SetUp() override {
        ws = copySample("fr-organisme", "build-gap");
        removeElement(ws + "/courses.xml", "<course id=\"MGT-QUOT\"", "accessibility");
        out = makeTempDir("build-gap-out") + "/out";
    }
    std::string ws, out;
};

TEST_F(BuildWithAGap, RefusesAndWritesNothing) {
    const CommandResult r = runFormadoc({"build", ws, "--out", out, "--lang", "fr"}, kCheckDay);
    EXPECT_EQ(r.exitCode, 1) << r.err;
    EXPECT_FALSE(exists(out)) << "a build refused by the check must not create the output folder";
    EXPECT_NE(r.err.find("FR-PROG-13  mandatory"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("course[MGT-QUOT].accessibility"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("nothing was written"), std::string::npos) << r.err;
}

TEST_F(BuildWithAGap, GeneratesWithAllowGapsAndRepeatsTheReport) {
    const CommandResult r = runFormadoc({"build", ws, "--out", out, "--lang", "fr", "--allow-gaps"}, kCheckDay);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_TRUE(exists(out + "/programmes/MGT-QUOT.fr.pdf"));
    EXPECT_EQ(occurrences(r.err, "course[MGT-QUOT].accessibility"), 2u) << r.err;
    // The second report comes after the generation.
    EXPECT_GT(r.err.rfind("course[MGT-QUOT].accessibility"), r.err.find("programmes:")) << r.err;
}

TEST(BuildCheck, ACompliantSampleBuildsWithOneSummaryLine) {
    const std::string out = makeTempDir("build-ok") + "/out";
    const CommandResult r = runFormadoc({"build", sampleDir("pt-entidade"), "--out", out, "--lang", "pt"}, kCheckDay);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_TRUE(exists(out + "/programmes/VND-NEG.pt.pdf"));
    EXPECT_NE(r.err.find("Compliance check: 0 mandatory gaps"), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find("PT-PROG"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace fd::e2e::check
