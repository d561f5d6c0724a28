// A document written through the bulk path has the same bytes whatever was written before it,
// in the same thread or another: a certificate re-issued alone must match the one issued in a
// batch of thousands (the register keeps its SHA-256).
#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "writers/pdf/pdf_writer.h"
#include "writers_pdf_batch_support.h"

namespace fd::pdf {
namespace {

using batch_testing::certificate;
using layout::Face;

PdfWriteOptions stock() {
    PdfWriteOptions options;
    options.stockFontSubsets = true;
    return options;
}

// Documents that use other characters, other faces, and a fallback face cut for the document.
std::vector<layout::LaidOutDocument> otherDocuments() {
    std::vector<layout::LaidOutDocument> documents;
    for (const char* name : {"Zoë Brontë-Smith", "Nuno Gonçalves", "Ștefan Țurcanu", "Łukasz Wąs", "Ærøskøbing Ødegård"})
        documents.push_back(certificate(name));
    layout::LaidOutDocument fallback = certificate("Арам");
    batch_testing::declare(fallback, Face::FallbackBold);
    fallback.pages[0].ops.push_back(batch_testing::textOp(Face::FallbackBold, 660, "✓ Արամ"));
    documents.push_back(fallback);
    layout::LaidOutDocument boldItalic = certificate("Inês Araújo");
    batch_testing::declare(boldItalic, Face::BoldItalic);
    boldItalic.pages[0].ops.push_back(batch_testing::textOp(Face::BoldItalic, 660, "€ ‰ ™ − • …"));
    documents.push_back(boldItalic);
    return documents;
}

// Runs `work` on a thread of its own: its stock subsets are cut afresh there.
template <typename Work>
std::string inNewThread(Work work) {
    std::string bytes;
    std::thread thread([&] { bytes = work(); });
    thread.join();
    return bytes;
}

class StockBytesTest : public ::testing::Test {
protected:
    layout::FontFiles fonts = layout::FontFiles::debianDefaults();
};

TEST_F(StockBytesTest, ADocumentAloneEqualsTheSameDocumentAfterABatch) {
    const layout::LaidOutDocument target = certificate("Éloïse Lefèvre-Œuvray");
    const std::string alone = inNewThread([&] { return pdfBytes(target, fonts, stock()); });
    const std::string afterBatch = inNewThread([&] {
        for (int round = 0; round < 30; ++round)
            for (const layout::LaidOutDocument& other : otherDocuments()) pdfBytes(other, fonts, stock());
        return pdfBytes(target, fonts, stock());
    });
    EXPECT_GT(alone.size(), 10000u);
    EXPECT_TRUE(alone == afterBatch) << "the bytes depend on the documents written before";
}

TEST_F(StockBytesTest, EveryDocumentOfABatchEqualsItsWriteAlone) {
    const std::vector<layout::LaidOutDocument> documents = otherDocuments();
    std::vector<std::string> batch;
    inNewThread([&] {
        for (const layout::LaidOutDocument& document : documents) batch.push_back(pdfBytes(document, fonts, stock()));
        return std::string();
    });
    for (size_t i = 0; i < documents.size(); ++i) {
        const std::string alone = inNewThread([&] { return pdfBytes(documents[i], fonts, stock()); });
        EXPECT_TRUE(alone == batch[i]) << "document " << i << " (" << documents[i].metadata.title << ")";
    }
}

TEST_F(StockBytesTest, WrittenFileHasTheBytesMadeInMemory) {
    writers_testing::ScratchDir dir;
    const layout::LaidOutDocument document = certificate("Nuno Gonçalves");
    writePdf(document, fonts, dir.file("file.pdf"), stock());
    EXPECT_TRUE(writers_testing::readFile(dir.file("file.pdf")) == pdfBytes(document, fonts, stock()));
    writePdf(document, fonts, dir.file("own.pdf"));
    EXPECT_TRUE(writers_testing::readFile(dir.file("own.pdf")) == pdfBytes(document, fonts));
}

}  // namespace
}  // namespace fd::pdf
