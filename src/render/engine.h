#pragma once
// The whole pipeline for one request, JSON text in, PDF bytes out:
//   parse JSON → normalise and check text → compose (Mustache → Markdown)
//   → markup (block tree) → layout (pages; page 1 with the profile's logo
//   and, for a letter with employee.address, the window address) → pdf (bytes).
// An Engine loads its fonts, hyphenation patterns, templates and
// organisation profile once (create() refuses a logo the PDF writer cannot
// embed, or a wording the fonts cannot draw: "profile_error");
// render() and validate() are const and safe to call from many threads.
#include <Poco/JSON/Object.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compose/composed_document.h"
#include "compose/template_store.h"
#include "core/result.h"
#include "digitalpost/memo_options.h"
#include "font/font_family.h"
#include "layout/hyphenator.h"
#include "layout/layout.h"
#include "model/archive_options.h"
#include "pdf/font_program_cache.h"
#include "plan/planner.h"

namespace sygedok::render {

struct EngineOptions {
  std::optional<std::string> templates_dir;  // overlays the built-in templates
  std::string hyphenation_dictionary = "/usr/share/hyphen/hyph_da_DK.dic";
};

struct RenderedDocument {
  std::string pdf;
  Diagnostics warnings;
};

// A letter and its Digital Post envelope: `memo` is a MeMo message (XML)
// whose MainDocument holds exactly the bytes of `pdf` (docs/memo.md), and
// whose AdditionalDocuments are the letter's companions (the preparation
// sheet of a summons, typeset here as PDFs of their own) and the request's
// attachments.
struct RenderedLetter {
  std::string pdf;
  std::string memo;
  Diagnostics warnings;
};

class Engine {
 public:
  static Result<std::shared_ptr<const Engine>> create(const EngineOptions& options = {});

  Result<RenderedDocument> render(std::string_view kind, std::string_view json) const;
  // render() plus the envelope (src/digitalpost/). The envelope's problems
  // (e.g. "required_for_envelope" for a missing employee.cpr) are reported
  // together with the document's, and neither is produced when any fails.
  Result<RenderedLetter> render_with_envelope(std::string_view kind, std::string_view json,
                                              const digitalpost::MemoOptions& options) const;
  // Every error and warning for the input, without rendering a PDF.
  Diagnostics validate(std::string_view kind, std::string_view json) const;
  std::vector<std::string> kinds() const;

  // The follow-up plan for a plan request (plan/plan_request.h), under the
  // request's policy or else the organisation profile's, beside the law's
  // minimum (docs/planning.md). The plan refers to the engine's policies:
  // it must not outlive the engine.
  Result<plan::Plan> plan(std::string_view json) const;

  // The dialogue tool (dialogue/, docs/dialogue.md): its scale, building
  // blocks and questionnaires as JSON; a group's scores (the input of the
  // kind dialogresultat) as JSON; a handleplan's follow-up dates (the input
  // of the kind handleplan) as an iCalendar file. Errors: every problem of
  // the input with its path.
  std::string dialogue_questionnaires() const;
  Result<std::string> dialogue_scores(std::string_view json) const;
  Result<std::string> handleplan_calendar(std::string_view json) const;

  Engine(std::shared_ptr<const font::FontFamily> fonts, std::shared_ptr<const layout::Hyphenator> hyphenator,
         std::shared_ptr<const compose::TemplateStore> templates);

 private:
  // Parses, checks the text and composes for `delivery`; `parsed`, when given, receives the
  // parsed (NFC-normalised) request, or null when the JSON did not parse;
  // `archive`, when given, the request's "archive" options.
  Result<compose::ComposedDocument> compose(std::string_view kind, std::string_view json, compose::Delivery delivery,
                                            Poco::JSON::Object::Ptr* parsed = nullptr,
                                            model::ArchiveOptions* archive = nullptr) const;
  // Markup → layout → PDF bytes, with `attachments` embedded (PDF/A-3).
  Result<std::string> typeset(const compose::ComposedDocument& composed,
                              std::vector<AttachedFile> attachments = {}) const;

  std::shared_ptr<const font::FontFamily> fonts_;
  std::shared_ptr<const layout::Hyphenator> hyphenator_;  // null: no hyphenation
  std::shared_ptr<const compose::TemplateStore> templates_;
  // Compressed font subsets of recent documents; thread-safe, hence usable
  // from the const render().
  std::unique_ptr<pdf::FontProgramCache> font_programs_ = std::make_unique<pdf::FontProgramCache>();
  layout::LayoutStyle style_;
};

}  // namespace sygedok::render
