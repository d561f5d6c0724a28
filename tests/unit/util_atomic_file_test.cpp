// util/atomic_file.h: files appear complete or not at all, and leave no temporary behind.
#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <vector>

#include "util/atomic_file.h"

namespace fd {
namespace {

namespace fs = std::filesystem;

class AtomicFile : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("fd-atomic-" + std::to_string(::getpid()) + "-" +
                                            ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }

    std::string path(const std::string& name) const { return (dir_ / name).string(); }
    static std::string read(const std::string& file) {
        std::ifstream in(file, std::ios::binary);
        std::ostringstream bytes;
        bytes << in.rdbuf();
        return bytes.str();
    }
    std::vector<std::string> names() const {
        std::vector<std::string> all;
        for (const auto& entry : fs::recursive_directory_iterator(dir_)) all.push_back(entry.path().filename().string());
        std::sort(all.begin(), all.end());
        return all;
    }

    fs::path dir_;
};

TEST_F(AtomicFile, NewFileHoldsTheBytesAndNothingElseIsLeft) {
    const std::string bytes("%PDF-1.7\n\0binary\xff", 17);
    writeFileAtomically(path("a.pdf"), bytes);
    EXPECT_EQ(read(path("a.pdf")), bytes);
    EXPECT_EQ(names(), std::vector<std::string>{"a.pdf"});
}

TEST_F(AtomicFile, ExistingFileIsReplacedWhole) {
    writeFileAtomically(path("a.txt"), std::string(100000, 'x'));
    writeFileAtomically(path("a.txt"), "short");
    EXPECT_EQ(read(path("a.txt")), "short");
    EXPECT_EQ(names(), std::vector<std::string>{"a.txt"});
}

TEST_F(AtomicFile, MissingFoldersAreCreated) {
    writeFileAtomically(path("x/y/z.txt"), "deep");
    EXPECT_EQ(read(path("x/y/z.txt")), "deep");
}

TEST_F(AtomicFile, UnwritableDestinationIsAnOutputError) {
    writeFileAtomically(path("plain"), "a file, not a folder");
    EXPECT_THROW(writeFileAtomically(path("plain/child.txt"), "bytes"), OutputError);
    EXPECT_EQ(names(), std::vector<std::string>{"plain"});
}

TEST_F(AtomicFile, UncommittedPathLeavesNothing) {
    {
        AtomicPath out(path("b.txt"));
        std::ofstream(out.tempPath()) << "half";
    }
    EXPECT_TRUE(names().empty());
    AtomicPath out(path("b.txt"));
    std::ofstream(out.tempPath()) << "whole";
    out.commit();
    EXPECT_EQ(read(path("b.txt")), "whole");
    EXPECT_EQ(names(), std::vector<std::string>{"b.txt"});
}

TEST_F(AtomicFile, DeferredBatchWritesAtOnceAndSyncsOnce) {
    DeferredSyncBatch batch;
    EXPECT_THROW(DeferredSyncBatch second, std::logic_error);
    for (int i = 0; i < 5; ++i) writeFileAtomically(path(std::to_string(i) + ".txt"), std::to_string(i));
    EXPECT_EQ(read(path("3.txt")), "3");   // visible before the batch syncs
    EXPECT_NO_THROW(batch.sync());
    EXPECT_EQ(names().size(), 5u);
}

}  // namespace
}  // namespace fd
