#include "compose/template_store.h"

#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "compose/markdown_escape.h"
#include "core/resources.h"
#include "core/text.h"

namespace sygedok::compose {
namespace {

namespace fs = std::filesystem;
using StoreResult = Result<std::shared_ptr<const TemplateStore>>;
using Sources = std::map<std::string, TemplateSource>;

constexpr std::string_view kResourcePrefix = "templates/";
constexpr std::string_view kExtension = ".mustache";
constexpr int kMaxPartialDepth = 8;
constexpr std::string_view kExceptionsResource = "templates/hyphenation-da.txt";
constexpr std::string_view kExceptionsFile = "hyphenation-da.txt";

std::string trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  return std::string(text);
}

std::size_t line_at(std::string_view text, std::size_t offset) {
  std::size_t line = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i)
    if (text[i] == '\n') ++line;
  return line;
}

Diagnostic template_error(const std::string& name, const std::string& origin, const std::string& problem) {
  return error("", "template_error", "Skabelonen »" + name + "« (" + origin + ") kan ikke bruges: " + problem + ".");
}

// kainjow's English parse errors ("Unclosed section \"x\" at 120") in Danish, with a line number.
std::string explain_kainjow_error(const std::string& message, std::string_view text) {
  auto at = message.rfind(" at ");
  std::size_t offset = 0;
  bool has_offset = at != std::string::npos && std::sscanf(message.c_str() + at + 4, "%zu", &offset) == 1;
  std::string where = has_offset ? " (linje " + std::to_string(line_at(text, offset)) + ")" : "";
  auto quoted_name = [&] {
    auto first = message.find('"'), last = message.rfind('"');
    return first != std::string::npos && last > first ? message.substr(first + 1, last - first - 1) : std::string();
  };
  if (message.rfind("Unclosed tag", 0) == 0) return "et mærke {{ … }} bliver ikke lukket" + where;
  if (message.rfind("Unclosed section", 0) == 0) return "afsnittet {{#" + quoted_name() + "}} bliver ikke lukket" + where;
  if (message.rfind("Unopened section", 0) == 0)
    return "{{/" + quoted_name() + "}} lukker et afsnit, der ikke er åbnet" + where;
  return message;
}

// One {{…}} tag found by scan_tags.
struct Tag {
  std::size_t begin = 0, end = 0;  // [begin, end) covers the braces
  char kind = 0;                   // first character of the contents: '>', '&', '=', '{', '#', … or 0
  std::string name;                // contents after the kind character, trimmed
};

// The tags of a template with the default delimiters; nullopt when a tag is not closed.
std::optional<std::vector<Tag>> scan_tags(std::string_view text) {
  std::vector<Tag> tags;
  for (std::size_t pos = text.find("{{"); pos != std::string_view::npos; pos = text.find("{{", pos)) {
    Tag tag;
    tag.begin = pos;
    bool triple = pos + 2 < text.size() && text[pos + 2] == '{';
    std::size_t contents = pos + (triple ? 3 : 2);
    std::size_t close = text.find(triple ? "}}}" : "}}", contents);
    if (close == std::string_view::npos) return std::nullopt;
    tag.end = close + (triple ? 3 : 2);
    std::string inner = trim(text.substr(contents, close - contents));
    tag.kind = triple ? '{' : (inner.empty() ? 0 : inner[0]);
    tag.name = triple ? inner : trim(std::string_view(inner).substr(inner.empty() ? 0 : 1));
    pos = tag.end;
    tags.push_back(std::move(tag));
  }
  return tags;
}

// Problems with tags that the store does not allow (see template_store.h).
std::optional<std::string> forbidden_tag(std::string_view text, const std::vector<Tag>& tags) {
  for (const auto& tag : tags) {
    std::string where = " (linje " + std::to_string(line_at(text, tag.begin)) + ")";
    if (tag.kind == '{' || tag.kind == '&')
      return "{{{…}}} og {{&…}} er ikke tilladt, for værdier skal altid escapes til Markdown" + where;
    if (tag.kind == '=') return "skift af skilletegn ({{=…=}}) er ikke tilladt" + where;
  }
  return std::nullopt;
}

const Sources::value_type* find_partial(const Sources& sources, const std::string& name) {
  if (auto it = sources.find(name); it != sources.end()) return &*it;
  if (auto it = sources.find("partials/" + name); it != sources.end()) return &*it;
  return nullptr;
}

// `text` with every {{> partial}} replaced by the partial's own expansion.
bool expand_partials(const std::string& text, const Sources& sources, int depth, std::string& out,
                     std::string& problem) {
  auto tags = scan_tags(text);
  if (!tags) {
    problem = "et mærke {{ … }} bliver ikke lukket";
    return false;
  }
  std::size_t copied = 0;
  for (const auto& tag : *tags) {
    if (tag.kind != '>') continue;
    const auto* partial = find_partial(sources, tag.name);
    if (!partial) {
      problem = "delskabelonen »" + tag.name + "« findes ikke (linje " + std::to_string(line_at(text, tag.begin)) + ")";
      return false;
    }
    if (depth >= kMaxPartialDepth) {
      problem = "delskabelonerne inkluderer hinanden i ring (»" + tag.name + "«)";
      return false;
    }
    out.append(text, copied, tag.begin - copied);
    std::string expanded;
    if (!expand_partials(partial->second.text, sources, depth + 1, expanded, problem)) return false;
    if (!expanded.empty() && expanded.back() == '\n') expanded.pop_back();  // the tag's own line ends it
    out += expanded;
    copied = tag.end;
  }
  out.append(text, copied, std::string::npos);
  return true;
}

void read_overlay(const std::string& directory, Sources& sources, Diagnostics& problems) {
  std::error_code ec;
  if (!fs::is_directory(directory, ec)) {
    problems.push_back(error("", "templates_dir", "Skabelonmappen »" + directory + "« findes ikke."));
    return;
  }
  fs::recursive_directory_iterator it(directory, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const fs::path& path = it->path();
    if (!it->is_regular_file(ec) || path.extension() != kExtension) continue;
    std::string name = path.lexically_relative(directory).replace_extension().generic_string();
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in) {
      problems.push_back(error("", "template_read", "Skabelonen »" + path.string() + "« kunne ikke læses."));
      continue;
    }
    sources[name] = TemplateSource{text.str(), path.string()};
  }
  if (ec)
    problems.push_back(error("", "templates_dir", "Skabelonmappen »" + directory + "« kunne ikke læses: " + ec.message() + "."));
}

// DIR/hyphenation-da.txt, when there is one.
std::optional<TemplateSource> read_overlay_exceptions(const std::string& directory, Diagnostics& problems) {
  const fs::path path = fs::path(directory) / kExceptionsFile;
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  if (!in) {
    problems.push_back(error("", "template_read", "Orddelingslisten »" + path.string() + "« kunne ikke læses."));
    return std::nullopt;
  }
  return TemplateSource{text.str(), path.string()};
}

}  // namespace

StoreResult TemplateStore::load(const std::optional<std::string>& overlay_dir) {
  Sources sources;
  for (const auto& [key, bytes] : embedded_resources()) {
    std::string_view path = key;
    if (path.substr(0, kResourcePrefix.size()) != kResourcePrefix || path.size() <= kResourcePrefix.size() + kExtension.size() ||
        path.substr(path.size() - kExtension.size()) != kExtension)
      continue;
    std::string name(path.substr(kResourcePrefix.size(), path.size() - kResourcePrefix.size() - kExtension.size()));
    sources[name] = TemplateSource{std::string(bytes), "indbygget"};
  }
  Diagnostics problems;
  std::optional<TemplateSource> overlay_exceptions;
  if (overlay_dir) {
    read_overlay(*overlay_dir, sources, problems);
    overlay_exceptions = read_overlay_exceptions(*overlay_dir, problems);
  }
  if (!problems.empty()) return StoreResult::failure(std::move(problems));
  auto profile = load_organisation_profile(overlay_dir);
  auto policies = plan::PolicySet::load(overlay_dir);
  if (!policies) append(problems, policies.take_diagnostics());
  auto dialogue = dialogue::DialogueTool::load(overlay_dir);
  if (!dialogue) append(problems, dialogue.take_diagnostics());
  if (!profile) {
    // Report the templates' own problems too.
    append(problems, profile.take_diagnostics());
    auto templates = from_sources(std::move(sources), OrganisationProfile{});
    if (!templates) append(problems, templates.take_diagnostics());
    return StoreResult::failure(std::move(problems));
  }
  if (!problems.empty()) return StoreResult::failure(std::move(problems));
  return compile(std::move(sources), std::move(profile.value()), std::move(overlay_exceptions),
                 std::move(policies).take(), std::move(dialogue).take());
}

StoreResult TemplateStore::from_sources(std::map<std::string, TemplateSource> sources) {
  auto profile = load_organisation_profile();
  if (!profile) return StoreResult::failure(profile.take_diagnostics());
  return from_sources(std::move(sources), std::move(profile.value()));
}

StoreResult TemplateStore::from_sources(std::map<std::string, TemplateSource> sources, OrganisationProfile profile) {
  auto policies = plan::PolicySet::load();
  if (!policies) return StoreResult::failure(policies.take_diagnostics());
  auto dialogue = dialogue::DialogueTool::load();
  if (!dialogue) return StoreResult::failure(dialogue.take_diagnostics());
  return compile(std::move(sources), std::move(profile), std::nullopt, std::move(policies).take(),
                 std::move(dialogue).take());
}

StoreResult TemplateStore::compile(std::map<std::string, TemplateSource> sources, OrganisationProfile profile,
                                   std::optional<TemplateSource> overlay_exceptions,
                                   std::shared_ptr<const plan::PolicySet> policies,
                                   std::shared_ptr<const dialogue::DialogueTool> dialogue) {
  auto store = std::make_shared<TemplateStore>();
  // The profile names a policy the store has (none named: the built-in profile's is used).
  if (profile.policy.empty()) profile.policy = "dialogguide";
  if (!policies->find(profile.policy))
    return StoreResult::failure(error("", "profile_error",
                                      "Organisationsprofilen »" + profile.origin + "«, policy: »" + profile.policy +
                                          "« er ingen kendt opfølgningspolitik."));
  store->policies_ = std::move(policies);
  store->dialogue_ = std::move(dialogue);
  store->profile_ = std::move(profile);
  if (auto it = embedded_resources().find(std::string(kExceptionsResource)); it != embedded_resources().end())
    store->hyphenation_exceptions_.push_back(TemplateSource{std::string(it->second), "indbygget"});
  if (overlay_exceptions) store->hyphenation_exceptions_.push_back(std::move(*overlay_exceptions));
  Diagnostics problems;
  for (const auto& [name, source] : sources) {
    if (!decode_utf8(source.text)) {
      problems.push_back(template_error(name, source.origin, "filen er ikke gyldig UTF-8"));
      continue;
    }
    kainjow::mustache::mustache alone{source.text};
    if (!alone.is_valid()) {
      problems.push_back(template_error(name, source.origin, explain_kainjow_error(alone.error_message(), source.text)));
      continue;
    }
    auto tags = scan_tags(source.text);
    if (auto problem = tags ? forbidden_tag(source.text, *tags) : std::optional<std::string>("et mærke bliver ikke lukket")) {
      problems.push_back(template_error(name, source.origin, *problem));
      continue;
    }
    std::string expanded, problem;
    if (!expand_partials(source.text, sources, 0, expanded, problem)) {
      problems.push_back(template_error(name, source.origin, problem));
      continue;
    }
    kainjow::mustache::mustache compiled{expanded};
    if (!compiled.is_valid()) {
      problems.push_back(template_error(name, source.origin,
                                        "sammen med sine delskabeloner: " +
                                            explain_kainjow_error(compiled.error_message(), expanded)));
      continue;
    }
    compiled.set_custom_escape([](const std::string& value) { return escape_markdown(value); });
    store->templates_.emplace(name, Compiled{std::move(compiled), source.origin});
  }
  if (!problems.empty()) return StoreResult::failure(std::move(problems));
  return StoreResult::success(std::move(store));
}

bool TemplateStore::contains(std::string_view name) const { return templates_.find(name) != templates_.end(); }

std::vector<std::string> TemplateStore::names() const {
  std::vector<std::string> names;
  for (const auto& entry : templates_) names.push_back(entry.first);
  return names;
}

const std::string& TemplateStore::origin(std::string_view name) const {
  static const std::string kNone;
  auto it = templates_.find(name);
  return it == templates_.end() ? kNone : it->second.origin;
}

Result<std::string> TemplateStore::render(std::string_view name, const kainjow::mustache::data& data) const {
  auto it = templates_.find(name);
  if (it == templates_.end())
    return Result<std::string>::failure(
        error("", "template_missing", "Skabelonen »" + std::string(name) + "« findes ikke."));
  // A failed render leaves a kainjow template unusable: render a private copy.
  kainjow::mustache::mustache copy = it->second.mustache;
  std::string markdown = copy.render(data);
  if (!copy.is_valid())
    return Result<std::string>::failure(template_error(std::string(name), it->second.origin, copy.error_message()));
  return Result<std::string>::success(std::move(markdown));
}

}  // namespace sygedok::compose
