// The access log of a run over every sample, valid and broken, must hold one
// line per request and no personal data: no CPR-like number and no name
// that appears in the samples.
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <filesystem>
#include <regex>
#include <set>

#include "http/test_support.h"

namespace sygedok::http {
namespace {

using namespace testing;
namespace fs = std::filesystem;

// Every string value under a key "name" (people and organisations alike).
void collect_names(const Poco::Dynamic::Var& value, std::set<std::string>& names) {
  if (value.type() == typeid(Poco::JSON::Object::Ptr)) {
    auto object = value.extract<Poco::JSON::Object::Ptr>();
    for (const auto& [key, member] : *object) {
      if (key == "name" && member.isString()) names.insert(member.toString());
      collect_names(member, names);
    }
  } else if (value.type() == typeid(Poco::JSON::Array::Ptr)) {
    auto array = value.extract<Poco::JSON::Array::Ptr>();
    for (const auto& member : *array) collect_names(member, names);
  }
}

TEST(LogPrivacy, ARunOverAllSamplesLogsNoPersonalData) {
  RunningServer running;
  std::set<std::string> names;
  int requests = 0;
  for (const auto& kind_dir : fs::directory_iterator(sample_path(""))) {
    if (!kind_dir.is_directory()) continue;
    std::string kind = kind_dir.path().filename().string();
    for (const auto& file : fs::directory_iterator(kind_dir.path())) {
      if (file.path().extension() != ".json") continue;
      std::string json = read_text_file(file.path().string());
      Poco::JSON::Parser parser;
      collect_names(parser.parse(json), names);

      EXPECT_EQ(post_json(running.port(), "/v1/documents/" + kind, json).status, 200) << file.path();
      EXPECT_EQ(post_json(running.port(), "/v1/documents/" + kind, json, {{"Accept", "application/json"}}).status, 200);
      EXPECT_EQ(post_json(running.port(), "/v1/validate/" + kind, json).status, 200);
      // Broken on purpose: cut in half (400), and with a name where the CVR belongs (422).
      EXPECT_EQ(post_json(running.port(), "/v1/documents/" + kind, json.substr(0, json.size() / 2)).status, 400);
      requests += 4;
      if (const auto cvr = json.find("\"12345674\""); cvr != std::string::npos) {  // samples without a sender have none
        std::string wrong = json;
        wrong.replace(cvr, 10, "\"Søren Ærø 010190-1234\"");
        EXPECT_EQ(post_json(running.port(), "/v1/documents/" + kind, wrong).status, 422);
        ++requests;
      }
    }
  }
  ASSERT_GT(requests, 0);
  // Personal data where a careless server might log it: path, request id, method.
  EXPECT_EQ(post_json(running.port(), "/v1/documents/010190-1234", "{}").status, 404);
  EXPECT_EQ(get(running.port(), "/cpr/0101901234?navn=S%C3%B8ren").status, 404);
  EXPECT_EQ(get(running.port(), "/cpr/0101901234?navn=Søren").status, 400);  // raw UTF-8: no valid request line
  EXPECT_EQ(call(running.port(), {.method = "GET", .path = "/healthz", .headers = {{"X-Request-Id", "010190-1234"}}}).status, 200);
  requests += 4;

  std::string log = running.stopped_log();
  std::smatch cpr;
  EXPECT_FALSE(std::regex_search(log, cpr, std::regex(R"(\d{6}-?\d{4})"))) << cpr.str(0);
  names.insert("Søren");
  for (const auto& name : names) EXPECT_EQ(log.find(name), std::string::npos) << name;
  std::size_t request_lines = 0;
  for (std::size_t at = log.find("msg=request "); at != std::string::npos; at = log.find("msg=request ", at + 1))
    ++request_lines;
  EXPECT_EQ(request_lines, static_cast<std::size_t>(requests));
  EXPECT_NE(log.find("route=/v1/documents/{kind} kind=referat status=200"), std::string::npos);
  EXPECT_NE(log.find("route=unmatched"), std::string::npos);
}

}  // namespace
}  // namespace sygedok::http
