#include "model/identifiers.h"

#include <array>

namespace sygedok::model {
namespace {

bool all_digits(std::string_view text) {
  for (char c : text)
    if (c < '0' || c > '9') return false;
  return !text.empty();
}

int two_digits(std::string_view text, std::size_t at) { return (text[at] - '0') * 10 + (text[at + 1] - '0'); }

// The full birth year from the two-digit year and the 7th digit of a CPR number.
int cpr_birth_year(int year_of_century, int seventh_digit) {
  if (seventh_digit <= 3) return 1900 + year_of_century;
  if (seventh_digit == 4 || seventh_digit == 9) return (year_of_century <= 36 ? 2000 : 1900) + year_of_century;
  return (year_of_century <= 57 ? 2000 : 1800) + year_of_century;  // 5, 6, 7, 8
}

}  // namespace

bool is_valid_cvr(std::string_view cvr) {
  if (cvr.size() != 8 || !all_digits(cvr) || cvr[0] == '0') return false;
  static constexpr std::array<int, 8> kWeights = {2, 7, 6, 5, 4, 3, 2, 1};
  int sum = 0;
  for (std::size_t i = 0; i < 8; ++i) sum += (cvr[i] - '0') * kWeights[i];
  return sum % 11 == 0;
}

std::optional<Cpr> parse_cpr(std::string_view text) {
  std::string digits;
  if (text.size() == 11 && text[6] == '-') {
    digits = std::string(text.substr(0, 6)) + std::string(text.substr(7));
  } else if (text.size() == 10) {
    digits = std::string(text);
  } else {
    return std::nullopt;
  }
  if (!all_digits(digits)) return std::nullopt;
  int day = two_digits(digits, 0), month = two_digits(digits, 2), year_of_century = two_digits(digits, 4);
  int year = cpr_birth_year(year_of_century, digits[6] - '0');
  if (!is_valid_date(year, month, day)) return std::nullopt;
  return Cpr{digits.substr(0, 6) + "-" + digits.substr(6), Date{year, month, day}};
}

}  // namespace sygedok::model
