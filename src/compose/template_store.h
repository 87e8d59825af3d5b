#pragma once
// TemplateStore: the Mustache templates, compiled once at start-up.
//
// Templates are named by their path under templates/ without ".mustache":
// "referat/referat", "partials/letterhead". The built-in ones are compiled
// into the binary (core/resources.h); a directory given at run time overlays
// them, with the same layout (DIR/referat/referat.mustache,
// DIR/partials/signatures.mustache): a file there replaces the built-in
// template of the same name or adds a new one.
//
// Partials ({{> letterhead}}, looked up as "letterhead", then as
// "partials/letterhead") are inlined when the store is loaded, so a missing
// or recursive partial is an error at load time, never a silent blank at
// render time. Every {{value}} is written through escape_markdown(); tags
// that bypass it ({{{value}}}, {{&value}}) and changed delimiters ({{=…=}})
// are refused at load, so input text can never become Markdown structure.
//
// The store also holds the organisation profile of the same templates tree
// (compose/organisation_profile.h: logo and named wordings; DIR/profile.json
// overlays templates/profile.json) and the texts of its hyphenation
// exception lists (templates/hyphenation-da.txt, then DIR/hyphenation-da.txt;
// layout/hyphenation_exceptions.h reads them), and the follow-up policies
// (templates/policies/*.json overlaid by DIR/policies/*.json,
// plan/policy_set.h), one of which the profile names.
//
// Thread-safety: immutable after load. render() copies the compiled
// template and renders the copy (kainjow leaves a template unusable after a
// render error), so any number of threads may render at once.
#include <kainjow/mustache.hpp>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compose/organisation_profile.h"
#include "core/result.h"
#include "dialogue/dialogue_tool.h"
#include "plan/policy_set.h"

namespace sygedok::compose {

// The text of one template and where it came from. Plain data.
struct TemplateSource {
  std::string text;
  std::string origin;  // for messages: "indbygget" or the overlay file's path
};

class TemplateStore {
 public:
  // Built-in templates overlaid by the *.mustache files under `overlay_dir`,
  // and the organisation profile overlaid by `overlay_dir`/profile.json.
  // Errors: "templates_dir" (missing or unreadable directory), "template_read",
  // "template_error" (syntax, forbidden tag, unknown or recursive partial),
  // "profile_error" (also: a policy the policies do not have),
  // "policy_error", "dialogue_error"; all of them, not only the first.
  static Result<std::shared_ptr<const TemplateStore>> load(const std::optional<std::string>& overlay_dir = {});
  // Templates from memory (name → source): for tests and tools; with the
  // built-in profile unless one is given.
  static Result<std::shared_ptr<const TemplateStore>> from_sources(std::map<std::string, TemplateSource> sources);
  static Result<std::shared_ptr<const TemplateStore>> from_sources(std::map<std::string, TemplateSource> sources,
                                                                   OrganisationProfile profile);

  const OrganisationProfile& profile() const { return profile_; }
  const plan::PolicySet& policies() const { return *policies_; }
  const dialogue::DialogueTool& dialogue() const { return *dialogue_; }
  // The built-in list first, then the overlay's when it has one.
  const std::vector<TemplateSource>& hyphenation_exceptions() const { return hyphenation_exceptions_; }

  bool contains(std::string_view name) const;
  std::vector<std::string> names() const;
  const std::string& origin(std::string_view name) const;  // "" for an unknown name

  // Errors: "template_missing", "template_error" (a render failure).
  Result<std::string> render(std::string_view name, const kainjow::mustache::data& data) const;

 private:
  static Result<std::shared_ptr<const TemplateStore>> compile(std::map<std::string, TemplateSource> sources,
                                                              OrganisationProfile profile,
                                                              std::optional<TemplateSource> overlay_exceptions,
                                                              std::shared_ptr<const plan::PolicySet> policies,
                                                              std::shared_ptr<const dialogue::DialogueTool> dialogue);

  struct Compiled {
    kainjow::mustache::mustache mustache;
    std::string origin;
  };
  std::map<std::string, Compiled, std::less<>> templates_;
  OrganisationProfile profile_;
  std::vector<TemplateSource> hyphenation_exceptions_;
  std::shared_ptr<const plan::PolicySet> policies_;
  std::shared_ptr<const dialogue::DialogueTool> dialogue_;
};

}  // namespace sygedok::compose
