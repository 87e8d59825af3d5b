#include "layout/timeline.h"

#include <algorithm>
#include <chrono>
#include <optional>
#include <string>

#include "core/iso_timestamp.h"
#include "layout/figure_text.h"

namespace sygedok::layout {
namespace {

using Days = std::chrono::sys_days;

constexpr double kLabelSize = 7.5, kAxisSize = 7;
constexpr double kRowHeight = 13, kAxisHeight = 14, kLegendHeight = 16;
constexpr double kMarker = 6, kBarHeight = 4, kGap = 8;
constexpr int kMaxWeekLabels = 14;

// The states of the rows, their colours and legend words, in legend order.
struct StateStyle {
  std::string_view code;
  std::string_view legend;
  Color color;
  bool filled;
};
constexpr StateStyle kStates[] = {
    {"overdue", "overskredet", Color{0.72, 0.09, 0.09}, true},
    {"due", "skal gøres nu", Color{0.80, 0.42, 0.0}, true},
    {"upcoming", "senere", Color{0.10, 0.30, 0.60}, false},
    {"done", "gjort", Color{0.45, 0.45, 0.45}, true},
};

std::optional<Days> parse_day(std::string_view text) {
  const auto day = parse_iso_timestamp(text);
  if (!day || day->has_time()) return std::nullopt;
  return Days{std::chrono::year{day->year} / day->month / day->day};
}

const StateStyle* state_of(std::string_view code) {
  for (const auto& state : kStates)
    if (state.code == code) return &state;
  return nullptr;
}

struct Row {
  std::string title;
  Days from, to;
  const StateStyle* state;
};

std::string count_phrase(int count, std::string_view what) { return std::to_string(count) + " " + std::string(what); }

}  // namespace

void lay_out_timeline(const Table& table, double x, double width, StructId parent, LayoutContext& context,
                      VerticalList& out) {
  const auto start = table.field_names.size() == 2 ? parse_day(table.field_names[0]) : std::nullopt;
  const auto today = table.field_names.size() == 2 ? parse_day(table.field_names[1]) : std::nullopt;
  if (!start || !today) return;
  std::vector<Row> rows;
  for (const auto& cells : table.rows) {
    if (cells.size() < 4) continue;
    auto from = parse_day(plain_text(cells[0])), to = parse_day(plain_text(cells[1]));
    const StateStyle* state = state_of(plain_text(cells[3]));
    if (from && to && state) rows.push_back({plain_text(cells[2]), std::min(*from, *to), std::max(*from, *to), state});
  }
  if (rows.empty()) return;

  Days end = *today;
  for (const auto& row : rows) end = std::max(end, row.to);
  const int weeks = static_cast<int>((end - *start).count() / 7) + 1;
  const double label_width = std::min(width * 0.4, 170.0);
  const double chart_x = x + label_width + kGap, chart_width = width - label_width - kGap;
  const double day_width = chart_width / (weeks * 7.0);
  const auto x_of = [&](Days day) { return chart_x + static_cast<double>((day - *start).count()) * day_width; };
  const double rows_bottom = kAxisHeight + kRowHeight * static_cast<double>(rows.size());

  const StructId figure = context.add_element(StructRole::Figure, parent);
  int counts[std::size(kStates)] = {};
  for (const auto& row : rows) ++counts[row.state - kStates];
  std::string alt = "Tidslinje med " + std::to_string(rows.size()) + " punkter over " + std::to_string(weeks) +
                    (weeks == 1 ? " uge: " : " uger: ");
  for (std::size_t i = 0, shown = 0; i < std::size(kStates); ++i) {
    if (counts[i] == 0) continue;
    alt += (shown++ ? ", " : "") + count_phrase(counts[i], kStates[i].legend);
  }
  context.structure[figure].alt = alt + ". Listen efter tidslinjen har de samme punkter.";

  const std::size_t first = out.begin_box();
  const Color grid = Color::gray(0.85), ink = context.style.muted_color;
  // The axis: a tick and a label at the start of each week, thinned to at most kMaxWeekLabels labels.
  const int step = (weeks + kMaxWeekLabels - 1) / kMaxWeekLabels;
  for (int week = 0; week <= weeks; ++week) {
    const double tick_x = chart_x + week * 7 * day_width;
    out.items.emplace_back(LineItem{{tick_x, kAxisHeight - 3}, {tick_x, rows_bottom}, 0.4, grid, figure});
    if (week < weeks && week % step == 0)
      out.items.emplace_back(
          TextItem{{tick_x + 1.5, kAxisHeight - 5}, FontStyle::Regular, kAxisSize, "uge " + std::to_string(week + 1) + " ", ink, figure, {}});
  }
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const Row& row = rows[i];
    const double top = kAxisHeight + kRowHeight * static_cast<double>(i), middle = top + kRowHeight / 2;
    out.items.emplace_back(TextItem{{x, middle + kLabelSize * 0.35}, FontStyle::Regular, kLabelSize,
                                    fitted(context, row.title, kLabelSize, label_width) + " ", context.style.text_color,
                                    figure, {}});
    const double bar_from = x_of(row.from), bar_to = x_of(row.to) + day_width;
    if (row.to > row.from)
      out.items.emplace_back(RectItem{{bar_from, middle - kBarHeight / 2, bar_to - bar_from, kBarHeight},
                                      Color{0.85, 0.88, 0.93}, std::nullopt, 0, figure});
    const double marker_x = x_of(row.to) + day_width / 2 - kMarker / 2;
    const Rect marker{marker_x, middle - kMarker / 2, kMarker, kMarker};
    out.items.emplace_back(RectItem{marker, row.state->filled ? std::optional(row.state->color) : std::nullopt,
                                    row.state->filled ? std::nullopt : std::optional(row.state->color), 1, figure});
  }
  // Today, and the legend under the rows.
  const double today_x = x_of(*today) + day_width / 2;
  out.items.emplace_back(LineItem{{today_x, kAxisHeight - 3}, {today_x, rows_bottom + 3}, 0.9, ink, figure});
  const double legend_y = rows_bottom + kLegendHeight - 3;
  out.items.emplace_back(TextItem{{std::max(chart_x, today_x - 8), rows_bottom + 10}, FontStyle::Regular, kAxisSize,
                                  "i dag ", ink, figure, {}});
  double legend_x = chart_x;
  for (const auto& state : kStates) {
    const Rect box{legend_x, legend_y + 4, kMarker, kMarker};
    out.items.emplace_back(RectItem{box, state.filled ? std::optional(state.color) : std::nullopt,
                                    state.filled ? std::nullopt : std::optional(state.color), 1, figure});
    const std::string word(state.legend);
    out.items.emplace_back(TextItem{{legend_x + kMarker + 3, legend_y + 4 + kMarker}, FontStyle::Regular, kAxisSize,
                                    word + " ", ink, figure, {}});
    legend_x += kMarker + 3 + text_width(context, word, kAxisSize) + 12;
  }
  out.end_box(first, legend_y + 4 + kMarker + 2);
}

}  // namespace sygedok::layout
