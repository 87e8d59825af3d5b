#include "plan/frequent_absence.h"

#include <algorithm>

#include "model/danish_holidays.h"

namespace sygedok::plan {
namespace {

using model::Date;

// Days that count towards a working-day threshold, each with its weight.
struct WeightedDay {
  Date day;
  double weight;
};

std::vector<WeightedDay> weighted_days(const std::vector<model::AbsencePeriod>& periods, const Date& until) {
  std::vector<WeightedDay> days;
  for (const auto& period : periods) {
    const long length = model::days_between(period.from, period.to) + 1;
    for (long i = 0; i < length; ++i) {
      const Date day = model::add_days(period.from, i);
      if (until < day) break;
      const double weight = period.days ? *period.days / static_cast<double>(length)
                                        : (model::is_working_day(day) ? 1.0 : 0.0);
      if (weight > 0) days.push_back({day, weight});
    }
  }
  std::stable_sort(days.begin(), days.end(), [](const auto& a, const auto& b) { return a.day < b.day; });
  // A day listed by two periods (the current sick leave is also in the history) counts once.
  std::vector<WeightedDay> unique;
  for (const auto& day : days) {
    if (!unique.empty() && unique.back().day == day.day) unique.back().weight = std::max(unique.back().weight, day.weight);
    else unique.push_back(day);
  }
  return unique;
}

constexpr double kEpsilon = 1e-9;

}  // namespace

Date months_before(const Date& date, int months) { return months_after(date, -months); }

Date months_after(const Date& date, int months) {
  int index = date.year * 12 + (date.month - 1) + months;
  Date result{index / 12, index % 12 + 1, 1};
  result.day = std::min(date.day, model::days_in_month(result.year, result.month));
  return result;
}

std::optional<Crossing> first_crossing(const std::vector<model::AbsencePeriod>& all_periods,
                                       const FrequentAbsenceThreshold& threshold, const std::optional<Date>& after,
                                       const Date& until) {
  std::vector<model::AbsencePeriod> periods;
  for (const auto& period : all_periods)
    if ((!after || *after < period.from) && !(until < period.from)) periods.push_back(period);
  std::stable_sort(periods.begin(), periods.end(), [](const auto& a, const auto& b) { return a.from < b.from; });

  if (threshold.periods > 0) {
    // A period listed twice (the current sick leave is also in the history) counts once.
    periods.erase(std::unique(periods.begin(), periods.end(), [](const auto& a, const auto& b) { return a.from == b.from; }),
                  periods.end());
    for (std::size_t i = 0; i < periods.size(); ++i) {
      const Date window_start = months_before(periods[i].from, threshold.window_months);  // excluded
      const auto inside = std::count_if(periods.begin(), periods.begin() + static_cast<long>(i) + 1,
                                        [&](const auto& p) { return window_start < p.from; });
      if (inside >= threshold.periods)
        return Crossing{periods[i].from, model::add_days(window_start, 1), static_cast<double>(inside)};
    }
    return std::nullopt;
  }
  const auto days = weighted_days(periods, until);
  double in_window = 0;
  std::size_t oldest = 0;  // the first day still inside the window
  for (std::size_t i = 0; i < days.size(); ++i) {
    const Date window_start = months_before(days[i].day, threshold.window_months);  // excluded
    in_window += days[i].weight;
    while (!(window_start < days[oldest].day)) in_window -= days[oldest++].weight;
    if (in_window + kEpsilon >= threshold.working_days)
      return Crossing{days[i].day, model::add_days(window_start, 1), in_window};
  }
  return std::nullopt;
}

}  // namespace sygedok::plan
