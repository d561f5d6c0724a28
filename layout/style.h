// The house style: every size, colour and distance the layout uses, in one place.
// Body text is 9 pt Liberation Sans on an 11.5 pt leading (tables 8.5 pt), dense enough for a
// course programme to fit on two or three A4 pages; headings take the organisation's accent
// colour; tables and notices are tinted with it. Distances are PDF points.
#pragma once

#include "doc/doc.h"

namespace fd::layout {

// How characters look. Inline runs may add bold, italic or their own colour.
struct CharFormat {
    double size = 10;
    bool bold = false;
    bool italic = false;
    doc::Colour colour = 0x1A1A1A;
    doc::Colour linkColour = 0x1A1A1A;   // runs with a link and no colour of their own
};

// A paragraph role: its characters and its vertical rhythm.
struct ParagraphFormat {
    CharFormat chars;
    double leading = 13;                 // baseline to baseline
    double spaceBefore = 0;
    double spaceAfter = 0;
};

// `t` of the way from `colour` to white (0 = colour, 1 = white).
doc::Colour tint(doc::Colour colour, double t);

struct TableStyle {
    ParagraphFormat body, header, footer;
    double padX = 4.5, padY = 1.5;
    doc::Colour headerFill = 0, zebraFill = 0, rowRule = 0, closingRule = 0;
    double rowRuleWidth = 0.4, closingRuleWidth = 0.8;
};

struct KeyValueStyle {
    ParagraphFormat label, value;
    double gap = 10;                     // between the label and value columns
    double padY = 1.5;
    doc::Colour rowRule = 0;
    double rowRuleWidth = 0.4;
};

struct ListStyle {
    double indent = 16;                  // hanging indent of the item text
    double bulletOffset = 4;             // bullet from the left edge
    double markerGap = 5;                // between a number and the text
    double itemGap = 1;                  // between items
};

struct NoticeStyle {
    double barWidth = 3, padLeft = 10, padRight = 10, padTop = 5, padBottom = 5;
};

struct TocStyle {
    ParagraphFormat entry[3];            // per heading level
    double indentPerLevel = 14;
    double numberColumn = 30;            // reserved for the page number at the right
    double leaderPitchGap = 0.5;         // em kept clear around the dot leaders
};

struct ChartStyle {
    CharFormat title, tick, valueLabel, categoryLabel, legend;
    doc::Colour grid = 0, axis = 0, missingOutline = 0;
    double gridWidth = 0.4, axisWidth = 0.8;
    double barShare = 0.72;              // share of a category slot the bars of its series fill
    double maxBarWidth = 42;
    int categoryLabelLines = 2;
};

struct FurnitureStyle {
    CharFormat header, headerEmphasis, footer;
    doc::Colour rule = 0;
    double ruleWidth = 0.5;
    double logoHeight = 28;
    double ruleOffset = 12;              // header rule above the body top / footer rule below the body bottom
    doc::Colour frameColour = 0;
};

struct Stylesheet {
    explicit Stylesheet(doc::Colour accent);

    const ParagraphFormat& paragraph(doc::TextStyle role) const;
    const ParagraphFormat& heading(int level) const;   // level clamped to 1..3

    doc::Colour accent;
    doc::Colour ink = 0x1A1A1A;          // body text
    doc::Colour muted = 0x5F6368;        // notes, labels, furniture
    doc::Colour hairline = 0xD5D9DF;

    ParagraphFormat body, lead, small, note, title, subtitle;
    ParagraphFormat headings[3];
    double h2RuleGap = 2.5, h2RuleWidth = 0.75;

    ListStyle list;
    TableStyle table;
    KeyValueStyle keyValue;
    NoticeStyle notice;
    TocStyle toc;
    ChartStyle chart;
    FurnitureStyle furniture;

    double blockGap = 6;                 // before/after tables, images, notices, charts...
    ParagraphFormat caption;             // under QR codes
    double ruleGap = 6;                  // around a Rule block
    double signatureWidth = 220, signatureZone = 52;
    ParagraphFormat signatureLabel, signatureName, signatureCapacity;
    double checkboxSize = 0.72;          // em
};

}  // namespace fd::layout
