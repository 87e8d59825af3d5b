#pragma once
// The Danish public holidays (helligdage) and working days, computed from the
// date alone so the warnings about meeting dates never depend on the wall
// clock or a locale.
//
// The holidays are the ones of the Danish calendar used in employment:
// nytårsdag, skærtorsdag, langfredag, påskedag, 2. påskedag, store bededag
// (only up to and including 2023: abolished as a public holiday by lov nr. 124
// af 28. februar 2023 om afskaffelse af store bededag som helligdag), Kristi
// himmelfartsdag, pinsedag, 2. pinsedag, juledag and 2. juledag. Grundlovsdag,
// juleaftensdag and nytårsaftensdag are not public holidays (many workplaces
// give the day off by agreement); they count as working days here.
//
// Easter Sunday comes from the anonymous Gregorian algorithm (Meeus/Jones/
// Butcher). Pure functions; thread-safe.
#include <optional>
#include <string_view>

#include "model/danish_date.h"

namespace sygedok::model {

// Easter Sunday of a Gregorian year (1583 and later).
Date easter_sunday(int year);

// The date `days` days after `date` (before when negative).
Date add_days(const Date& date, long days);
// Days from `from` to `to` (negative when `to` is earlier).
long days_between(const Date& from, const Date& to);

// The Danish name of the public holiday on `date` ("2. påskedag"), or nullopt.
std::optional<std::string_view> danish_holiday_name(const Date& date);
bool is_weekend(const Date& date);
// Monday to Friday and not a public holiday.
bool is_working_day(const Date& date);
// Working days strictly after `from` and strictly before `to` (0 when there is
// no day between them). Counting stops at `limit`, so far-apart dates cost little.
int working_days_between(const Date& from, const Date& to, int limit = 1000);
// The `count`-th working day after `date` (count ≥ 1): 5 after Friday
// 4 December 2026 is Friday 11 December.
Date add_working_days(const Date& date, int count);

}  // namespace sygedok::model
