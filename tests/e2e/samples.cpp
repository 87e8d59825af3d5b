#include "samples.h"

#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>

#include <algorithm>
#include <cctype>
#include <sstream>
#include <stdexcept>

#include "tool.h"

namespace sygedok::e2e {

namespace fs = std::filesystem;

std::vector<Sample> all_samples() {
  std::vector<Sample> samples;
  for (const auto& kind_dir : fs::directory_iterator(source_dir() / "samples")) {
    if (!kind_dir.is_directory()) continue;
    for (const auto& file : fs::directory_iterator(kind_dir.path()))
      if (file.path().extension() == ".json")
        samples.push_back({kind_dir.path().filename().string(), file.path().stem().string(), file.path()});
  }
  std::sort(samples.begin(), samples.end(),
            [](const Sample& a, const Sample& b) { return a.path < b.path; });
  return samples;
}

std::string sample_test_name(const ::testing::TestParamInfo<Sample>& info) {
  std::string name = info.param.kind + "_" + info.param.name;
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
}

Sample sample(const std::string& kind, const std::string& name) {
  return {kind, name, source_dir() / "samples" / kind / (name + ".json")};
}

std::vector<std::string> expected_signature_fields(const Sample& sample) {
  if (sample.kind == "referat" || sample.kind == "fastholdelsesplan")
    return {"Underskrift_leder", "Underskrift_medarbejder"};
  if (sample.kind != "handleplan") return {};
  Poco::JSON::Parser parser;
  auto root = parser.parse(read_text(sample.path)).extract<Poco::JSON::Object::Ptr>();
  std::vector<std::string> fields;
  if (auto signers = root->getArray("signers"))
    for (std::size_t i = 0; i < signers->size(); ++i) fields.push_back("Underskrift" + std::to_string(i + 1));
  return fields;
}

std::string with_field(const Sample& sample, const std::string& dotted_path, const std::string& json_value) {
  Poco::JSON::Parser parser;
  auto root = parser.parse(read_text(sample.path)).extract<Poco::JSON::Object::Ptr>();
  Poco::JSON::Object::Ptr object = root;
  std::string rest = dotted_path;
  for (auto dot = rest.find('.'); dot != std::string::npos; dot = rest.find('.')) {
    object = object->getObject(rest.substr(0, dot));
    if (!object) throw std::runtime_error("no object at " + dotted_path);
    rest = rest.substr(dot + 1);
  }
  if (json_value.empty()) {
    object->remove(rest);
  } else {
    // Parsed inside an array: Poco's parser wants a container at the top.
    Poco::JSON::Parser value_parser;
    auto wrapped = value_parser.parse("[" + json_value + "]").extract<Poco::JSON::Array::Ptr>();
    object->set(rest, wrapped->get(0));
  }
  std::ostringstream out;
  Poco::JSON::Stringifier::stringify(root, out);
  return out.str();
}

}  // namespace sygedok::e2e
