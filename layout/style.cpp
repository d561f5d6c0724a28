#include "layout/style.h"

#include <algorithm>
#include <cmath>

namespace fd::layout {

doc::Colour tint(doc::Colour colour, double t) {
    const auto channel = [&](int shift) {
        const double c = (colour >> shift) & 0xFF;
        return static_cast<doc::Colour>(std::lround(c + (255.0 - c) * t)) << shift;
    };
    return channel(16) | channel(8) | channel(0);
}

namespace {

ParagraphFormat format(double size, double leading, double before, double after, doc::Colour colour,
                       bool bold = false, bool italic = false) {
    ParagraphFormat f;
    f.chars.size = size;
    f.chars.bold = bold;
    f.chars.italic = italic;
    f.chars.colour = colour;
    f.leading = leading;
    f.spaceBefore = before;
    f.spaceAfter = after;
    return f;
}

}  // namespace

Stylesheet::Stylesheet(doc::Colour accentColour) : accent(accentColour) {
    body = format(9, 11.5, 0, 3, ink);
    lead = format(10.5, 14, 0, 6, 0x333333);
    small = format(7.5, 9.5, 0, 3, 0x3C3C3C);
    note = format(7.5, 9.5, 0, 3, muted, false, true);
    title = format(20, 24, 0, 4, accent, true);
    subtitle = format(11.5, 15, 0, 10, muted);
    headings[0] = format(16, 19.5, 14, 5, accent, true);
    headings[1] = format(10.5, 13, 6.5, 3, ink, true);
    headings[2] = format(10, 13, 8, 3, accent, true);
    for (ParagraphFormat* f : {&body, &lead, &small, &note, &title, &subtitle, &headings[0], &headings[1], &headings[2]})
        f->chars.linkColour = accent;

    table.body = format(8.5, 10.5, 0, 0, ink);
    table.body.chars.linkColour = accent;
    table.header = format(8.5, 10.5, 0, 0, 0xFFFFFF, true);
    table.header.chars.linkColour = 0xFFFFFF;
    table.footer = format(8.5, 10.5, 0, 0, ink, true);
    table.footer.chars.linkColour = accent;
    table.headerFill = accent;
    table.zebraFill = tint(accent, 0.93);
    table.rowRule = hairline;
    table.closingRule = accent;

    keyValue.label = format(8, 10.5, 0, 0, muted, true);
    keyValue.value = format(8.5, 10.5, 0, 0, ink);
    keyValue.label.chars.linkColour = muted;
    keyValue.value.chars.linkColour = accent;
    keyValue.rowRule = 0xE6E8EC;

    toc.entry[0] = format(10, 13, 5, 0, ink, true);
    toc.entry[1] = format(10, 13, 1.5, 0, ink);
    toc.entry[2] = format(9.5, 12.5, 1, 0, 0x333333);

    chart.title = format(10, 13, 0, 0, ink, true).chars;
    chart.tick = format(7.5, 9, 0, 0, muted).chars;
    chart.valueLabel = format(7.5, 9, 0, 0, 0x333333).chars;
    chart.categoryLabel = format(8, 10, 0, 0, ink).chars;
    chart.legend = format(8, 10, 0, 0, ink).chars;
    chart.grid = 0xE1E4E8;
    chart.axis = 0x7F868F;
    chart.missingOutline = 0x9AA0A6;

    furniture.header = format(8, 10, 0, 0, muted).chars;
    furniture.headerEmphasis = format(8.5, 10, 0, 0, ink, true).chars;
    furniture.footer = format(7.5, 9, 0, 0, muted).chars;
    furniture.rule = accent;
    furniture.frameColour = accent;

    caption = format(7.5, 9.5, 3, 0, muted);
    caption.chars.linkColour = accent;
    signatureLabel = format(8.5, 11, 0, 0, muted, false, true);
    signatureName = format(10, 13, 0, 0, ink, true);
    signatureCapacity = format(9, 12, 0, 0, muted);
}

const ParagraphFormat& Stylesheet::paragraph(doc::TextStyle role) const {
    switch (role) {
        case doc::TextStyle::Body: return body;
        case doc::TextStyle::Lead: return lead;
        case doc::TextStyle::Small: return small;
        case doc::TextStyle::Note: return note;
        case doc::TextStyle::Title: return title;
        case doc::TextStyle::Subtitle: return subtitle;
    }
    return body;
}

const ParagraphFormat& Stylesheet::heading(int level) const {
    return headings[std::clamp(level, 1, 3) - 1];
}

}  // namespace fd::layout
