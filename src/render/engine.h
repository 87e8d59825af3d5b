#pragma once
// The whole pipeline for one request, JSON text in, PDF bytes out:
//   parse JSON → normalise and check text → compose (Mustache → Markdown)
//   → markup (block tree) → layout (pages) → pdf (bytes).
// An Engine loads its fonts, hyphenation patterns and templates once;
// render() and validate() are const and safe to call from many threads.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compose/composed_document.h"
#include "compose/template_store.h"
#include "core/result.h"
#include "font/font_family.h"
#include "layout/hyphenator.h"
#include "layout/layout.h"

namespace sygedok::render {

struct EngineOptions {
  std::optional<std::string> templates_dir;  // overlays the built-in templates
  std::string hyphenation_dictionary = "/usr/share/hyphen/hyph_da_DK.dic";
};

struct RenderedDocument {
  std::string pdf;
  Diagnostics warnings;
};

class Engine {
 public:
  static Result<std::shared_ptr<const Engine>> create(const EngineOptions& options = {});

  Result<RenderedDocument> render(std::string_view kind, std::string_view json) const;
  // Every error and warning for the input, without rendering a PDF.
  Diagnostics validate(std::string_view kind, std::string_view json) const;
  std::vector<std::string> kinds() const;

  Engine(std::shared_ptr<const font::FontFamily> fonts, std::shared_ptr<const layout::Hyphenator> hyphenator,
         std::shared_ptr<const compose::TemplateStore> templates);

 private:
  Result<compose::ComposedDocument> compose(std::string_view kind, std::string_view json) const;

  std::shared_ptr<const font::FontFamily> fonts_;
  std::shared_ptr<const layout::Hyphenator> hyphenator_;  // null: no hyphenation
  std::shared_ptr<const compose::TemplateStore> templates_;
  layout::LayoutStyle style_;
};

}  // namespace sygedok::render
