// Copenhagen → UTC across the EU summer-time changes, without the machine's
// time zone; checked against hand-worked instants and, where the system has
// tzdata, against the C library's Europe/Copenhagen for every hour of
// 2020–2035.
#include "digitalpost/utc_time.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <string>

namespace sygedok::digitalpost {
namespace {

std::string utc(int y, int mo, int d, int h, int mi) { return to_memo_date_time(copenhagen_to_utc({{y, mo, d}, h, mi})); }

TEST(CopenhagenToUtc, WinterIsOneHourAhead) {
  EXPECT_EQ(utc(2026, 12, 7, 10, 0), "2026-12-07T09:00:00Z");
  EXPECT_EQ(utc(2027, 1, 1, 0, 30), "2026-12-31T23:30:00Z");  // back across the year
}

TEST(CopenhagenToUtc, SummerIsTwoHoursAhead) {
  EXPECT_EQ(utc(2026, 6, 15, 10, 0), "2026-06-15T08:00:00Z");
  EXPECT_EQ(utc(2026, 8, 1, 1, 15), "2026-07-31T23:15:00Z");
}

TEST(CopenhagenToUtc, SpringForwardOnTheLastSundayOfMarch) {
  // 2026-03-29 is the last Sunday of March: 02:00 CET becomes 03:00 CEST.
  EXPECT_EQ(utc(2026, 3, 29, 1, 59), "2026-03-29T00:59:00Z");
  EXPECT_EQ(utc(2026, 3, 29, 3, 0), "2026-03-29T01:00:00Z");
  EXPECT_EQ(utc(2026, 3, 29, 2, 30), "2026-03-29T01:30:00Z");  // in the gap: taken as standard time
  EXPECT_EQ(utc(2026, 3, 22, 10, 0), "2026-03-22T09:00:00Z");  // a Sunday, but not the last
  EXPECT_EQ(utc(2027, 3, 28, 12, 0), "2027-03-28T10:00:00Z");
  EXPECT_EQ(utc(2024, 3, 31, 12, 0), "2024-03-31T10:00:00Z");
}

TEST(CopenhagenToUtc, FallBackOnTheLastSundayOfOctober) {
  // 2026-10-25: 03:00 CEST becomes 02:00 CET; 02:00–02:59 happens twice.
  EXPECT_EQ(utc(2026, 10, 25, 1, 59), "2026-10-24T23:59:00Z");
  EXPECT_EQ(utc(2026, 10, 25, 2, 30), "2026-10-25T00:30:00Z");  // the first (summer-time) occurrence
  EXPECT_EQ(utc(2026, 10, 25, 3, 0), "2026-10-25T02:00:00Z");
  EXPECT_EQ(utc(2026, 10, 18, 10, 0), "2026-10-18T08:00:00Z");  // the Sunday before: still summer
  EXPECT_EQ(utc(2027, 10, 31, 12, 0), "2027-10-31T11:00:00Z");
}

TEST(SummerTime, ChangesAtOneOClockUtc) {
  EXPECT_FALSE(is_danish_summer_time({{2026, 3, 29}, 0, 59, 59}));
  EXPECT_TRUE(is_danish_summer_time({{2026, 3, 29}, 1, 0, 0}));
  EXPECT_TRUE(is_danish_summer_time({{2026, 10, 25}, 0, 59, 59}));
  EXPECT_FALSE(is_danish_summer_time({{2026, 10, 25}, 1, 0, 0}));
}

TEST(CopenhagenToUtc, IgnoresTheProcessTimeZone) {
  const char* old = std::getenv("TZ");
  std::string saved = old ? old : "";
  setenv("TZ", "America/New_York", 1);
  tzset();
  EXPECT_EQ(utc(2026, 12, 7, 10, 0), "2026-12-07T09:00:00Z");
  EXPECT_EQ(utc(2026, 6, 15, 10, 0), "2026-06-15T08:00:00Z");
  if (old) setenv("TZ", saved.c_str(), 1); else unsetenv("TZ");
  tzset();
}

// An independent judge: the C library with the system's tzdata.
TEST(CopenhagenToUtc, AgreesWithTzdataForEveryHourOf2020To2035) {
  if (!std::filesystem::exists("/usr/share/zoneinfo/Europe/Copenhagen")) GTEST_SKIP() << "no tzdata";
  const char* old = std::getenv("TZ");
  std::string saved = old ? old : "";
  setenv("TZ", "Europe/Copenhagen", 1);
  tzset();
  int mismatches = 0;
  for (std::int64_t t = unix_seconds({{2020, 1, 1}, 0, 0, 0}); t < unix_seconds({{2036, 1, 1}, 0, 0, 0});
       t += 3600) {
    std::time_t instant = static_cast<std::time_t>(t);
    std::tm local{};
    localtime_r(&instant, &local);
    model::DateTime wall{{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday}, local.tm_hour, local.tm_min};
    UtcTime expected = utc_from_unix_seconds(t);
    UtcTime got = copenhagen_to_utc(wall);
    EXPECT_EQ(is_danish_summer_time(expected), local.tm_isdst > 0) << to_memo_date_time(expected);
    // In the autumn overlap the wall time is ambiguous; we take the first occurrence.
    bool second_of_overlap = !local.tm_isdst && unix_seconds(got) == t - 3600;
    if (got != expected && !second_of_overlap && ++mismatches < 5)
      ADD_FAILURE() << to_memo_date_time(expected) << " shown as local " << local.tm_hour << ":00 came back as "
                    << to_memo_date_time(got);
  }
  EXPECT_EQ(mismatches, 0);
  if (old) setenv("TZ", saved.c_str(), 1); else unsetenv("TZ");
  tzset();
}

TEST(UnixSeconds, RoundTripsAndKnowsTheEpoch) {
  EXPECT_EQ(unix_seconds({{1970, 1, 1}, 0, 0, 0}), 0);
  EXPECT_EQ(unix_seconds({{2026, 12, 7}, 9, 0, 0}), 1796634000);
  EXPECT_EQ(to_memo_date_time(utc_from_unix_seconds(-1)), "1969-12-31T23:59:59Z");
  for (long days = -800000; days <= 800000; days += 997) {
    model::Date date = model::date_from_days_since_epoch(days);
    ASSERT_TRUE(model::is_valid_date(date.year, date.month, date.day)) << days;
    ASSERT_EQ(model::days_since_epoch(date), days);
  }
  EXPECT_EQ(to_memo_date_time(utc_from_unix_seconds(1709164800)), "2024-02-29T00:00:00Z");  // a leap day
}

TEST(IsoInstant, ReadsZoneSuffixes) {
  auto text = [](std::string_view in) {
    auto parsed = parse_iso_instant(in);
    return parsed ? to_memo_date_time(*parsed) : std::string("none");
  };
  EXPECT_EQ(text("2026-11-22T09:30:00Z"), "2026-11-22T09:30:00Z");
  EXPECT_EQ(text("2026-11-22T10:30:00+01:00"), "2026-11-22T09:30:00Z");
  EXPECT_EQ(text("2026-11-22T10:30+0100"), "2026-11-22T09:30:00Z");
  EXPECT_EQ(text("2026-11-22T01:30:15.250-02:00"), "2026-11-22T03:30:15Z");
  EXPECT_EQ(text("2026-01-01T00:30:00+01"), "2025-12-31T23:30:00Z");
  EXPECT_EQ(text("2026-11-22T09:30:00"), "none");   // no zone: which instant?
  EXPECT_EQ(text("2026-02-30T09:30:00Z"), "none");  // no such day
  EXPECT_EQ(text("2026-11-22T24:00:00Z"), "none");
  EXPECT_EQ(text("2026-11-22 09:30:00Z"), "none");
  EXPECT_EQ(text("2026-11-22T09:30:00+1:00"), "none");
  EXPECT_EQ(text("2026-11-22T09:30:00Zjunk"), "none");
}

}  // namespace
}  // namespace sygedok::digitalpost
