#include "model/danish_number.h"

#include <cmath>
#include <cstdio>

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

}  // namespace sygedok::model
