#include "wording_catalogue.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <vector>

namespace sygedok::e2e {
namespace {

namespace fs = std::filesystem;

std::string trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return "";
  const auto last = text.find_last_not_of(" \t");
  return std::string(text.substr(first, last - first + 1));
}

// A piece of a template line: literal text, or a tag with its sigil
// ('#', '^', '/', '!', '>', or 0 for a value) and its name.
struct Piece {
  bool tag = false;
  char sigil = 0;
  std::string text;  // the literal, or the tag's name (a comment's whole text)
};

std::vector<Piece> pieces_of(std::string_view line) {
  std::vector<Piece> pieces;
  std::size_t at = 0;
  while (at < line.size()) {
    const auto open = line.find("{{", at);
    if (open == std::string_view::npos) {
      pieces.push_back({false, 0, std::string(line.substr(at))});
      break;
    }
    if (open > at) pieces.push_back({false, 0, std::string(line.substr(at, open - at))});
    const auto close = line.find("}}", open);
    if (close == std::string_view::npos) {
      pieces.push_back({false, 0, std::string(line.substr(open))});
      break;
    }
    std::string inner = trim(line.substr(open + 2, close - open - 2));
    char sigil = 0;
    if (!inner.empty() && std::string_view("#^/!>").find(inner[0]) != std::string_view::npos) {
      sigil = inner[0];
      inner = trim(std::string_view(inner).substr(1));
    }
    pieces.push_back({true, sigil, inner});
    at = close + 2;
  }
  return pieces;
}

bool is_standalone_tag(const std::vector<Piece>& pieces) {
  int tags = 0;
  for (const auto& p : pieces) {
    if (p.tag && p.sigil != 0) ++tags;
    else if (p.tag || !trim(p.text).empty()) return false;
  }
  return tags == 1;
}

// Whether the line has words of its own, not only values.
bool has_literal_letters(const std::vector<Piece>& pieces) {
  for (const auto& p : pieces)
    if (!p.tag)
      for (unsigned char c : p.text)
        if (std::isalpha(c) || c >= 0xC3) return true;
  return false;
}

void replace_all(std::string& text, std::string_view from, std::string_view to) {
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
}

struct Section {
  std::string name;
  bool negated = false;
};

using Glossary = std::map<std::string, std::string>;

// Every "{{! når NAME: meaning }}" of a template added to `glossary`; a name
// given two different meanings is returned in `conflicts`.
void collect_glossary(std::string_view text, Glossary& glossary, std::string& conflicts) {
  for (const auto& piece : pieces_of(text)) {
    if (!piece.tag || piece.sigil != '!' || piece.text.rfind("når ", 0) != 0) continue;
    const auto colon = piece.text.find(':');
    if (colon == std::string::npos) continue;
    const std::string name = trim(std::string_view(piece.text).substr(4, colon - 4));
    const std::string meaning = trim(std::string_view(piece.text).substr(colon + 1));
    auto [at, added] = glossary.emplace(name, meaning);
    if (!added && at->second != meaning) conflicts += name + " ";
  }
}

class TemplateWording {
 public:
  explicit TemplateWording(const Glossary& glossary) : glossary_(glossary) {}

  std::string run(std::string_view text) {
    std::istringstream lines{std::string(text)};
    std::string line;
    while (std::getline(lines, line)) take(line);
    return out_.str();
  }

 private:
  void take(const std::string& line) {
    const auto pieces = pieces_of(line);
    if (is_standalone_tag(pieces)) {
      const Piece& tag = *std::find_if(pieces.begin(), pieces.end(), [](const Piece& p) { return p.tag; });
      if (tag.sigil == '#' || tag.sigil == '^') blocks_.push_back({tag.text, tag.sigil == '^'});
      if (tag.sigil == '/' && !blocks_.empty()) blocks_.pop_back();
      if (tag.sigil == '!') comment(tag.text);
      return;
    }
    const std::string plain = trim(line);
    if (plain.empty() || plain.rfind("<!--", 0) == 0 || plain.rfind("|---", 0) == 0 || plain == "| | |" ||
        plain == "| | | | |")
      return;
    if (plain.rfind("## ", 0) == 0) {  // written before its first line; a heading of values only is left out
      heading_ = plain.substr(3);
      return;
    }
    if (plain.rfind("# ", 0) == 0) return;  // the title: ‹title›
    if (!has_literal_letters(pieces)) return;
    if (!heading_.empty()) out_ << "\n### " << heading_ << "\n\n";
    heading_.clear();
    out_ << "- " << rendered(pieces);
    std::string when = conditions();
    if (!when.empty()) out_ << " — *når:* " << when;
    if (!source_.empty()) out_ << " — *kilde:* " << source_;
    out_ << "\n";
    source_.clear();
  }

  void comment(const std::string& text) {
    if (text.rfind("kilde:", 0) == 0) source_ = trim(std::string_view(text).substr(6));
  }

  std::string meaning(const Section& s) const {
    const std::string key = (s.negated ? "ikke " : "") + s.name;
    if (auto found = glossary_.find(key); found != glossary_.end()) return found->second;
    if (auto found = glossary_.find(s.name); found != glossary_.end())
      return s.negated ? "ikke: " + found->second : found->second;
    return (s.negated ? "ikke " : "") + s.name;
  }

  // "[hvis …: " for a condition, "[for hver …: " for a list.
  std::string opening(const Section& s) const {
    const std::string said = meaning(s);
    return said.rfind("for hver ", 0) == 0 ? "[" + said + ": " : "[hvis " + said + ": ";
  }

  std::string conditions() const {
    std::string all;
    for (const auto& s : blocks_) all += (all.empty() ? "" : "; ") + meaning(s);
    return all;
  }

  std::string rendered(const std::vector<Piece>& pieces) const {
    std::vector<Section> inline_sections;
    std::vector<std::size_t> opened_at;  // where each open inline section's "[hvis …: " starts
    std::string text;
    for (const auto& p : pieces) {
      if (!p.tag) {
        text += p.text;
      } else if (p.sigil == 0) {
        std::string name = p.text;
        if (name == ".") name = !inline_sections.empty() ? inline_sections.back().name
                                : !blocks_.empty()        ? blocks_.back().name
                                                          : name;
        text += "‹" + name + "›";
      } else if (p.sigil == '#' || p.sigil == '^') {
        inline_sections.push_back({p.text, p.sigil == '^'});
        opened_at.push_back(text.size());
        text += opening(inline_sections.back());
      } else if (p.sigil == '/' && !inline_sections.empty()) {
        // A section that only prints its own value ("[hvis x: ‹x›]") is the value.
        const Section& s = inline_sections.back();
        const std::string open = opening(s), value = "‹" + s.name + "›";
        if (!s.negated && text.compare(opened_at.back(), std::string::npos, open + value) == 0)
          text.replace(opened_at.back(), std::string::npos, value);
        else
          text += "]";
        inline_sections.pop_back();
        opened_at.pop_back();
      }
    }
    replace_all(text, "**", "");
    replace_all(text, "  ", " ");  // a part's leading space after "[hvis …:"
    if (!text.empty() && text.back() == '\\') text.pop_back();  // a Markdown hard break
    text = trim(text);
    if (text.rfind("- ", 0) == 0) text.erase(0, 2);  // a list item is one bullet here too
    if (text.size() > 2 && text.front() == '|' && text.back() == '|') text = trim(text.substr(1, text.size() - 2));
    return text;
  }

  std::vector<Section> blocks_;
  const Glossary& glossary_;
  std::string heading_;
  std::string source_;
  std::ostringstream out_;
};

std::string read_text_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

constexpr std::string_view kIntro = R"(# Ordlyd: de faste sætninger i sygedoks dokumenter

Denne side viser hver fast tekst i skabelonerne, dokumenttype for
dokumenttype og i den rækkefølge, de står i dokumentet, så en kommunes HR
kan gennemgå ordlyden ét sted. Den er dannet af skabelonerne selv
(`tests/e2e/wording_catalogue.cpp`); en test holder den i takt med dem
(`SYGEDOK_UPDATE_GOLDEN=1 build/tests/test_e2e --gtest_filter='Wording*'`
skriver den igen efter en ændring).

Sådan læses den:

- ‹navn› er en værdi fra forespørgslen eller beregnet af den (for eksempel
  ‹meeting.when›, ‹return_by›). Hvad værdierne er, står i `docs/input.md`.
- [hvis …: tekst] er en del af sætningen, der kun kommer med, når
  betingelsen gælder.
- *når:* siger, hvornår linjen står i dokumentet; uden *når:* står den der
  altid.
- *kilde:* er reglen eller vejledningen, sætningen bygger på. Seeds er de
  kommunale vejledninger i `shared/seeds` (se `docs/warnings.md`). Uden
  kilde er det sygedoks egen formulering.
- Tekster, organisationen selv sætter i sin profil (‹wording.closing› osv.),
  står i `templates/profile.json` og `docs/organisation.md`.
)";

}  // namespace

std::string wording_of_template(std::string_view template_text) {
  Glossary glossary;
  std::string conflicts;
  collect_glossary(template_text, glossary, conflicts);
  return TemplateWording(glossary).run(template_text);
}

std::string wording_catalogue(const std::string& templates_dir, std::string& conflicts) {
  const fs::path root(templates_dir);
  const std::pair<const char*, const char*> kinds[] = {{"Indkaldelse", "indkaldelse/indkaldelse.mustache"},
                                                       {"Referat", "referat/referat.mustache"},
                                                       {"Notat", "notat/notat.mustache"},
                                                       {"Fastholdelsesplan", "fastholdelsesplan/fastholdelsesplan.mustache"},
                                                       {"Påmindelse om referat", "paamindelse/paamindelse.mustache"},
                                                       {"Anmodning om lægeerklæring", "laegeerklaering/laegeerklaering.mustache"},
                                                       {"Svar på anmodning om fastholdelsesplan", "svar_fastholdelsesplan/svar_fastholdelsesplan.mustache"},
                                                       {"Forberedelsesark (med hver indkaldelse)", "forberedelse/forberedelse.mustache"},
                                                       {"Fælles: brevhoved", "partials/letterhead.mustache"},
                                                       {"Fælles: underskrifter", "partials/signatures.mustache"},
                                                       {"Fælles: mødets tid og sted", "partials/meeting_slot.mustache"},
                                                       {"Fælles: link til videomødet", "partials/video_link.mustache"},
                                                       {"Fælles: sidehoved fra side 2", "partials/running_head.mustache"}};
  Glossary glossary;
  for (const auto& [title, file] : kinds) collect_glossary(read_text_file(root / file), glossary, conflicts);
  std::ostringstream out;
  out << kIntro;
  for (const auto& [title, file] : kinds) {
    out << "\n## " << title << "\n\nSkabelon: `templates/" << file << "`\n";
    std::string body = TemplateWording(glossary).run(read_text_file(root / file));
    if (body.rfind("\n###", 0) != 0) out << "\n";
    out << body;
  }
  return out.str();
}

}  // namespace sygedok::e2e
