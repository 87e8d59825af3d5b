// libFuzzer target: JSON request → PDF for one document kind
// (SYGEDOK_FUZZ_KIND, one binary per kind). Any input must give a PDF or
// diagnostics: never a crash, a sanitizer report or an exception.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_engine.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view json(reinterpret_cast<const char*>(data), size);
  auto rendered = sygedok::fuzz::engine().render(SYGEDOK_FUZZ_KIND, json);
  if (rendered && rendered.value().pdf.rfind("%PDF-", 0) != 0) __builtin_trap();
  return 0;
}
