#pragma once
// Danish identification numbers: CVR (organisations) and CPR (persons).
// Pure functions; thread-safe.
#include <optional>
#include <string>
#include <string_view>

#include "model/danish_date.h"

namespace sygedok::model {

// Exactly 8 digits, the first not 0, and the weighted sum with weights
// 2 7 6 5 4 3 2 1 divisible by 11 (modulus 11).
bool is_valid_cvr(std::string_view cvr);

// A CPR number that has been checked.
struct Cpr {
  std::string text;  // "DDMMYY-SSSS"
  Date birth_date;   // century resolved from the 7th digit
};

// Accepts "DDMMYY-SSSS" (and "DDMMYYSSSS"); the first six digits must be a real
// date, in the century that the 7th digit gives. No modulus 11 check: CPR
// numbers issued since 2007 need not satisfy it.
std::optional<Cpr> parse_cpr(std::string_view text);

}  // namespace sygedok::model
