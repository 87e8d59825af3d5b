#include "layout/score_chart.h"

#include <algorithm>
#include <charconv>
#include <optional>

#include "layout/figure_text.h"

namespace sygedok::layout {
namespace {

constexpr double kLabelSize = 7.5, kAxisSize = 7, kLineGap = 1.5;
constexpr double kAxisHeight = 14, kRowPadding = 4, kBarHeight = 7, kCap = 3, kGap = 8, kLegendHeight = 14;
constexpr std::size_t kMaxLabelLines = 2;
const Color kBarColor{0.10, 0.30, 0.60};

// "3,4" (as the document writes it) → 3.4; nullopt for anything else ("–": no answers).
std::optional<double> parse_decimal(std::string text) {
  std::replace(text.begin(), text.end(), ',', '.');
  double value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

std::optional<int> parse_int(const std::string& text) {
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

struct Row {
  std::vector<std::string> label;
  std::string title, mean_text, spread_text;
  std::optional<double> mean, spread;
};

}  // namespace

void lay_out_score_chart(const Table& table, double x, double width, StructId parent, LayoutContext& context,
                         VerticalList& out) {
  const auto low = table.field_names.size() == 2 ? parse_int(table.field_names[0]) : std::nullopt;
  const auto high = table.field_names.size() == 2 ? parse_int(table.field_names[1]) : std::nullopt;
  if (!low || !high || *high <= *low) return;
  const double label_width = std::min(width * 0.38, 180.0);
  const double chart_x = x + label_width + kGap, chart_width = width - label_width - kGap - 24;
  const auto x_of = [&](double value) {
    return chart_x + (std::clamp(value, double(*low), double(*high)) - *low) / (*high - *low) * chart_width;
  };
  std::vector<Row> rows;
  for (const auto& cells : table.rows) {
    if (cells.size() < 3) continue;
    Row row;
    row.title = plain_text(cells[0]);
    row.label = wrapped(context, row.title, kLabelSize, label_width, kMaxLabelLines);
    row.mean_text = plain_text(cells[1]);
    row.spread_text = plain_text(cells[2]);
    row.mean = parse_decimal(row.mean_text);
    row.spread = parse_decimal(row.spread_text);
    rows.push_back(std::move(row));
  }
  if (rows.empty()) return;

  const StructId figure = context.add_element(StructRole::Figure, parent);
  std::string alt = "Diagram over gennemsnit og spredning på skalaen fra " + std::to_string(*low) + " til " +
                    std::to_string(*high) + ": ";
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const Row& row = rows[i];
    alt += (i ? "; " : "") + row.title + " " +
           (row.mean ? "gennemsnit " + row.mean_text + (row.spread ? ", spredning " + row.spread_text : std::string())
                     : std::string("ingen svar"));
  }
  context.structure[figure].alt = alt + ".";

  const std::size_t first = out.begin_box();
  const Color grid = Color::gray(0.85), ink = context.style.muted_color;
  const double line_height = kLabelSize + kLineGap;
  double bottom = kAxisHeight;
  for (const auto& row : rows)
    bottom += static_cast<double>(std::max<std::size_t>(row.label.size(), 1)) * line_height + 2 * kRowPadding;
  // The axis: a tick, a grid line and the number of each step.
  for (int step = *low; step <= *high; ++step) {
    const double tick_x = x_of(step);
    out.items.emplace_back(LineItem{{tick_x, kAxisHeight - 3}, {tick_x, bottom}, 0.4, grid, figure});
    out.items.emplace_back(
        TextItem{{tick_x - 2, kAxisHeight - 5}, FontStyle::Regular, kAxisSize, std::to_string(step) + " ", ink, figure, {}});
  }
  double top = kAxisHeight;
  for (const Row& row : rows) {
    const double height = static_cast<double>(std::max<std::size_t>(row.label.size(), 1)) * line_height + 2 * kRowPadding;
    const double middle = top + height / 2;
    double line_y = middle - static_cast<double>(row.label.size()) * line_height / 2 + kLabelSize * 0.85;
    for (const auto& line : row.label) {
      out.items.emplace_back(
          TextItem{{x, line_y}, FontStyle::Regular, kLabelSize, line + " ", context.style.text_color, figure, {}});
      line_y += line_height;
    }
    if (row.mean) {
      const double bar_to = x_of(*row.mean);
      out.items.emplace_back(RectItem{{chart_x, middle - kBarHeight / 2, bar_to - chart_x, kBarHeight}, kBarColor,
                                      std::nullopt, 0, figure});
      if (row.spread && *row.spread > 0) {
        const double from = x_of(*row.mean - *row.spread), to = x_of(*row.mean + *row.spread);
        out.items.emplace_back(LineItem{{from, middle}, {to, middle}, 1, context.style.text_color, figure});
        out.items.emplace_back(LineItem{{from, middle - kCap}, {from, middle + kCap}, 1, context.style.text_color, figure});
        out.items.emplace_back(LineItem{{to, middle - kCap}, {to, middle + kCap}, 1, context.style.text_color, figure});
      }
      out.items.emplace_back(TextItem{{x_of(*high) + 4, middle + kAxisSize * 0.35}, FontStyle::Regular, kAxisSize,
                                      row.mean_text + " ", context.style.text_color, figure, {}});
    } else {
      out.items.emplace_back(TextItem{{chart_x + 2, middle + kAxisSize * 0.35}, FontStyle::Regular, kAxisSize,
                                      "ingen svar ", ink, figure, {}});
    }
    top += height;
  }
  // The legend: a bar and a line, each with its words.
  const double legend_y = bottom + kLegendHeight - 4;
  out.items.emplace_back(
      RectItem{{chart_x, legend_y - kBarHeight + 1, 14, kBarHeight}, kBarColor, std::nullopt, 0, figure});
  const std::string bar_words = "gennemsnit";
  out.items.emplace_back(
      TextItem{{chart_x + 18, legend_y}, FontStyle::Regular, kAxisSize, bar_words + " ", ink, figure, {}});
  const double line_x = chart_x + 18 + text_width(context, bar_words, kAxisSize) + 14;
  const double line_mid = legend_y - kBarHeight / 2 + 1;
  out.items.emplace_back(LineItem{{line_x, line_mid}, {line_x + 14, line_mid}, 1, context.style.text_color, figure});
  out.items.emplace_back(LineItem{{line_x, line_mid - kCap}, {line_x, line_mid + kCap}, 1, context.style.text_color, figure});
  out.items.emplace_back(
      LineItem{{line_x + 14, line_mid - kCap}, {line_x + 14, line_mid + kCap}, 1, context.style.text_color, figure});
  out.items.emplace_back(TextItem{{line_x + 18, legend_y}, FontStyle::Regular, kAxisSize,
                                  "gennemsnit ± spredning ", ink, figure, {}});
  out.end_box(first, legend_y + 4);
}

}  // namespace sygedok::layout
