#include "rendered_samples.h"

#include <gtest/gtest.h>

namespace sygedok::e2e {

const std::filesystem::path& rendered_samples_dir() {
  static TempDir dir;
  static const bool rendered = [] {
    auto r = run(sygedok("render --all " + quote((source_dir() / "samples").string()) + " -o " +
                         quote(dir.path().string())));
    if (r.exit_code != 0) ADD_FAILURE() << "render --all failed: " << r.err;
    return r.exit_code == 0;
  }();
  (void)rendered;
  return dir.path();
}

std::filesystem::path rendered_pdf(const Sample& sample) {
  return rendered_samples_dir() / sample.kind / (sample.name + ".pdf");
}

}  // namespace sygedok::e2e
