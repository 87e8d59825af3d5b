#include "model/danish_number.h"

#include <cmath>
#include <cstdio>
#include <string>

namespace sygedok::model {

std::string format_danish_number(double value) {
  if (!std::isfinite(value)) return "?";
  bool huge = std::fabs(value) >= 1e12;
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, huge ? "%g" : "%.2f", value);
  std::string text = buffer;
  if (!huge) {
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
    if (text == "-0") text = "0";
  }
  for (char& c : text)
    if (c == '.') c = ',';
  return text;
}

std::string count_in_words(int count) {
  static constexpr const char* kOnes[] = {"",        "en",     "to",      "tre",    "fire",
                                          "fem",     "seks",   "syv",     "otte",   "ni",
                                          "ti",      "elleve", "tolv",    "tretten", "fjorten",
                                          "femten",  "seksten", "sytten", "atten",  "nitten"};
  // Danish tens: tyve, tredive, fyrre, halvtreds, tres, halvfjerds, firs, halvfems.
  static constexpr const char* kTens[] = {"",    "",     "tyve",       "tredive", "fyrre",
                                          "halvtreds", "tres", "halvfjerds", "firs", "halvfems"};
  if (count < 1 || count > 99) return std::to_string(count);
  if (count < 20) return kOnes[count];
  const int ones = count % 10;
  // 21 is "enogtyve" (the units first, joined by "og").
  return ones == 0 ? std::string(kTens[count / 10]) : std::string(kOnes[ones]) + "og" + kTens[count / 10];
}

std::string weeks_in_words(int weeks) { return count_in_words(weeks) + (weeks == 1 ? " uge" : " uger"); }

}  // namespace sygedok::model
