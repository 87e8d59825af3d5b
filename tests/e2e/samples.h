#pragma once
// The sample inputs under samples/<kind>/*.json, and a way to derive test
// inputs from them by changing one field.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

namespace sygedok::e2e {

struct Sample {
  std::string kind;
  std::string name;  // file name without .json
  std::filesystem::path path;
};

std::vector<Sample> all_samples();
// "referat_statussamtale_lang": a gtest parameter name for a sample.
std::string sample_test_name(const ::testing::TestParamInfo<Sample>& info);
Sample sample(const std::string& kind, const std::string& name);

// The signature fields the sample's document has, in order: the referat's
// and the fastholdelsesplan's two (templates/partials/signatures.mustache),
// one per signer of a handleplan (compose/dialogue_composers.cpp), none
// for the other kinds.
std::vector<std::string> expected_signature_fields(const Sample& sample);

// The sample's JSON with the value at a dotted path ("employee.name")
// replaced by `json_value` (JSON text), or removed when json_value is empty.
std::string with_field(const Sample& sample, const std::string& dotted_path, const std::string& json_value);

}  // namespace sygedok::e2e
