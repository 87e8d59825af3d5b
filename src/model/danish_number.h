#pragma once
// Numbers the way Danish text writes them: decimal comma, no trailing zeros,
// at most two decimals ("15", "18,5", "7,25"). Pure function; thread-safe.
#include <string>

namespace sygedok::model {

// Rounded to two decimals; very large or small values in scientific notation.
std::string format_danish_number(double value);

}  // namespace sygedok::model
