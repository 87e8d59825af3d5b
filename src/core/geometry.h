#pragma once
// Lengths in PDF points (1/72 inch). Layout coordinates have their origin at
// the top-left corner of the page with y growing downwards; the PDF writer
// flips them. Plain data.
namespace sygedok {

constexpr double kPointsPerMm = 72.0 / 25.4;
constexpr double mm(double millimetres) { return millimetres * kPointsPerMm; }

struct Point {
  double x = 0, y = 0;
};

struct Size {
  double width = 0, height = 0;
};

struct Rect {
  double x = 0, y = 0, width = 0, height = 0;  // (x, y) is the top-left corner
};

struct Color {
  double r = 0, g = 0, b = 0;  // 0..1, DeviceRGB
  static constexpr Color gray(double level) { return {level, level, level}; }
};

inline bool operator==(const Color& a, const Color& b) { return a.r == b.r && a.g == b.g && a.b == b.b; }

}  // namespace sygedok
