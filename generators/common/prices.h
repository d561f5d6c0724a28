// Price amounts with and without VAT, from the price as entered and the organisation's regime
// (FR-PROG-09, FR-FMT-07). Exempt organisations (training exemption, franchise, PT art. 9.º)
// charge no VAT: both amounts are the price as entered, to be shown as net.
#pragma once

#include "model/model.h"

namespace fd::gen {

struct PriceAmounts {
    Cents excludingTax = 0;   // HT
    Cents includingTax = 0;   // TTC
};

bool chargesVat(const Organisation& org);
// Cents are rounded half away from zero.
PriceAmounts priceAmounts(const Price& price, const Organisation& org);

}  // namespace fd::gen
