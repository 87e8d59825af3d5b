// The request skeletons of a plan (docs/planning.md) are the start of a real
// document's input: the document kind's own reader finds nothing in them it
// does not know and nothing of the wrong type, only what is still missing.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>
#include <gtest/gtest.h>

#include <sstream>

#include "tool.h"

namespace sygedok::e2e {
namespace {

TEST(PlanSkeletons, EverySkeletonOfEveryPlanSampleLacksOnlyWhatThePlanCannotKnow) {
  TempDir dir;
  int skeletons = 0;
  for (const auto& entry : std::filesystem::directory_iterator(source_dir() / "samples" / "plan")) {
    auto planned = run(sygedok("plan " + quote(entry.path().string())));
    ASSERT_EQ(planned.exit_code, 0) << planned.err;
    Poco::JSON::Parser parser;
    auto items = parser.parse(planned.out).extract<Poco::JSON::Object::Ptr>()->getArray("items");
    for (std::size_t i = 0; i < items->size(); ++i) {
      auto item = items->getObject(static_cast<unsigned>(i));
      if (!item->has("request")) continue;
      ++skeletons;
      std::ostringstream json;
      Poco::JSON::Stringifier::stringify(item->getObject("request"), json);
      write_text(dir / "in.json", json.str());
      const std::string kind = item->getObject("document")->getValue<std::string>("kind");
      auto validated = run(sygedok("validate " + kind + " " + quote((dir / "in.json").string())));
      // Every line names a missing member ([required]/[empty]), nothing else.
      std::istringstream lines(validated.err);
      for (std::string line; std::getline(lines, line);)
        EXPECT_TRUE(line.find("[required]") != std::string::npos || line.find("[empty]") != std::string::npos)
            << entry.path().filename() << " " << item->getValue<std::string>("id") << ": " << line;
    }
  }
  EXPECT_GE(skeletons, 3);
}

}  // namespace
}  // namespace sygedok::e2e
