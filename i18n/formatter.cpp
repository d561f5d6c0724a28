// Formatter: money, dates, numbers and collation for one language, over ICU. Every ICU object is
// built once in Impl and only used through const methods afterwards, which ICU supports from
// several threads (LocalizedNumberFormatter is documented immutable and thread-safe;
// DateFormat::format(UDate) works on a copy of its calendar; Collator comparison is const).
#include <unicode/coll.h>
#include <unicode/datefmt.h>
#include <unicode/dtptngen.h>
#include <unicode/numberformatter.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

#include <memory>
#include <vector>

#include "i18n/i18n.h"
#include "i18n/icu_text.h"

namespace fd::i18n {

namespace nf = icu::number;
using detail::check;
using detail::toUtf8;

namespace {

// -125050 -> "-1250.50". Money and hours are integer hundredths; ICU gets the exact decimal
// text so that no binary floating point is ever involved.
std::string hundredthsToDecimal(int64_t hundredths) {
    const uint64_t magnitude = hundredths < 0 ? 0 - static_cast<uint64_t>(hundredths) : static_cast<uint64_t>(hundredths);
    std::string fraction = std::to_string(magnitude % 100);
    if (fraction.size() < 2) fraction.insert(0, 1, '0');
    return (hundredths < 0 ? "-" : "") + std::to_string(magnitude / 100) + "." + fraction;
}

// Dates carry no time: formatting midnight UTC in UTC keeps the host's time zone from moving
// the day.
std::unique_ptr<icu::DateFormat> inUtc(std::unique_ptr<icu::DateFormat> format, const std::string& what) {
    if (!format) throw I18nError("cannot create the " + what + " date format");
    format->setTimeZone(*icu::TimeZone::getGMT());
    return format;
}

// dd/mm/yyyy in every language: the locales' own SHORT style gives pt_PT a 2-digit year.
std::unique_ptr<icu::DateFormat> shortDateFormat(const icu::Locale& locale) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::DateTimePatternGenerator> generator(icu::DateTimePatternGenerator::createInstance(locale, status));
    check(status, "cannot create a date pattern generator");
    const icu::UnicodeString pattern = generator->getBestPattern(u"ddMMyyyy", status);
    check(status, "cannot find a short date pattern");
    auto format = std::make_unique<icu::SimpleDateFormat>(pattern, locale, status);
    check(status, "cannot create the short date format");
    return inUtc(std::move(format), "short");
}

std::string text(const nf::LocalizedNumberFormatter& formatter, const std::string& decimal) {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString out = formatter.formatDecimal(decimal.c_str(), status).toString(status);
    check(status, "cannot format the number " + decimal);
    return toUtf8(out);
}

std::string text(const nf::LocalizedNumberFormatter& formatter, double value) {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString out = formatter.formatDouble(value, status).toString(status);
    check(status, "cannot format the number " + std::to_string(value));
    return toUtf8(out);
}

}  // namespace

struct Formatter::Impl {
    explicit Impl(const std::string& lang);

    const nf::LocalizedNumberFormatter& withFractionDigits(const std::vector<nf::LocalizedNumberFormatter>& formatters,
                                                           int maxFractionDigits) const {
        if (maxFractionDigits < 0 || maxFractionDigits > kMaxFractionDigits)
            throw I18nError("fraction digits must be between 0 and " + std::to_string(kMaxFractionDigits) + ", not " +
                            std::to_string(maxFractionDigits));
        return formatters[static_cast<size_t>(maxFractionDigits)];
    }

    icu::Locale locale;
    nf::LocalizedNumberFormatter money, whole, hours;
    std::vector<nf::LocalizedNumberFormatter> numbers, percents;  // index = maximum fraction digits
    std::unique_ptr<icu::DateFormat> longDate, shortDate;
    std::unique_ptr<icu::Collator> collator;
};

Formatter::Impl::Impl(const std::string& lang) : locale(icuLocaleId(lang).c_str()) {
    UErrorCode status = U_ZERO_ERROR;
    // Half up, as people round by hand (ICU's default is half even: 0.125 -> "12 %").
    const nf::LocalizedNumberFormatter base = nf::NumberFormatter::withLocale(locale).roundingMode(UNUM_ROUND_HALFUP);
    money = base.unit(icu::CurrencyUnit(u"EUR", status)).precision(nf::Precision::fixedFraction(2));
    check(status, "cannot create the euro format");
    whole = base.precision(nf::Precision::integer());
    hours = base.precision(nf::Precision::maxFraction(2));
    for (int digits = 0; digits <= kMaxFractionDigits; ++digits) {
        numbers.push_back(base.precision(nf::Precision::maxFraction(digits)));
        percents.push_back(base.unit(icu::NoUnit::percent()).scale(nf::Scale::powerOfTen(2))
                               .precision(nf::Precision::maxFraction(digits)));
    }

    longDate = inUtc(std::unique_ptr<icu::DateFormat>(icu::DateFormat::createDateInstance(icu::DateFormat::kLong, locale)),
                     "long");
    shortDate = shortDateFormat(locale);

    collator.reset(icu::Collator::createInstance(locale, status));
    check(status, "cannot create the collator for " + lang);
    collator->setStrength(icu::Collator::TERTIARY);
}

Formatter::Formatter(const std::string& lang) : lang_(lang), impl_(std::make_shared<const Impl>(lang)) {}
Formatter::~Formatter() = default;
Formatter::Formatter(const Formatter&) = default;
Formatter& Formatter::operator=(const Formatter&) = default;

std::string Formatter::money(Cents cents) const { return text(impl_->money, hundredthsToDecimal(cents)); }

std::string Formatter::date(const Date& d, DateStyle style) const {
    if (d.empty()) throw I18nError("cannot format an empty date");
    const UDate midnightUtc = static_cast<UDate>(d.daysSinceEpoch()) * U_MILLIS_PER_DAY;
    const icu::DateFormat& format = style == DateStyle::Long ? *impl_->longDate : *impl_->shortDate;
    icu::UnicodeString out;
    format.format(midnightUtc, out);
    std::string text = toUtf8(out);
    // French writes the first day of a month as an ordinal ("1er septembre 2026"); ICU's
    // patterns have no ordinal day field, and the French long date starts with the day.
    if (style == DateStyle::Long && d.day == 1 && lang_ == "fr" && text.rfind("1 ", 0) == 0)
        text.insert(1, "er");
    return text;
}

std::string Formatter::number(double value, int maxFractionDigits) const {
    return text(impl_->withFractionDigits(impl_->numbers, maxFractionDigits), value);
}

std::string Formatter::integer(int64_t value) const {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString out = impl_->whole.formatInt(value, status).toString(status);
    check(status, "cannot format the integer " + std::to_string(value));
    return toUtf8(out);
}

std::string Formatter::percent(double ratio, int maxFractionDigits) const {
    return text(impl_->withFractionDigits(impl_->percents, maxFractionDigits), ratio);
}

std::string Formatter::hoursNumber(Hours h) const { return text(impl_->hours, hundredthsToDecimal(h.hundredths)); }

int Formatter::compare(const std::string& a, const std::string& b) const {
    UErrorCode status = U_ZERO_ERROR;
    const UCollationResult result = impl_->collator->compareUTF8(a, b, status);
    check(status, "cannot compare texts");
    return static_cast<int>(result);
}

std::string Formatter::sortKey(const std::string& s) const {
    const icu::UnicodeString text = detail::toIcu(s);
    std::string key(64, '\0');
    for (;;) {
        const int32_t needed = impl_->collator->getSortKey(text, reinterpret_cast<uint8_t*>(&key[0]),
                                                           static_cast<int32_t>(key.size()));
        if (needed <= 0) throw I18nError("cannot compute the sort key of \"" + s + "\"");
        if (static_cast<size_t>(needed) <= key.size()) {
            key.resize(static_cast<size_t>(needed) - 1);  // ICU ends the key with a 0 byte
            return key;
        }
        key.resize(static_cast<size_t>(needed));
    }
}

}  // namespace fd::i18n
