// The format-neutral document tree. Generators build it; layout and writers read it.
// Nothing here knows about Qualiopi, DGERT, PoDoFo or libxlsxwriter.
// Units: PDF points (1/72 inch). Colours: 0xRRGGBB.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace fd::doc {

using Colour = uint32_t;

// ---- Inline content -------------------------------------------------------
struct Run {
    std::string text;                 // UTF-8; may contain U+00A0 / U+202F (never broken)
    bool bold = false;
    bool italic = false;
    std::string link;                 // URI (https:, mailto:, tel:) or "#anchor" for an internal link
    std::optional<Colour> colour;
    // When set (an anchor name, without '#'), the run prints the number of the page where that
    // anchor lands, as in an index; `text` is ignored. The layout reserves the width of four
    // digits and fills the number in after pagination: flush right in right-aligned text,
    // centred in centred text, at the start of the reserved width otherwise.
    std::string pageOf;
};
using Inlines = std::vector<Run>;

// (Members set one by one: `Run{text}` trips -Wmissing-field-initializers under -Wextra.)
inline Inlines plain(std::string text) { Run r; r.text = std::move(text); return Inlines{std::move(r)}; }
inline Inlines bold(std::string text) { Run r; r.text = std::move(text); r.bold = true; return Inlines{std::move(r)}; }

// ---- Blocks -----------------------------------------------------------------
enum class Align { Left, Justify, Center, Right };

// Paragraph roles map to type sizes and spacing in the layout's stylesheet.
enum class TextStyle { Body, Lead, Small, Note, Title, Subtitle };

struct Heading {
    int level = 1;                    // 1..3
    Inlines text;
    std::string anchor;               // target of internal links / TOC entries; empty = none
    bool bookmark = true;             // appears in the PDF outline
    bool tocEntry = true;             // appears in a Toc block
};

struct Paragraph {
    Inlines text;
    Align align = Align::Justify;
    TextStyle style = TextStyle::Body;
};

struct List {
    bool numbered = false;
    std::vector<Inlines> items;
};

// Two columns: label | value. Used for identity blocks and fact sheets.
struct KeyValueTable {
    std::vector<std::pair<Inlines, Inlines>> rows;
    double keyFraction = 0.32;        // share of the width given to the labels
};

enum class ColumnType { Text, Integer, Money, Hours, Date, Percent };

struct Column {
    Inlines header;
    double weight = 1.0;              // relative width
    Align align = Align::Left;
};

struct Table {
    std::vector<Column> columns;
    std::vector<std::vector<Inlines>> rows;
    bool repeatHeader = true;         // repeat the header row on each page the table spans
    bool zebra = true;                // alternate row shading
    std::vector<Inlines> footer;      // optional totals row (empty = none)
};

struct Image {
    std::string path;                 // PNG or JPEG
    double width = 0;                 // points; 0 = natural size at 96 dpi, capped at text width
    double height = 0;                // 0 = keep aspect ratio
    Align align = Align::Left;
};

struct QrCode {
    std::string data;                 // encoded as a QR code (byte mode, level M)
    double size = 72;                 // points, square
    Align align = Align::Right;
    Inlines caption;
};

struct Signature {
    Inlines placeDate;                // "Fait à Lyon, le 21 novembre 2026"
    std::string name;
    Inlines capacity;
    Inlines label;                    // e.g. "Signature et cachet"
    std::string imagePath;            // optional scanned signature
    Align align = Align::Right;
};

struct Spacer { double height = 12; };
struct PageBreak {};

// Highlighted box (notices such as "Translation – the French version prevails").
struct Notice;
struct KeepTogether;

// Table of contents: filled by the layout with the page numbers of headings (two passes).
struct Toc {
    Inlines title;
    int maxLevel = 2;
};

// Vertical bars with their value labels; values in [0, max]. Missing values are drawn as
// a hatched gap with their label (e.g. "n.s. (n = 3)").
struct BarSeries {
    std::string name;
    Colour colour = 0x1F4E79;
    std::vector<std::optional<double>> values;
    std::vector<std::string> labels;  // one per value, printed above the bar
};
struct BarChart {
    Inlines title;
    std::vector<std::string> categories;
    std::vector<BarSeries> series;
    double max = 100;
    std::string axisSuffix = "%";     // appended to axis tick labels
    double height = 160;
};

// A tick box list, e.g. the nature of the action on a certificate (FR-CR-07).
struct Checkboxes {
    std::vector<std::pair<Inlines, bool>> items;
};

// A horizontal rule.
struct Rule { Colour colour = 0xBFBFBF; double thickness = 0.5; };

using Block = std::variant<Heading, Paragraph, List, KeyValueTable, Table, Image, QrCode, Signature,
                           Spacer, PageBreak, Toc, BarChart, Checkboxes, Rule,
                           std::shared_ptr<Notice>, std::shared_ptr<KeepTogether>>;

struct Notice {
    std::vector<Block> blocks;
    Colour background = 0xEEF3F8;
    Colour border = 0x1F4E79;
};

// Blocks that must stay on the same page (moved whole to the next page if they do not fit).
struct KeepTogether {
    std::vector<Block> blocks;
};

// ---- Page furniture and metadata ------------------------------------------
enum class Orientation { Portrait, Landscape };

struct PageSetup {
    Orientation orientation = Orientation::Portrait;   // A4
    double marginTop = 70, marginBottom = 60, marginLeft = 56, marginRight = 56;
    bool frame = false;               // decorative border (certificates)
};

struct RunningHeader {
    std::string logoPath;             // optional
    std::string left;                 // organisation name
    std::string right;                // document title or reference
    bool onFirstPage = true;
};

struct RunningFooter {
    std::string left;                 // document reference
    std::string center;               // e.g. version date
    // Localised "Page 2 of 5"; the generator supplies it, the layout calls it after pagination.
    std::function<std::string(int page, int pages)> pageLabel;
};

struct Metadata {
    std::string title, author, subject, keywords;
    std::string language;             // BCP 47, e.g. "fr-FR", "pt-PT", "en-GB"
    std::string creator;              // "formadoc <version>"
    int64_t created = 0;              // Unix seconds, from SOURCE_DATE_EPOCH when set
};

struct Document {
    Metadata metadata;
    PageSetup page;
    RunningHeader header;
    RunningFooter footer;
    Colour accent = 0x1F4E79;         // organisation's primary colour
    std::vector<Block> blocks;
};

}  // namespace fd::doc
