#pragma once
// Numbers the way Danish text writes them: decimal comma, no trailing zeros,
// at most two decimals ("15", "18,5", "7,25"); and small counts in words
// ("to", "seks", "enogtyve"). Pure functions; thread-safe.
#include <string>

namespace sygedok::model {

// Rounded to two decimals; very large or small values in scientific notation.
std::string format_danish_number(double value);

// `count` (1..99) in words, with "en" for one (common gender: "en uge");
// other counts as digits.
std::string count_in_words(int count);

// "en uge", "to uger", "seks uger": whole weeks in words.
std::string weeks_in_words(int weeks);

}  // namespace sygedok::model
