#include "layout/linebreak.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <stdexcept>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include "layout/error.h"
#include "layout/line_memo.h"
#include "layout/utf8.h"

namespace fd::layout {

namespace {

constexpr double kEpsilon = 1e-9;

// What a code point does in a line.
enum class Kind : uint8_t {
    Visible,    // drawn, never hangs
    Space,      // U+0020: drawn, stretched by justification, hangs at a line end
    Hanging,    // line separators: not drawn, zero width
    Invisible,  // format characters: not drawn, zero width, no glyph needed
};

Kind classify(char32_t cp) {
    if (cp == ' ') return Kind::Space;
    if (cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C || cp == 0x85 || cp == 0x2028 || cp == 0x2029)
        return Kind::Hanging;
    if (cp < 0x20 || cp == 0x7F) return Kind::Invisible;
    // Soft hyphen (no hyphenation is drawn, so it is dropped), zero-width space/joiners,
    // direction marks, word joiner, BOM, variation selectors.
    if (cp == 0xAD || (cp >= 0x200B && cp <= 0x200F) || cp == 0x2060 || cp == 0xFEFF ||
        (cp >= 0xFE00 && cp <= 0xFE0F))
        return Kind::Invisible;
    return Kind::Visible;
}

// Characters that glue their neighbours: no line break on either side.
bool gluesNeighbours(char32_t cp) {
    return cp == 0xA0 || cp == 0x202F || cp == 0x2007 || cp == 0x2011 || cp == 0x2060 || cp == 0xFEFF;
}

struct Glyph {
    uint32_t offset = 0;       // byte offset in the concatenated text
    uint32_t run = 0;
    char32_t cp = 0;
    float advance = 0;         // points
    Face face = Face::Regular;
    Kind kind = Kind::Visible;
    uint8_t length = 0;        // UTF-8 bytes
    bool breakBefore = false;  // a line may start at this glyph
    bool hardBefore = false;   // a line must start at this glyph
};

// The concatenated text of runs, shortened for an error message.
std::string excerpt(const doc::Inlines& runs) {
    std::string all;
    for (const doc::Run& r : runs) all += r.text;
    constexpr size_t kMax = 120;
    if (all.size() <= kMax) return all;
    size_t cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(all[cut]) & 0xC0) == 0x80) --cut;
    return all.substr(0, cut) + "…";
}

std::unique_ptr<icu::BreakIterator> cloneIterator(bool lineBreaks, const std::string& language) {
    // Creating a rule-based iterator parses its rules; cloning one per LineBreaker is far cheaper.
    thread_local std::map<std::string, std::unique_ptr<icu::BreakIterator>> prototypes;
    auto& prototype = prototypes[(lineBreaks ? "line:" : "char:") + language];
    if (!prototype) {
        UErrorCode status = U_ZERO_ERROR;
        icu::Locale locale = icu::Locale::forLanguageTag(language, status);
        if (U_FAILURE(status) || language.empty()) locale = icu::Locale::getRoot();
        status = U_ZERO_ERROR;
        prototype.reset(lineBreaks ? icu::BreakIterator::createLineInstance(locale, status)
                                   : icu::BreakIterator::createCharacterInstance(locale, status));
        if (U_FAILURE(status) || !prototype)
            throw std::runtime_error(std::string("ICU cannot create a break iterator: ") + u_errorName(status));
    }
    return std::unique_ptr<icu::BreakIterator>(prototype->clone());
}

}  // namespace

double baselineOffset(const Fonts& fonts, double size, double leading) {
    const double content = (fonts.ascentEm() + fonts.descentEm()) * size;
    return (leading - content) / 2 + fonts.ascentEm() * size;
}

struct LineBreaker::Impl {
    // A line as glyph indices; `forced` when it ends the paragraph or at a "\n" (never justified).
    struct Span {
        size_t begin, end;
        bool forced;
    };

    Impl(const Fonts& f, const std::string& lang)
        : fonts(f), language(lang), lines(cloneIterator(true, lang)), graphemes(cloneIterator(false, lang)) {}
    ~Impl() { utext_close(&utext); }

    std::vector<SetLine> set(const doc::Inlines& runs, const CharFormat& format, double measure, doc::Align align);
    void prepare(const doc::Inlines& runs, const CharFormat& format);
    void findBreakOpportunities();
    std::vector<Span> fit(double measure);
    size_t graphemeBreak(size_t lineBegin, size_t overflowing);
    SetLine emit(const Span& span, const doc::Inlines& runs, const CharFormat& format, double measure,
                 doc::Align align);
    void attachText();

    const Fonts& fonts;
    const std::string language;
    std::unique_ptr<icu::BreakIterator> lines, graphemes;
    std::string text;             // the runs concatenated (tabs become spaces)
    std::vector<Glyph> glyphs;
    UText utext = UTEXT_INITIALIZER;
    bool graphemesAttached = false;
};

std::vector<SetLine> LineBreaker::Impl::set(const doc::Inlines& runs, const CharFormat& format, double measure,
                                            doc::Align align) {
    prepare(runs, format);
    std::vector<SetLine> result;
    if (glyphs.empty()) return result;
    findBreakOpportunities();
    const auto spans = fit(measure);
    result.reserve(spans.size());
    for (const auto& span : spans) result.push_back(emit(span, runs, format, measure, align));
    return result;
}

void LineBreaker::Impl::prepare(const doc::Inlines& runs, const CharFormat& format) {
    text.clear();
    glyphs.clear();
    for (size_t r = 0; r < runs.size(); ++r) {
        const doc::Run& run = runs[r];
        const FontStyle style = fontStyle(format.bold || run.bold, format.italic || run.italic);
        // A page number to come is measured as four digits (digits are tabular in both faces).
        static const std::string kPageNumberPlaceholder = "0000";
        const std::string& s = run.pageOf.empty() ? run.text : kPageNumberPlaceholder;
        size_t pos = 0;
        while (pos < s.size()) {
            const size_t start = pos;
            char32_t cp = 0;
            if (!nextCodePoint(s, pos, cp)) {
                const std::string where = excerpt(runs);
                throw LayoutError("layout.invalid_utf8", {{"text", where}}, "text is not valid UTF-8: " + where);
            }
            Glyph g;
            g.offset = static_cast<uint32_t>(text.size());
            g.run = static_cast<uint32_t>(r);
            if (cp == '\t') {
                cp = ' ';
                text += ' ';
            } else {
                text.append(s, start, pos - start);
            }
            g.cp = cp;
            g.length = static_cast<uint8_t>(text.size() - g.offset);
            g.kind = classify(cp);
            g.face = primaryFace(style);
            if (g.kind == Kind::Visible || g.kind == Kind::Space) {
                const StyledGlyph sg = fonts.glyph(style, cp);
                if (!sg.found) {
                    char code[16];
                    std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(cp));
                    const std::string where = excerpt(runs);
                    throw LayoutError("layout.glyph_missing", {{"codepoint", code}, {"text", where}},
                                      std::string(code) + " is in neither Liberation Sans nor DejaVu Sans, in \"" +
                                          where + "\"");
                }
                g.face = sg.face;
                g.advance = static_cast<float>(sg.advance * format.size);
            }
            glyphs.push_back(g);
        }
    }
    graphemesAttached = false;
}

void LineBreaker::Impl::attachText() {
    UErrorCode status = U_ZERO_ERROR;
    utext_openUTF8(&utext, text.data(), static_cast<int64_t>(text.size()), &status);
    lines->setText(&utext, status);
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU setText: ") + u_errorName(status));
}

void LineBreaker::Impl::findBreakOpportunities() {
    attachText();
    size_t k = 0;
    for (int32_t b = lines->next(); b != icu::BreakIterator::DONE; b = lines->next()) {
        const auto offset = static_cast<uint32_t>(b);
        if (offset >= text.size()) break;
        while (k < glyphs.size() && glyphs[k].offset < offset) ++k;
        if (k < glyphs.size() && glyphs[k].offset == offset) {
            glyphs[k].breakBefore = true;
            glyphs[k].hardBefore = lines->getRuleStatus() >= UBRK_LINE_HARD;
        }
    }
    for (k = 1; k < glyphs.size(); ++k) {
        Glyph& g = glyphs[k];
        if (!g.breakBefore || g.hardBefore) continue;
        // ICU already treats U+00A0/U+202F as glue; this also covers a soft hyphen (no hyphen is
        // drawn, so breaking there would lose it) and keeps the rule independent of ICU's data.
        if (gluesNeighbours(g.cp) || gluesNeighbours(glyphs[k - 1].cp) || glyphs[k - 1].cp == 0xAD)
            g.breakBefore = false;
        // Guillemets typed with ordinary spaces: UAX #14 breaks after "« " and before " »".
        if (g.cp == U'»' || g.cp == U'›') g.breakBefore = false;
        size_t before = k;
        while (before > 0 && glyphs[before - 1].kind == Kind::Space) --before;
        if (before < k && before > 0 && (glyphs[before - 1].cp == U'«' || glyphs[before - 1].cp == U'‹'))
            g.breakBefore = false;
    }
}

std::vector<LineBreaker::Impl::Span> LineBreaker::Impl::fit(double measure) {
    std::vector<Span> spans;
    const size_t n = glyphs.size();
    size_t i = 0;
    while (i < n) {
        double width = 0;
        size_t lastBreak = i;   // none yet: a break must leave something on the line
        size_t j = i;
        bool overflow = false;
        for (; j < n; ++j) {
            const Glyph& g = glyphs[j];
            if (j > i && g.hardBefore) break;
            if (j > i && g.breakBefore) lastBreak = j;
            // Only drawn, non-hanging glyphs can overflow: spaces at a line end hang in the margin.
            if (g.kind == Kind::Visible && width + g.advance > measure + kEpsilon) {
                overflow = true;
                break;
            }
            width += g.advance;
        }
        size_t end = j;
        if (overflow) end = lastBreak > i ? lastBreak : graphemeBreak(i, j);
        spans.push_back({i, end, !overflow});
        i = end;
    }
    return spans;
}

// The last grapheme boundary at or before the overflowing glyph, or, when even the first
// grapheme does not fit, the boundary after it (a line always holds at least one grapheme).
size_t LineBreaker::Impl::graphemeBreak(size_t lineBegin, size_t overflowing) {
    if (!graphemesAttached) {
        UErrorCode status = U_ZERO_ERROR;
        graphemes->setText(&utext, status);
        if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU setText: ") + u_errorName(status));
        graphemesAttached = true;
    }
    const int32_t lineStart = static_cast<int32_t>(glyphs[lineBegin].offset);
    int32_t boundary = graphemes->preceding(static_cast<int32_t>(glyphs[overflowing].offset) + 1);
    if (boundary == icu::BreakIterator::DONE || boundary <= lineStart) boundary = graphemes->following(lineStart);
    if (boundary == icu::BreakIterator::DONE) return glyphs.size();
    auto it = std::lower_bound(glyphs.begin() + static_cast<std::ptrdiff_t>(lineBegin), glyphs.end(),
                               static_cast<uint32_t>(boundary),
                               [](const Glyph& g, uint32_t offset) { return g.offset < offset; });
    return static_cast<size_t>(it - glyphs.begin());
}

SetLine LineBreaker::Impl::emit(const Span& span, const doc::Inlines& runs, const CharFormat& format,
                                double measure, doc::Align align) {
    SetLine line;
    line.begin = span.begin < glyphs.size() ? glyphs[span.begin].offset : text.size();
    line.end = span.end < glyphs.size() ? glyphs[span.end].offset : text.size();

    size_t visibleEnd = span.end;
    while (visibleEnd > span.begin && glyphs[visibleEnd - 1].kind != Kind::Visible) --visibleEnd;
    double natural = 0;
    int spaces = 0;
    for (size_t k = span.begin; k < visibleEnd; ++k) {
        natural += glyphs[k].advance;
        if (glyphs[k].kind == Kind::Space) ++spaces;
    }

    double extra = 0, x = 0;
    if (align == doc::Align::Justify && !span.forced && spaces > 0 && natural < measure)
        extra = (measure - natural) / spaces;
    else if (align == doc::Align::Right)
        x = std::max(0.0, measure - natural);
    else if (align == doc::Align::Center)
        x = std::max(0.0, (measure - natural) / 2);
    const double start = x;

    // Consecutive glyphs of one face, colour and link become one TextOp; a page number to come
    // (Run::pageOf) is always an op of its own, so that layout can replace its text.
    std::vector<int> opLink;   // run index of each op's link, -1 for none
    std::vector<int> opPageOf; // run index of each op's page number to come, -1 for none
    const double pageOfAlign = align == doc::Align::Right ? 1.0 : align == doc::Align::Center ? 0.5 : 0.0;
    int opSpaces = 0;
    double opNatural = 0;
    const auto finishOp = [&]() {
        if (line.texts.empty()) return;
        TextOp& op = line.texts.back();
        op.spaceExtra = opSpaces > 0 ? extra : 0;
        op.width = opNatural + opSpaces * extra;
        x += op.width;
    };
    for (size_t k = span.begin; k < visibleEnd; ++k) {
        const Glyph& g = glyphs[k];
        if (g.kind == Kind::Hanging || g.kind == Kind::Invisible) continue;
        const doc::Run& run = runs[g.run];
        const doc::Colour colour = run.colour ? *run.colour : (run.link.empty() ? format.colour : format.linkColour);
        const int link = run.link.empty() ? -1 : static_cast<int>(g.run);
        const int pageOf = run.pageOf.empty() ? -1 : static_cast<int>(g.run);
        if (line.texts.empty() || line.texts.back().face != g.face || line.texts.back().colour != colour ||
            opLink.back() != link || opPageOf.back() != pageOf) {
            finishOp();
            TextOp op;
            op.face = g.face;
            op.size = format.size;
            op.colour = colour;
            op.x = x;
            if (pageOf >= 0) {
                op.pageOf = run.pageOf;
                op.pageOfAlign = pageOfAlign;
            }
            line.texts.push_back(std::move(op));
            opLink.push_back(link);
            opPageOf.push_back(pageOf);
            opSpaces = 0;
            opNatural = 0;
        }
        line.texts.back().text.append(text, g.offset, g.length);
        opNatural += g.advance;
        if (g.kind == Kind::Space) ++opSpaces;
    }
    finishOp();
    line.width = x - start;

    const double descent = fonts.descentEm() * format.size;
    const double height = (fonts.ascentEm() + fonts.descentEm()) * format.size;
    for (size_t k = 0; k < line.texts.size(); ++k) {
        if (opLink[k] < 0) continue;
        const TextOp& op = line.texts[k];
        if (k > 0 && opLink[k - 1] == opLink[k]) {
            line.links.back().w = op.x + op.width - line.links.back().x;
            continue;
        }
        LinkOp link;
        link.x = op.x;
        link.y = -descent;
        link.w = op.width;
        link.h = height;
        link.uri = runs[static_cast<size_t>(opLink[k])].link;
        line.links.push_back(std::move(link));
    }
    return line;
}

LineBreaker::LineBreaker(const Fonts& fonts, const std::string& language)
    : impl_(std::make_unique<Impl>(fonts, language)) {}

LineBreaker::~LineBreaker() = default;

const Fonts& LineBreaker::fonts() const { return impl_->fonts; }

std::vector<SetLine> LineBreaker::set(const doc::Inlines& text, const CharFormat& format, double measure,
                                      doc::Align align) {
    const LineMemoKey key{impl_->fonts.serial(), impl_->language, text, format, measure, align};
    return LineMemo::forThisThread().lines(key, [&] { return impl_->set(text, format, measure, align); });
}

SetLine LineBreaker::setLine(std::string_view text, const CharFormat& format) {
    const doc::Inlines runs = doc::plain(std::string(text));
    impl_->prepare(runs, format);
    return impl_->emit({0, impl_->glyphs.size(), true}, runs, format, 0, doc::Align::Left);
}

double LineBreaker::width(std::string_view text, const CharFormat& format) {
    impl_->prepare(doc::plain(std::string(text)), format);
    double w = 0;
    for (const Glyph& g : impl_->glyphs) w += g.advance;
    return w;
}

std::string LineBreaker::ellipsize(std::string_view text, const CharFormat& format, double maxWidth) {
    if (width(text, format) <= maxWidth + kEpsilon) return std::string(text);
    static const std::string kEllipsis = "…";
    const double budget = maxWidth - width(kEllipsis, format);
    impl_->prepare(doc::plain(std::string(text)), format);
    impl_->attachText();
    icu::BreakIterator& graphemes = *impl_->graphemes;
    UErrorCode status = U_ZERO_ERROR;
    graphemes.setText(&impl_->utext, status);
    impl_->graphemesAttached = true;

    const auto& glyphs = impl_->glyphs;
    double used = 0;
    size_t g = 0, keep = 0;   // `keep` bytes of text fit before the ellipsis
    for (int32_t b = graphemes.next(); b != icu::BreakIterator::DONE; b = graphemes.next()) {
        double cluster = 0;
        for (; g < glyphs.size() && glyphs[g].offset < static_cast<uint32_t>(b); ++g) cluster += glyphs[g].advance;
        if (used + cluster > budget + kEpsilon) break;
        used += cluster;
        keep = static_cast<size_t>(b);
    }
    std::string kept = impl_->text.substr(0, keep);
    while (!kept.empty() && kept.back() == ' ') kept.pop_back();
    return kept + kEllipsis;
}

}  // namespace fd::layout
