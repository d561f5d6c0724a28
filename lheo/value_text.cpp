#include "lheo/value_text.h"

namespace fd::lheo {

namespace {

std::string twoDigits(int64_t value) { return (value < 10 ? "0" : "") + std::to_string(value); }

}  // namespace

std::string hoursText(Hours hours) {
    std::string text = std::to_string(hours.hundredths / 100);
    const int64_t fraction = hours.hundredths % 100;
    if (fraction == 0) return text;
    text += '.' + twoDigits(fraction);
    if (text.back() == '0') text.pop_back();
    return text;
}

std::string eurosText(Cents cents) {
    std::string text = std::to_string(cents / 100);
    if (cents % 100 != 0) text += '.' + twoDigits(cents % 100);
    return text;
}

std::string lheoDateText(const Date& date) {
    std::string iso = date.iso();
    iso.erase(7, 1);
    iso.erase(4, 1);
    return iso;
}

}  // namespace fd::lheo
