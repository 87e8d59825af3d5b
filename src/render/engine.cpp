#include "render/engine.h"

#include "compose/document_kinds.h"
#include "core/text.h"
#include "digitalpost/envelope.h"
#include "digitalpost/memo_rules.h"
#include "layout/first_page.h"
#include "markup/markdown_parser.h"
#include "model/json_input.h"
#include "pdf/image_check.h"
#include "pdf/pdf_writer.h"
#include "render/input_text_check.h"

namespace sygedok::render {

namespace {

// What the templates tree's profile asks that only later stages can judge:
// whether the PDF writer can embed the logo, and whether the fonts can draw
// every wording. Checked once at start, so no document fails on them later.
Diagnostics profile_problems(const compose::OrganisationProfile& profile, const FontMetrics& fonts) {
  Diagnostics problems;
  const std::string where = "Organisationsprofilen »" + profile.origin + "«, ";
  if (profile.logo)
    for (const auto& d : pdf::check_image(*profile.logo->image))
      problems.push_back(error("", "profile_error", where + "logo.file: »" + profile.logo->file + "«: " + d.message));
  for (const auto& [name, text] : profile.wordings) {
    auto code_points = decode_utf8(text);
    if (!code_points) continue;  // the profile loader refuses invalid UTF-8
    for (char32_t c : *code_points)
      if (!fonts.has_glyph(FontStyle::Regular, c)) {
        problems.push_back(error("", "profile_error",
                                 where + "wordings." + name + ": tegnet " + code_point_label(c) +
                                     " findes ikke i dokumentets skrifttype."));
        break;
      }
  }
  return problems;
}

}  // namespace

Result<std::shared_ptr<const Engine>> Engine::create(const EngineOptions& options) {
  auto fonts = font::FontFamily::load_embedded();
  if (!fonts) return Result<std::shared_ptr<const Engine>>::failure(fonts.take_diagnostics());
  auto templates = compose::TemplateStore::load(options.templates_dir);
  if (!templates) return Result<std::shared_ptr<const Engine>>::failure(templates.take_diagnostics());
  Diagnostics profile = profile_problems(templates.value()->profile(), *fonts.value());
  if (!profile.empty()) return Result<std::shared_ptr<const Engine>>::failure(std::move(profile));
  layout::HyphenationExceptions exceptions;
  Diagnostics list_problems;
  for (const auto& list : templates.value()->hyphenation_exceptions())
    append(list_problems, exceptions.add(list.text, list.origin));
  if (!list_problems.empty()) return Result<std::shared_ptr<const Engine>>::failure(std::move(list_problems));
  // Without the Danish patterns documents still render, only without hyphens.
  auto hyphenator = layout::Hyphenator::load(options.hyphenation_dictionary, std::move(exceptions));
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

namespace {

bool is_at_or_under(const std::string& path, const std::string& ancestor) {
  if (path.size() < ancestor.size() || path.compare(0, ancestor.size(), ancestor) != 0) return false;
  return path.size() == ancestor.size() || ancestor.empty() || path[ancestor.size()] == '.' ||
         path[ancestor.size()] == '[';
}

// Adds the envelope's problems to the document's, except those at (or under)
// a path where the document's reader already found an error: both read the
// shared members (sender, employee, …) and would say the same twice.
void add_envelope_problems(Diagnostics& all, const Diagnostics& envelope) {
  std::vector<std::string> error_paths;
  for (const auto& d : all)
    if (d.severity == Severity::Error) error_paths.push_back(d.path);
  for (const auto& d : envelope) {
    bool reported = false;
    for (const auto& path : error_paths) reported = reported || is_at_or_under(d.path, path);
    if (!reported) all.push_back(d);
  }
}

}  // namespace

Result<compose::ComposedDocument> Engine::compose(std::string_view kind, std::string_view json,
                                                  compose::Delivery delivery, Poco::JSON::Object::Ptr* parsed,
                                                  model::ArchiveOptions* archive) const {
  auto input = model::parse_json_object(json);
  if (!input) return Result<compose::ComposedDocument>::failure(input.take_diagnostics());
  if (parsed) *parsed = input.value();
  Diagnostics text_problems = normalize_and_check_text(*input.value(), *fonts_);
  auto composed = compose::compose_document(kind, *input.value(), *templates_, delivery);
  Diagnostics archive_problems;
  const model::ArchiveOptions archive_options = model::read_archive_options(*input.value(), archive_problems);
  if (archive) *archive = archive_options;
  if (text_problems.empty() && !has_errors(archive_problems) && composed) {
    for (auto& d : archive_problems) composed.value().warnings.push_back(std::move(d));
    return composed;
  }
  // Report the characters together with every other problem of the input.
  Diagnostics all = std::move(text_problems);
  for (auto& d : composed.take_diagnostics()) all.push_back(std::move(d));
  for (auto& d : archive_problems) all.push_back(std::move(d));
  return Result<compose::ComposedDocument>::failure(std::move(all));
}

namespace {

// The request itself, byte for byte, when "archive": {"embed_source": true}
// asks for it (docs/pdfa.md).
std::vector<AttachedFile> archived_files(const model::ArchiveOptions& archive, std::string_view json,
                                         const DocumentInfo& info) {
  if (!archive.embed_source) return {};
  AttachedFile source;
  source.name = "kilde.json";
  source.mime_type = "application/json";
  source.description = "Kildedata: den JSON-forespørgsel, dokumentet er dannet ud fra";
  source.relationship = FileRelationship::Source;
  source.modified = info.created;
  source.bytes = std::string(json);
  return {std::move(source)};
}

}  // namespace

Diagnostics Engine::validate(std::string_view kind, std::string_view json) const {
  auto composed = compose(kind, json, compose::Delivery::DigitalPost);
  if (!composed) return composed.diagnostics();
  return composed.value().warnings;
}

namespace {

// What the envelope's kombi channel tells the document about its delivery:
// physical post as physical post; "Automatisk Valg" and NemSMS leave it to
// each recipient, so the document does not name a channel.
compose::Delivery delivery_by(const std::optional<digitalpost::KombiChannel>& kombi) {
  if (!kombi || *kombi == digitalpost::KombiChannel::DigitalPost) return compose::Delivery::DigitalPost;
  if (*kombi == digitalpost::KombiChannel::PhysicalPost) return compose::Delivery::PhysicalPost;
  return compose::Delivery::Unstated;
}

// Page 1's logo (from the organisation profile) and window address (from the
// composed letter) for layout.
layout::FirstPage first_page(const compose::ComposedDocument& composed, const compose::OrganisationProfile& profile) {
  layout::FirstPage page;
  if (profile.logo) {
    // Without a text of its own the logo is named after the sending organisation.
    std::string alt = profile.logo->alt;
    if (alt.empty()) alt = composed.info.author.empty() ? "Organisationens logo" : "Logo for " + composed.info.author;
    page.logo = layout::PageLogo{profile.logo->image, mm(profile.logo->width_mm), mm(profile.logo->height_mm),
                                 profile.logo->position == compose::LogoPosition::TopLeft, std::move(alt)};
  }
  if (composed.window_address) {
    layout::WindowAddress window;
    window.return_address = composed.window_address->return_address;
    for (const auto& line : composed.window_address->recipient) window.recipient.push_back({line.text, line.path});
    page.window = std::move(window);
  }
  return page;
}

}  // namespace

Result<std::string> Engine::typeset(const compose::ComposedDocument& composed,
                                    std::vector<AttachedFile> attachments) const {
  auto blocks = markup::parse_markdown(composed.markdown);
  if (!blocks) return Result<std::string>::failure(blocks.take_diagnostics());
  auto frame = layout::lay_out(blocks.value(), *fonts_, hyphenator_.get(), style_, composed.info,
                               first_page(composed, templates_->profile()));
  if (!frame) return Result<std::string>::failure(frame.take_diagnostics());
  frame.value().attachments = std::move(attachments);
  return pdf::write_pdf(frame.value(), *fonts_, {.font_programs = font_programs_.get()});
}

Result<RenderedDocument> Engine::render(std::string_view kind, std::string_view json) const {
  model::ArchiveOptions archive;
  auto composed = compose(kind, json, compose::Delivery::DigitalPost, nullptr, &archive);
  if (!composed) return Result<RenderedDocument>::failure(composed.take_diagnostics());
  auto pdf = typeset(composed.value(), archived_files(archive, json, composed.value().info));
  if (!pdf) return Result<RenderedDocument>::failure(pdf.take_diagnostics());
  return Result<RenderedDocument>::success({std::move(pdf).take(), std::move(composed.value().warnings)});
}

Result<RenderedLetter> Engine::render_with_envelope(std::string_view kind, std::string_view json,
                                                    const digitalpost::MemoOptions& options) const {
  if (const compose::DocumentKind* known = compose::find_document_kind(kind); known && !known->to_employee)
    return Result<RenderedLetter>::failure(
        error("", "not_a_letter",
              "Dokumenttypen »" + std::string(kind) +
                  "« er ikke et brev til en medarbejder og kan ikke sendes med Digital Post. Hent den som PDF."));
  Poco::JSON::Object::Ptr input;
  model::ArchiveOptions archive;
  auto composed = compose(kind, json, delivery_by(options.kombi), &input, &archive);
  if (!input) return Result<RenderedLetter>::failure(composed.take_diagnostics());
  auto envelope = digitalpost::read_envelope_input(*input);
  Diagnostics all = composed.take_diagnostics();
  add_envelope_problems(all, envelope.diagnostics());
  if (!composed || !envelope) return Result<RenderedLetter>::failure(std::move(all));
  auto pdf = typeset(composed.value(), archived_files(archive, json, composed.value().info));
  if (!pdf) return Result<RenderedLetter>::failure(pdf.take_diagnostics());
  digitalpost::EnvelopeInput envelope_input = envelope.value();
  std::size_t next = 0;  // each companion its own PDF, before the request's own attachments
  for (const auto& companion : composed.value().companions) {
    auto companion_pdf = typeset({companion.markdown, companion.info});
    if (!companion_pdf) return Result<RenderedLetter>::failure(companion_pdf.take_diagnostics());
    envelope_input.attachments.insert(
        envelope_input.attachments.begin() + static_cast<std::ptrdiff_t>(next++),
        {digitalpost::safe_file_name(companion.info.title, ".pdf"), "application/pdf", companion.info.title,
         std::move(companion_pdf).take()});
  }
  const bool address_in_window = composed.value().window_address.has_value();
  auto memo = digitalpost::make_envelope(
      envelope_input,
      {kind, composed.value().info, pdf.value(), address_in_window, composed.value().reply_by,
       composed.value().calendar_entry},
      options);
  for (const auto& d : memo.diagnostics()) all.push_back(d);
  if (!memo) return Result<RenderedLetter>::failure(std::move(all));
  // As render(): on success the warnings are in the value.
  return Result<RenderedLetter>::success({std::move(pdf).take(), std::move(memo).take(), std::move(all)});
}

}  // namespace sygedok::render
