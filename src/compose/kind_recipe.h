#pragma once
// How one document kind is composed, as plain functions:
//   read     JSON → typed model, every problem with its path (src/model/),
//            warnings by the profile's settings (notice_working_days)
//   to_data  model → Mustache data (values as typed; the store escapes them)
//   info     model → PDF metadata
//   template_name in the TemplateStore ("referat/referat")
//   window_address  model → the recipient block of a letter that may be
//                   posted in a window envelope (null for other kinds)
//   reply_by        model → the date by which the employee is asked to
//                   return the document (null for kinds that ask nothing)
//   calendar_entry  model → whether the document calls to the request's
//                   "meeting" (null: never), for the envelope's AFTALE
//   companion       a template rendered with the same data (its title set
//                   to companion_title) into a document of its own: the
//                   preparation sheet of a summons, while the profile's
//                   preparation_sheet is on (empty: none); on paper
//                   (Delivery::PhysicalPost) an appendix of the document
//                   from a new page instead, rendered with "appendix" true
// Every template also gets "wording", the organisation profile's named
// texts (compose/organisation_profile.h), and "delivery" (delivery_data()).
// compose_with() runs them in order: a model with errors never reaches the
// template, so a missing required value is an error, never a blank.
// Adding a kind = a model with its reader, a recipe, template files and one
// line in document_kinds.cpp. Stateless; thread-safe.
#include <Poco/JSON/Object.h>

#include <string_view>

#include "compose/composed_document.h"
#include "compose/markdown_escape.h"
#include "compose/template_data.h"
#include "compose/template_store.h"
#include "core/result.h"

namespace sygedok::compose {

template <typename Model>
struct KindRecipe {
  Result<Model> (*read)(const Poco::JSON::Object& input, const model::ReadOptions& options);
  TemplateData (*to_data)(const Model& model);
  DocumentInfo (*info)(const Model& model);
  std::string_view template_name;
  std::optional<WindowAddress> (*window_address)(const Model& model) = nullptr;
  std::optional<model::Date> (*reply_by)(const Model& model) = nullptr;
  bool (*calendar_entry)(const Model& model) = nullptr;
  std::string_view companion_template = {};
  std::string_view companion_title = {};
};

template <typename Model>
Result<ComposedDocument> compose_with(const KindRecipe<Model>& recipe, const Poco::JSON::Object& input,
                                      const TemplateStore& templates, Delivery delivery) {
  auto model = recipe.read(input, templates.profile().reading);
  if (!model) return Result<ComposedDocument>::failure(model.take_diagnostics());
  Diagnostics warnings = model.diagnostics();
  TemplateData data = recipe.to_data(model.value());
  data.set("wording", wording_data(templates.profile()));
  data.set("delivery", delivery_data(delivery));
  add_signature_title(data, model.value().manager, templates.profile().signature_title);
  auto markdown = templates.render(recipe.template_name, data);
  std::optional<CompanionDocument> companion;
  if (markdown && !recipe.companion_template.empty() && templates.profile().preparation_sheet) {
    // On paper the companion is an appendix of the letter, from a new page;
    // otherwise a document of its own.
    const bool appendix = delivery == Delivery::PhysicalPost;
    TemplateData companion_data = data;
    companion_data.set("title", std::string(recipe.companion_title));
    companion_data.set("appendix", appendix);
    auto companion_markdown = templates.render(recipe.companion_template, companion_data);
    if (!companion_markdown)
      markdown = Result<std::string>::failure(companion_markdown.take_diagnostics());
    else if (appendix)
      markdown = Result<std::string>::success(markdown.value() + "\n\n<!-- sygedok:new-page -->\n\n" +
                                              companion_markdown.value());
    else
      companion = CompanionDocument{collapse_blank_lines(companion_markdown.value()), recipe.info(model.value())};
  }
  if (!markdown) {
    Diagnostics all = markdown.take_diagnostics();
    all.insert(all.end(), warnings.begin(), warnings.end());
    return Result<ComposedDocument>::failure(std::move(all));
  }
  ComposedDocument document{collapse_blank_lines(markdown.value()), recipe.info(model.value()), warnings,
                            recipe.window_address ? recipe.window_address(model.value()) : std::nullopt,
                            recipe.reply_by ? recipe.reply_by(model.value()) : std::nullopt,
                            recipe.calendar_entry && recipe.calendar_entry(model.value()),
                            {}};
  if (companion) {
    companion->info.title = std::string(recipe.companion_title);
    document.companions.push_back(std::move(*companion));
  }
  return Result<ComposedDocument>::success(std::move(document), std::move(warnings));
}

}  // namespace sygedok::compose
