// libFuzzer target: Markdown → blocks → layout → PDF, the path every
// template's output takes (markup::parse_markdown, layout::lay_out,
// pdf::write_pdf) with the embedded fonts and the Danish hyphenation.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "font/font_family.h"
#include "layout/hyphenator.h"
#include "layout/layout.h"
#include "markup/markdown_parser.h"
#include "pdf/pdf_writer.h"

namespace {

struct Resources {
  std::shared_ptr<const sygedok::font::FontFamily> fonts = sygedok::font::FontFamily::load_embedded().take();
  std::shared_ptr<const sygedok::layout::Hyphenator> hyphenator =
      sygedok::layout::Hyphenator::load("/usr/share/hyphen/hyph_da_DK.dic").take();
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Resources resources;
  std::string_view markdown(reinterpret_cast<const char*>(data), size);
  auto blocks = sygedok::markup::parse_markdown(markdown);
  if (!blocks) return 0;
  sygedok::DocumentInfo info;
  info.title = "Fuzz";
  auto frame = sygedok::layout::lay_out(blocks.value(), *resources.fonts, resources.hyphenator.get(), {}, info);
  if (!frame) return 0;
  auto pdf = sygedok::pdf::write_pdf(frame.value(), *resources.fonts, {});
  if (pdf && pdf.value().rfind("%PDF-", 0) != 0) __builtin_trap();
  return 0;
}
