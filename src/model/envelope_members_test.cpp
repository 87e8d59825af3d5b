// The Digital Post envelope's members are known at the top level of every
// request, and only there.
#include "model/envelope_members.h"

#include <gtest/gtest.h>

#include "model/json_input.h"
#include "model/json_reader.h"

namespace sygedok::model {
namespace {

std::vector<std::string> unknown_paths(const std::string& json) {
  auto parsed = parse_json_object(json);
  EXPECT_TRUE(parsed.ok());
  Diagnostics diagnostics;
  JsonReader request(*parsed.value(), "", diagnostics);
  if (auto employee = request.object("employee", "medarbejderen", Presence::Optional)) employee->warn_unknown_fields();
  request.warn_unknown_fields();
  std::vector<std::string> paths;
  for (const auto& d : diagnostics)
    if (d.code == "unknown_field") paths.push_back(d.path);
  return paths;
}

TEST(EnvelopeMembers, AreKnownAtTheTopLevelOnly) {
  EXPECT_TRUE(unknown_paths(R"({"message_uuid": "x", "created": "x", "reservation_uuid": "x",
                                "case_system": "x", "attachments": []})")
                  .empty());
  EXPECT_EQ(unknown_paths(R"({"employee": {"attachments": []}, "atachments": []})"),
            (std::vector<std::string>{"employee.attachments", "atachments"}));
  EXPECT_TRUE(is_envelope_member("attachments"));
  EXPECT_FALSE(is_envelope_member("employee"));
}

TEST(EnvelopeMembers, AMisspeltOneGetsAHint) {
  auto parsed = parse_json_object(R"({"atachments": []})");
  Diagnostics diagnostics;
  JsonReader request(*parsed.value(), "", diagnostics);
  request.warn_unknown_fields();
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_NE(diagnostics[0].message.find("»attachments«"), std::string::npos) << diagnostics[0].message;
}

}  // namespace
}  // namespace sygedok::model
