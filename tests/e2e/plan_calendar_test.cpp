// The plan's calendar file (docs/planning.md) read by a second
// implementation, python3-icalendar (tests/judges/ical_judge.py): every item
// not done is an event on its date, every summons still to send a reminder
// at 9.00 Danish time through the file's own VTIMEZONE, across the change to
// summer time; UIDs unique and stable; the same plan gives the same bytes.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include <set>
#include <sstream>

#include "tool.h"

namespace sygedok::e2e {
namespace {

ToolRun judge(const std::filesystem::path& ics) {
  return run("/usr/bin/python3 " + quote((source_dir() / "tests" / "judges" / "ical_judge.py").string()) + " " +
             quote(ics.string()));
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

TEST(PlanCalendar, EveryOpenItemAndSummonsIsAnEventOnItsDate) {
  TempDir dir;
  for (const auto& entry : std::filesystem::directory_iterator(source_dir() / "samples" / "plan")) {
    auto planned = run(sygedok("plan " + quote(entry.path().string()) + " -o " + quote((dir / "p.json").string()) +
                               " --ics " + quote((dir / "p.ics").string())));
    ASSERT_EQ(planned.exit_code, 0) << planned.err;
    auto judged = judge(dir / "p.ics");
    ASSERT_EQ(judged.exit_code, 0) << judged.out << judged.err;
    const auto events = lines_of(judged.out);
    Poco::JSON::Parser parser;
    auto plan = parser.parse(read_text(dir / "p.json")).extract<Poco::JSON::Object::Ptr>();
    auto items = plan->getArray("items");
    std::set<std::string> expected;
    for (std::size_t i = 0; i < items->size(); ++i) {
      auto item = items->getObject(static_cast<unsigned>(i));
      if (item->getValue<std::string>("state") == "done") continue;
      const std::string id = item->getValue<std::string>("id");
      const std::string day = item->has("latest") ? item->getValue<std::string>("latest")
                                                  : item->getValue<std::string>("earliest");
      expected.insert(id + " " + day);
      if (item->has("summons_by") && !(item->getValue<std::string>("summons_by") < plan->getValue<std::string>("as_of")))
        expected.insert(id + "-indkaldelse " + item->getValue<std::string>("summons_by"));
    }
    std::set<std::string> found;
    for (const auto& event : events) found.insert(event.substr(0, event.find('.')) + " " + event.substr(event.find(' ') + 1, 10));
    EXPECT_EQ(found, expected) << entry.path().filename() << "\n" << judged.out;
  }
}

TEST(PlanCalendar, TheSummonsReminderKeepsNineOClockAcrossSummerTime) {
  TempDir dir;
  // Deadlines on 28 December 2026 (winter) and 12 April 2027 (summer time).
  for (const auto& [first_day, as_of, utc] : std::vector<std::tuple<std::string, std::string, std::string>>{
           {"2026-11-30", "2026-12-01", "2026-12-21T08:00Z 2026-12-21T08:15Z"},
           {"2027-03-15", "2027-03-16", "2027-04-06T07:00Z 2027-04-06T07:15Z"}}) {
    write_text(dir / "in.json", R"({"as_of": ")" + as_of + R"(", "policy": "national", "employee": {"name": "Testa"},
                                   "absence": {"first_day": ")" + first_day + R"("}})");
    ASSERT_EQ(run(sygedok("plan " + quote((dir / "in.json").string()) + " --ics " + quote((dir / "p.ics").string())))
                  .exit_code,
              0);
    auto judged = judge(dir / "p.ics");
    ASSERT_EQ(judged.exit_code, 0) << judged.out;
    EXPECT_NE(judged.out.find("lov_7a_samtale-indkaldelse." + first_day), std::string::npos) << judged.out;
    EXPECT_NE(judged.out.find(" " + utc + " Send indkaldelse: Personlig samtale efter § 7 a – Testa"),
              std::string::npos)
        << judged.out;
  }
}

TEST(PlanCalendar, TheSamePlanGivesTheSameFileWithoutTheCprNumber) {
  TempDir dir;
  write_text(dir / "in.json", R"({"as_of": "2026-12-01", "employee": {"name": "Testa Testesen", "cpr": "010190-1234"},
                                 "absence": {"first_day": "2026-11-30"}})");
  const std::string in = quote((dir / "in.json").string());
  ASSERT_EQ(run(sygedok("plan " + in + " --ics " + quote((dir / "a.ics").string()))).exit_code, 0);
  ASSERT_EQ(run(sygedok("plan " + in + " --ics " + quote((dir / "b.ics").string()))).exit_code, 0);
  const std::string calendar = read_text(dir / "a.ics");
  EXPECT_EQ(calendar, read_text(dir / "b.ics"));
  EXPECT_NE(calendar.find("Testa Testesen"), std::string::npos);
  EXPECT_EQ(calendar.find("010190"), std::string::npos);
}

}  // namespace
}  // namespace sygedok::e2e
