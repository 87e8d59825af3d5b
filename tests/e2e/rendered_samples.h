#pragma once
// Renders every sample once per test run (sygedok render --all) and hands
// the PDFs to the tests that judge them. Not thread-safe.
#include <filesystem>

#include "samples.h"
#include "tool.h"

namespace sygedok::e2e {

// The folder with <kind>/<name>.pdf for every sample; fails the test
// (ADD_FAILURE) when rendering fails.
const std::filesystem::path& rendered_samples_dir();
std::filesystem::path rendered_pdf(const Sample& sample);

}  // namespace sygedok::e2e
