#include <gtest/gtest.h>

#include "model/diagnostics.h"

namespace fd {
namespace {

TEST(DiagnosticsTest, CountsErrorsAndWarningsSeparately) {
    Diagnostics d;
    EXPECT_FALSE(d.hasErrors());
    d.warning("courses.xml", 3, "course[A].audience", "diag.text.missing_main", {{"lang", "fr"}});
    EXPECT_FALSE(d.hasErrors());
    d.error("organisation.xml", 14, "siret", "diag.siret.checksum", {{"value", "1"}});
    EXPECT_TRUE(d.hasErrors());
    EXPECT_EQ(d.errorCount(), 1u);
    EXPECT_EQ(d.warningCount(), 1u);
    EXPECT_TRUE(d.hasKey("diag.siret.checksum"));
    EXPECT_FALSE(d.hasKey("diag.nda.format"));
    EXPECT_EQ(d.items()[1].args.at("value"), "1");
    EXPECT_EQ(d.items()[1].severity, Severity::Error);
}

TEST(DiagnosticsTest, SortsByFileThenLineKeepingInsertionOrder) {
    Diagnostics d;
    d.error("trainees.csv", 4, "", "diag.b");
    d.error("courses.xml", 9, "", "diag.c");
    d.error("courses.xml", 2, "", "diag.d");
    d.warning("courses.xml", 9, "", "diag.e");
    d.sort();
    std::vector<std::string> keys;
    for (const auto& item : d.items()) keys.push_back(item.key);
    EXPECT_EQ(keys, (std::vector<std::string>{"diag.d", "diag.c", "diag.e", "diag.b"}));
}

TEST(DiagnosticsTest, AppendsAnotherList) {
    Diagnostics a, b;
    a.error("x", 1, "", "diag.a");
    b.warning("y", 1, "", "diag.b");
    a.append(b);
    ASSERT_EQ(a.items().size(), 2u);
    EXPECT_EQ(a.items()[1].key, "diag.b");
    EXPECT_EQ(a.warningCount(), 1u);
}

}  // namespace
}  // namespace fd
