#include <gtest/gtest.h>

#include "readers/text_encoding.h"

namespace fd::readers {
namespace {

TEST(EncodingNameTest, AcceptsTheDocumentedNamesAndAliases) {
    EXPECT_EQ(encodingFromName("utf-8"), TextEncoding::Utf8);
    EXPECT_EQ(encodingFromName("UTF8"), TextEncoding::Utf8);
    EXPECT_EQ(encodingFromName("Windows-1252"), TextEncoding::Windows1252);
    EXPECT_EQ(encodingFromName("cp1252"), TextEncoding::Windows1252);
    EXPECT_EQ(encodingFromName("ISO-8859-1"), TextEncoding::Latin1);
    EXPECT_EQ(encodingFromName("latin1"), TextEncoding::Latin1);
    EXPECT_FALSE(encodingFromName("utf-16"));
    EXPECT_FALSE(encodingFromName(""));
    EXPECT_STREQ(encodingName(TextEncoding::Windows1252), "windows-1252");
}

TEST(Utf8ValidationTest, FindsTheFirstMalformedByte) {
    EXPECT_FALSE(firstInvalidUtf8("plain ASCII"));
    EXPECT_FALSE(firstInvalidUtf8("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80"));   // é € 😀
    EXPECT_EQ(firstInvalidUtf8("caf\xE9"), 3u);                      // Latin-1 é
    EXPECT_EQ(firstInvalidUtf8("ab\xC0\x80"), 2u);                   // overlong NUL
    EXPECT_EQ(firstInvalidUtf8("\xED\xA0\x80"), 0u);                 // UTF-16 surrogate
    EXPECT_EQ(firstInvalidUtf8("x\xF4\x90\x80\x80"), 1u);            // above U+10FFFF
    EXPECT_EQ(firstInvalidUtf8("x\xE2\x82"), 1u);                    // truncated
    EXPECT_EQ(firstInvalidUtf8("\x80"), 0u);                         // lone continuation byte
}

TEST(EncodingDetectionTest, PrefersUtf8ThenLooksForWindows1252Bytes) {
    EXPECT_EQ(detectEncoding("caf\xC3\xA9"), TextEncoding::Utf8);
    EXPECT_EQ(detectEncoding("\xEF\xBB\xBFid"), TextEncoding::Utf8);
    EXPECT_EQ(detectEncoding("10 \x80"), TextEncoding::Windows1252);      // €
    EXPECT_EQ(detectEncoding("caf\xE9 \x9C"), TextEncoding::Windows1252);  // é œ
    EXPECT_EQ(detectEncoding("caf\xE9"), TextEncoding::Latin1);
}

TEST(DecodingTest, ConvertsEachEncodingToUtf8) {
    EXPECT_EQ(decodeToUtf8("\xEF\xBB\xBF" "caf\xC3\xA9", TextEncoding::Utf8).utf8, "caf\xC3\xA9");
    EXPECT_EQ(decodeToUtf8("caf\xE9 10 \x80 \x9C \x93x\x94", TextEncoding::Windows1252).utf8,
              "caf\xC3\xA9 10 \xE2\x82\xAC \xC5\x93 \xE2\x80\x9Cx\xE2\x80\x9D");
    EXPECT_EQ(decodeToUtf8("S\xE3o Jo\xE3o", TextEncoding::Latin1).utf8, "S\xC3\xA3o Jo\xC3\xA3o");
    // ISO-8859-1 maps 0x80 to the C1 control U+0080, not to €.
    EXPECT_EQ(decodeToUtf8("\x80", TextEncoding::Latin1).utf8, "\xC2\x80");
}

TEST(DecodingTest, Windows1252UnassignedBytesBecomeC1ControlsAsOnWindows) {
    const DecodedText text = decodeToUtf8("ok \x81", TextEncoding::Windows1252);
    EXPECT_FALSE(text.badByteOffset);
    EXPECT_EQ(text.utf8, "ok \xC2\x81");
}

TEST(DecodingTest, ReportsWhereInvalidUtf8Starts) {
    const DecodedText bad = decodeToUtf8("\xEF\xBB\xBFok\nnot \xE9", TextEncoding::Utf8);
    ASSERT_TRUE(bad.badByteOffset);
    EXPECT_EQ(*bad.badByteOffset, 10u);   // offsets count the BOM: they locate bytes of the file
    EXPECT_TRUE(bad.utf8.empty());
}

}  // namespace
}  // namespace fd::readers
