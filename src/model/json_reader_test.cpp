#include "model/json_reader.h"

#include <gtest/gtest.h>

#include "model/json_input.h"

namespace sygedok::model {
namespace {

Poco::JSON::Object::Ptr parse(const std::string& json) {
  auto parsed = parse_json_object(json);
  EXPECT_TRUE(parsed.ok()) << json;
  return parsed.value();
}

const Diagnostic* find(const Diagnostics& diagnostics, const std::string& path) {
  for (const auto& d : diagnostics)
    if (d.path == path) return &d;
  return nullptr;
}

TEST(JsonReader, ReadsTypedValuesAndTrimsText) {
  auto input = parse(R"({"name": "  Anna Ødegaard ", "ok": true, "day": "2026-12-07",
                         "at": "2026-12-07T10:00", "person": {"role": "TR"}, "lines": [" a ", "b"]})");
  Diagnostics diagnostics;
  JsonReader reader(*input, "", diagnostics);
  EXPECT_EQ(reader.text("name", "navnet", Presence::Required), "Anna Ødegaard");
  EXPECT_EQ(reader.boolean("ok", "svaret", Presence::Required), true);
  EXPECT_EQ(reader.date("day", "dagen", Presence::Required), (Date{2026, 12, 7}));
  auto at = reader.date_time("at", "tidspunktet", Presence::Required);
  ASSERT_TRUE(at);
  EXPECT_EQ(at->hour, 10);
  auto person = reader.object("person", "personen", Presence::Required);
  ASSERT_TRUE(person);
  EXPECT_EQ(person->path(), "person");
  EXPECT_EQ(person->text("role", "rollen", Presence::Required), "TR");
  EXPECT_EQ(reader.text_list("lines", "linjerne", Presence::Required), (std::vector<std::string>{"a", "b"}));
  reader.warn_unknown_fields();
  EXPECT_TRUE(diagnostics.empty());
}

TEST(JsonReader, CollectsEveryProblemWithPathCodeAndDanishMessage) {
  auto input = parse(R"({"employee": {"name": "", "age": 12},
                         "when": "2026-02-30", "at": "2026-12-07 10:00", "ok": "ja",
                         "kind": "kaffe", "list": ["x", "", 3], "items": [{"what": "a"}, "b"]})");
  Diagnostics diagnostics;
  JsonReader reader(*input, "", diagnostics);
  auto employee = reader.object("employee", "oplysningerne om medarbejderen", Presence::Required);
  ASSERT_TRUE(employee);
  EXPECT_FALSE(employee->text("name", "medarbejderens navn", Presence::Required));
  EXPECT_FALSE(employee->text("age", "medarbejderens alder", Presence::Required));
  EXPECT_FALSE(reader.text("missing", "lederens navn", Presence::Required));
  EXPECT_FALSE(reader.date("when", "dokumentets dato", Presence::Required));
  EXPECT_FALSE(reader.date_time("at", "samtalens starttidspunkt", Presence::Required));
  EXPECT_FALSE(reader.boolean("ok", "svaret", Presence::Required));
  constexpr std::string_view kinds[] = {"referat", "notat"};
  EXPECT_FALSE(reader.choice("kind", "dokumenttypen", Presence::Required, kinds));
  EXPECT_EQ(reader.text_list("list", "punkterne", Presence::Required).size(), 1u);
  auto items = reader.object_list("items", "aftalerne", "aftale", Presence::Required);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].index, 0u);
  EXPECT_EQ(items[0].reader.path(), "items[0]");

  struct Expected {
    const char* path;
    const char* code;
    const char* message_part;
  };
  const Expected expected[] = {
      {"employee.name", "empty", "Medarbejderens navn er ikke udfyldt."},
      {"employee.age", "wrong_type", "Medarbejderens alder skal være en tekst"},
      {"missing", "required", "Lederens navn mangler."},
      {"when", "invalid_date", "»2026-02-30« er ikke en gyldig dato"},
      {"at", "invalid_date_time", "ÅÅÅÅ-MM-DDTTT:MM"},
      {"ok", "wrong_type", "true eller false"},
      {"kind", "unknown_value", "Vælg en af: referat, notat."},
      {"list[1]", "empty", "Punkt nr. 2 i punkterne er ikke udfyldt."},
      {"list[2]", "wrong_type", "Punkt nr. 3"},
      {"items[1]", "wrong_type", "Aftale nr. 2 skal være et JSON-objekt"},
  };
  ASSERT_EQ(diagnostics.size(), std::size(expected));
  for (std::size_t i = 0; i < diagnostics.size(); ++i) {
    EXPECT_EQ(diagnostics[i].path, expected[i].path) << i;
    EXPECT_EQ(diagnostics[i].code, expected[i].code) << i;
    EXPECT_EQ(diagnostics[i].severity, Severity::Error) << i;
    EXPECT_NE(diagnostics[i].message.find(expected[i].message_part), std::string::npos) << diagnostics[i].message;
  }
}

TEST(JsonReader, OptionalMembersMayBeAbsentNullOrEmpty) {
  auto input = parse(R"({"a": null, "b": "   ", "c": []})");
  Diagnostics diagnostics;
  JsonReader reader(*input, "", diagnostics);
  EXPECT_FALSE(reader.text("a", "a", Presence::Optional));
  EXPECT_FALSE(reader.text("b", "b", Presence::Optional));
  EXPECT_TRUE(reader.text_list("c", "c", Presence::Optional).empty());
  EXPECT_FALSE(reader.object("d", "d", Presence::Optional));
  reader.warn_unknown_fields();
  EXPECT_TRUE(diagnostics.empty());
}

TEST(JsonReader, NullCountsAsMissingWhenRequired) {
  auto input = parse(R"({"name": null, "list": []})");
  Diagnostics diagnostics;
  JsonReader reader(*input, "", diagnostics);
  EXPECT_FALSE(reader.text("name", "navnet", Presence::Required));
  EXPECT_TRUE(reader.text_list("list", "status fra samtalen", Presence::Required).empty());
  ASSERT_EQ(diagnostics.size(), 2u);
  EXPECT_EQ(diagnostics[0].code, "required");
  EXPECT_EQ(diagnostics[1].code, "empty");
  EXPECT_EQ(diagnostics[1].message, "Status fra samtalen skal have mindst ét punkt.");
}

TEST(JsonReader, LimitsLengthInCharactersAndListsInItems) {
  auto input = parse(R"({"name": "ÆØÅæøå", "list": ["a", "b", "c"]})");
  Diagnostics diagnostics;
  JsonReader reader(*input, "", diagnostics);
  EXPECT_EQ(reader.text("name", "navnet", Presence::Required, 6), "ÆØÅæøå");  // 6 characters, 12 bytes
  EXPECT_FALSE(reader.text("name", "navnet", Presence::Required, 5));
  EXPECT_TRUE(reader.text_list("list", "listen", Presence::Required, 100, 2).empty());
  ASSERT_EQ(diagnostics.size(), 2u);
  EXPECT_EQ(diagnostics[0].code, "too_long");
  EXPECT_EQ(diagnostics[0].message, "Navnet må højst fylde 5 tegn, men fylder 6.");
  EXPECT_EQ(diagnostics[1].code, "too_many");
}

TEST(JsonReader, UnknownFieldsAreWarningsWithASuggestion) {
  auto input = parse(R"({"nmae": "Anna", "name_of_pet": "Fido", "age": 3})");
  Diagnostics diagnostics;
  JsonReader reader(*input, "employee", diagnostics);
  EXPECT_FALSE(reader.text("name", "navnet", Presence::Optional));
  reader.has("age");
  reader.warn_unknown_fields();
  ASSERT_EQ(diagnostics.size(), 2u);
  EXPECT_EQ(diagnostics[0].severity, Severity::Warning);
  EXPECT_EQ(diagnostics[0].code, "unknown_field");
  EXPECT_EQ(diagnostics[0].path, "employee.nmae");
  EXPECT_NE(diagnostics[0].message.find("Mente du »name«?"), std::string::npos) << diagnostics[0].message;
  EXPECT_EQ(diagnostics[1].path, "employee.name_of_pet");
  EXPECT_EQ(diagnostics[1].message.find("Mente du"), std::string::npos) << diagnostics[1].message;
}

TEST(JsonReader, DateTimesWithAZoneGetAHint) {
  auto input = parse(R"({"at": "2026-12-07T10:00:00Z"})");
  Diagnostics diagnostics;
  JsonReader reader(*input, "", diagnostics);
  EXPECT_FALSE(reader.date_time("at", "tidspunktet", Presence::Required));
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_NE(diagnostics[0].message.find("uden tidszone"), std::string::npos);
  EXPECT_TRUE(find(diagnostics, "at"));
}

TEST(JsonReader, NumbersAreJsonNumbersWithinTheirRange) {
  auto input = parse(R"({"whole": 15, "half": 18.5, "text": "20", "flag": true, "big": 80, "small": 0})");
  Diagnostics diagnostics;
  JsonReader reader(*input, "step", diagnostics);
  EXPECT_EQ(reader.number("whole", "timetallet", Presence::Required, 1, 60), 15.0);
  EXPECT_EQ(reader.number("half", "timetallet", Presence::Required, 1, 60), 18.5);
  EXPECT_FALSE(reader.number("text", "timetallet", Presence::Required, 1, 60));
  EXPECT_FALSE(reader.number("flag", "timetallet", Presence::Required, 1, 60));
  EXPECT_FALSE(reader.number("big", "timetallet", Presence::Required, 1, 60));
  EXPECT_FALSE(reader.number("small", "timetallet", Presence::Required, 0.5, 60));
  EXPECT_FALSE(reader.number("missing", "timetallet", Presence::Optional, 1, 60));
  ASSERT_EQ(diagnostics.size(), 4u);
  EXPECT_EQ(find(diagnostics, "step.text")->code, "wrong_type");
  EXPECT_EQ(find(diagnostics, "step.flag")->code, "wrong_type");
  EXPECT_EQ(find(diagnostics, "step.big")->code, "out_of_range");
  EXPECT_EQ(find(diagnostics, "step.big")->message, "Timetallet skal være mellem 1 og 60, men er 80.");
  EXPECT_EQ(find(diagnostics, "step.small")->message, "Timetallet skal være mellem 0,5 og 60, men er 0.");
}

TEST(JsonReader, ARecorderSeesEveryMemberAskedForWithoutListIndices) {
  auto input = parse(R"({"agreements": [{"what": "a"}, {"what": "b"}], "flag": true})");
  Diagnostics diagnostics;
  MemberRecorder recorder;
  JsonReader reader(*input, "", diagnostics);
  for (auto& item : reader.object_list("agreements", "aftalerne", "aftale", Presence::Optional))
    item.reader.text("what", "hvad", Presence::Required);
  reader.has("missing");
  EXPECT_EQ(recorder.paths(), (std::set<std::string>{"agreements", "agreements[].what", "missing"}));
  EXPECT_EQ(without_indices("a[12].b[0].c"), "a[].b[].c");
}

}  // namespace
}  // namespace sygedok::model
