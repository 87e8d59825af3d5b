#include "render/input_text_check.h"

#include <Poco/JSON/Array.h>

#include <set>
#include <string>

#include "core/text.h"
#include "model/envelope_members.h"

namespace sygedok::render {
namespace {

bool is_allowed_control(char32_t c) { return c == U'\n' || c == U'\r' || c == U'\t'; }

bool drawable(const FontMetrics& fonts, char32_t c) {
  if (is_allowed_control(c)) return true;
  if (c < 0x20 || (c >= 0x7F && c < 0xA0)) return false;
  for (int style = 0; style < kFontStyleCount; ++style)
    if (!fonts.has_glyph(static_cast<FontStyle>(style), c)) return false;
  return true;
}

class TextChecker {
 public:
  explicit TextChecker(const FontMetrics& fonts) : fonts_(fonts) {}

  void visit(Poco::JSON::Object& object, const std::string& path) {
    std::vector<std::string> names;
    object.getNames(names);
    for (const auto& name : names) {
      // The envelope's members are never drawn (attachments travel as files); digitalpost checks them.
      if (path.empty() && model::is_envelope_member(name)) continue;
      std::string child = path.empty() ? name : path + "." + name;
      Poco::Dynamic::Var value = object.get(name);
      if (auto replaced = visit_value(value, child)) object.set(name, *replaced);
    }
  }

  Diagnostics take() { return std::move(problems_); }

 private:
  // Returns a replacement for string values that changed under NFC.
  std::optional<Poco::Dynamic::Var> visit_value(Poco::Dynamic::Var& value, const std::string& path) {
    if (value.type() == typeid(Poco::JSON::Object::Ptr)) {
      Poco::JSON::Object::Ptr object = value.extract<Poco::JSON::Object::Ptr>();
      visit(*object, path);
    } else if (value.type() == typeid(Poco::JSON::Array::Ptr)) {
      Poco::JSON::Array::Ptr array = value.extract<Poco::JSON::Array::Ptr>();
      for (std::size_t i = 0; i < array->size(); ++i) {
        Poco::Dynamic::Var element = array->get(static_cast<unsigned>(i));
        if (auto replaced = visit_value(element, path + "[" + std::to_string(i) + "]"))
          array->set(static_cast<unsigned>(i), *replaced);
      }
    } else if (value.isString()) {
      const std::string& text = value.extract<std::string>();
      std::string normalized = normalize_nfc(text);
      check(normalized, path);
      if (normalized != text) return Poco::Dynamic::Var(normalized);
    }
    return std::nullopt;
  }

  void check(const std::string& text, const std::string& path) {
    auto decoded = decode_utf8(text);
    if (!decoded) {
      problems_.push_back(error(path, "invalid_utf8", "Teksten er ikke gyldig UTF-8."));
      return;
    }
    std::set<char32_t> reported;
    for (char32_t c : *decoded) {
      if (drawable(fonts_, c) || !reported.insert(c).second) continue;
      std::string shown;
      if (c >= 0x20 && !(c >= 0x7F && c < 0xA0)) shown = " (" + encode_utf8(std::u32string(1, c)) + ")";
      problems_.push_back(error(path, "unsupported_character",
                                "Tegnet " + code_point_label(c) + shown +
                                    " kan ikke skrives i dokumentet. Skriv teksten uden det, "
                                    "eller brug et tilsvarende bogstav."));
    }
  }

  const FontMetrics& fonts_;
  Diagnostics problems_;
};

}  // namespace

Diagnostics normalize_and_check_text(Poco::JSON::Object& input, const FontMetrics& fonts) {
  TextChecker checker(fonts);
  checker.visit(input, "");
  return checker.take();
}

}  // namespace sygedok::render
