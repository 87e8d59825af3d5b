// Renders the sample referat N times in one warm process, each document with
// a different employee name and case number (as the Typst peer does), and
// prints one JSON line: ms_per_doc and bytes_per_doc.
//   render_bench SAMPLE.json [N] [OUT.pdf]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include "render/engine.h"

namespace {

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: render_bench SAMPLE.json [N] [OUT.pdf]\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::string sample{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  int n = argc > 2 ? std::stoi(argv[2]) : 200;

  auto engine = sygedok::render::Engine::create();
  if (!engine) {
    std::cerr << "engine failed to start\n";
    return 1;
  }
  auto document = [&](int i) {
    std::string json = replace_all(sample, "Søren Ærø Åsgaard", "Søren Ærø Åsgaard " + std::to_string(i));
    return replace_all(json, "2026-004711", "2026-" + std::to_string(4711 + i));
  };
  auto render = [&](int i) {
    auto result = engine.value()->render("referat", document(i));
    if (!result) {
      std::cerr << "render failed: " << result.diagnostics().front().message << "\n";
      std::exit(1);
    }
    return std::move(result).take().pdf;
  };
  render(-1);
  render(-2);
  std::size_t bytes = 0;
  auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < n; ++i) bytes += render(i).size();
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  if (argc > 3) std::ofstream(argv[3], std::ios::binary) << render(0);
  std::printf("{\"engine\": \"sygedok\", \"docs\": %d, \"ms_per_doc\": %.3f, \"bytes_per_doc\": %zu}\n", n, ms / n,
              bytes / static_cast<std::size_t>(n));
  return 0;
}
