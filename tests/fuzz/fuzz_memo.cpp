// libFuzzer target: JSON request → PDF and its MeMo envelope (the letter
// kind indkaldelse, in a kombi wrapper). Any input must give a letter or
// diagnostics: never a crash, a sanitizer report or an exception.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_engine.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view json(reinterpret_cast<const char*>(data), size);
  sygedok::digitalpost::MemoOptions options;
  options.kombi = sygedok::digitalpost::parse_kombi_channel("Digital Post");
  auto letter = sygedok::fuzz::engine().render_with_envelope("indkaldelse", json, options);
  if (letter && letter.value().memo.find("<?xml") != 0) __builtin_trap();
  return 0;
}
