// The one ISO 8601 reader: what it records, and what it refuses.
#include "core/iso_timestamp.h"

#include <gtest/gtest.h>

namespace sygedok {
namespace {

TEST(IsoTimestamp, RecordsWhatWasWritten) {
  auto date = parse_iso_timestamp("2028-02-29");
  ASSERT_TRUE(date);
  EXPECT_EQ(date->year, 2028);
  EXPECT_FALSE(date->has_time());

  auto full = parse_iso_timestamp("2026-03-15t09:30:60,25-05:30");
  ASSERT_TRUE(full);
  EXPECT_EQ(full->separator, 't');
  EXPECT_EQ(full->second, 60);  // a leap second
  EXPECT_TRUE(full->has_seconds);
  EXPECT_TRUE(full->has_fraction);
  EXPECT_EQ(full->zone, IsoTimestamp::Zone::Offset);
  EXPECT_EQ(full->offset_in_minutes(), -330);

  auto hours_only = parse_iso_timestamp("2026-01-01 00:30+01");
  ASSERT_TRUE(hours_only);
  EXPECT_FALSE(hours_only->has_offset_minutes);
  EXPECT_EQ(hours_only->offset_in_minutes(), 60);

  auto utc = parse_iso_timestamp("2026-11-22T09:30z");
  ASSERT_TRUE(utc);
  EXPECT_EQ(utc->zone, IsoTimestamp::Zone::Utc);
  EXPECT_EQ(utc->zone_letter, 'z');
}

TEST(IsoTimestamp, RefusesWhatIsNotOne) {
  for (const char* text : {"", "2026-02-29", "2026-04-31", "2026-13-01", "2026-1-15", "20x6-01-01", "2026-03-15X09:30",
                           "2026-03-15T24:00", "2026-03-15T09:60", "2026-03-15T09:30:61", "2026-03-15T09:30:00.",
                           "2026-03-15T09:30+1", "2026-03-15T09:30+01:", "2026-03-15T09:30+24:00", "2026-03-15T09:30Zx",
                           "2026-03-15T09:30 "})
    EXPECT_FALSE(parse_iso_timestamp(text)) << text;
}

}  // namespace
}  // namespace sygedok
