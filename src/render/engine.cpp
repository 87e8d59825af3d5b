#include "render/engine.h"

#include "compose/document_kinds.h"
#include "markup/markdown_parser.h"
#include "model/json_input.h"
#include "pdf/pdf_writer.h"
#include "render/input_text_check.h"

namespace sygedok::render {

Result<std::shared_ptr<const Engine>> Engine::create(const EngineOptions& options) {
  auto fonts = font::FontFamily::load_embedded();
  if (!fonts) return Result<std::shared_ptr<const Engine>>::failure(fonts.take_diagnostics());
  auto templates = compose::TemplateStore::load(options.templates_dir);
  if (!templates) return Result<std::shared_ptr<const Engine>>::failure(templates.take_diagnostics());
  // Without the Danish patterns documents still render, only without hyphens.
  auto hyphenator = layout::Hyphenator::load(options.hyphenation_dictionary);
  std::shared_ptr<const layout::Hyphenator> patterns;
  if (hyphenator) patterns = std::move(hyphenator).take();
  return Result<std::shared_ptr<const Engine>>::success(
      std::make_shared<const Engine>(std::move(fonts).take(), patterns, std::move(templates).take()),
      hyphenator.ok() ? Diagnostics{} : hyphenator.diagnostics());
}

Engine::Engine(std::shared_ptr<const font::FontFamily> fonts, std::shared_ptr<const layout::Hyphenator> hyphenator,
               std::shared_ptr<const compose::TemplateStore> templates)
    : fonts_(std::move(fonts)), hyphenator_(std::move(hyphenator)), templates_(std::move(templates)) {}

std::vector<std::string> Engine::kinds() const { return compose::document_kinds(); }

Result<compose::ComposedDocument> Engine::compose(std::string_view kind, std::string_view json) const {
  auto input = model::parse_json_object(json);
  if (!input) return Result<compose::ComposedDocument>::failure(input.take_diagnostics());
  Diagnostics text_problems = normalize_and_check_text(*input.value(), *fonts_);
  auto composed = compose::compose_document(kind, *input.value(), *templates_);
  if (text_problems.empty()) return composed;
  // Report the characters together with every other problem of the input.
  Diagnostics all = std::move(text_problems);
  for (auto& d : composed.take_diagnostics()) all.push_back(std::move(d));
  return Result<compose::ComposedDocument>::failure(std::move(all));
}

Diagnostics Engine::validate(std::string_view kind, std::string_view json) const {
  auto composed = compose(kind, json);
  if (!composed) return composed.diagnostics();
  return composed.value().warnings;
}

Result<RenderedDocument> Engine::render(std::string_view kind, std::string_view json) const {
  auto composed = compose(kind, json);
  if (!composed) return Result<RenderedDocument>::failure(composed.take_diagnostics());
  auto blocks = markup::parse_markdown(composed.value().markdown);
  if (!blocks) return Result<RenderedDocument>::failure(blocks.take_diagnostics());
  auto frame = layout::lay_out(blocks.value(), *fonts_, hyphenator_.get(), style_, composed.value().info);
  if (!frame) return Result<RenderedDocument>::failure(frame.take_diagnostics());
  auto pdf = pdf::write_pdf(frame.value(), *fonts_);
  if (!pdf) return Result<RenderedDocument>::failure(pdf.take_diagnostics());
  return Result<RenderedDocument>::success({std::move(pdf).take(), std::move(composed.value().warnings)});
}

}  // namespace sygedok::render
