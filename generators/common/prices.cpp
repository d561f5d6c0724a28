#include "generators/common/prices.h"

namespace fd::gen {

namespace {

// a × numerator ÷ denominator rounded half away from zero, in integers (money is never a double).
Cents scale(Cents amount, int64_t numerator, int64_t denominator) {
    const Cents product = amount * numerator;
    const Cents half = denominator / 2;
    return product >= 0 ? (product + half) / denominator : -((-product + half) / denominator);
}

}  // namespace

bool chargesVat(const Organisation& org) { return org.vatRegime == VatRegime::Liable; }

PriceAmounts priceAmounts(const Price& price, const Organisation& org) {
    if (!chargesVat(org)) return {price.amount, price.amount};
    const int64_t permille = 1000 + org.vatRatePermille;
    if (price.taxIncluded) return {scale(price.amount, 1000, permille), price.amount};
    return {price.amount, scale(price.amount, permille, 1000)};
}

}  // namespace fd::gen
