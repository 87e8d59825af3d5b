#pragma once
// Danish words more than one stage needs: the month names, which model
// writes in dates ("7. december 2026") and layout keeps together with the
// day and year. Plain data; thread-safe.
#include <array>
#include <string_view>

namespace sygedok {

// "januar" … "december", lower case as Danish writes them.
inline constexpr std::array<std::string_view, 12> kDanishMonths = {
    "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"};

}  // namespace sygedok
