// dump_frame(): the laid-out document as stable text, one line per item,
// coordinates rounded to two decimals, each item with the structure element
// it belongs to ("[P#3]"; artifacts have none), then the structure tree
// indented by depth; for golden tests and debugging.
#include <cmath>
#include <cstdio>
#include <string>

#include "layout/layout.h"

namespace sygedok::layout {
namespace {

std::string number(double value) {
  if (std::fabs(value) < 0.005) value = 0;  // no "-0.00"
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", value);
  return buffer;
}

// Font sizes as written in a style sheet: "10.5", "9", "15".
std::string size(double value) {
  std::string text = number(value);
  while (text.back() == '0') text.pop_back();
  if (text.back() == '.') text.pop_back();
  return text;
}

std::string point(const Point& p) { return number(p.x) + "," + number(p.y); }

std::string color(const Color& c) {
  if (c.r == c.g && c.g == c.b) return number(c.r);
  return number(c.r) + "/" + number(c.g) + "/" + number(c.b);
}

const char* style_code(FontStyle style) {
  switch (style) {
    case FontStyle::Bold: return "B";
    case FontStyle::Italic: return "I";
    case FontStyle::BoldItalic: return "BI";
    default: return "R";
  }
}

std::string quoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

// "P#3": an element's role and id.
std::string element_label(const DocumentStructure& structure, StructId id) {
  return std::string(role_name(structure[id].role)) + "#" + std::to_string(id);
}

void dump_element(const DocumentStructure& structure, StructId id, int depth, std::string& out) {
  const StructElement& element = structure[id];
  out += std::string(static_cast<std::size_t>(depth) * 2, ' ') + element_label(structure, id);
  if (element.scope != HeaderScope::None) out += element.scope == HeaderScope::Row ? " scope=row" : " scope=column";
  if (!element.alt.empty()) out += " alt=" + quoted(element.alt);
  out += '\n';
  for (StructId child : element.children) dump_element(structure, child, depth + 1, out);
}

void dump_item(const FrameItem& item, const DocumentStructure& structure, std::string& out) {
  if (const auto* text = std::get_if<TextItem>(&item)) {
    out += "text " + point(text->origin) + " " + style_code(text->style) + " " + size(text->size) + " " +
           quoted(text->text);
  } else if (const auto* line = std::get_if<LineItem>(&item)) {
    out += "line " + point(line->from) + " -> " + point(line->to) + " w" + number(line->width);
  } else if (const auto* rect = std::get_if<RectItem>(&item)) {
    out += "rect " + number(rect->rect.x) + "," + number(rect->rect.y) + " " + number(rect->rect.width) + "x" +
           number(rect->rect.height);
    if (rect->fill) out += " fill " + color(*rect->fill);
    if (rect->stroke) out += " stroke " + color(*rect->stroke) + " w" + number(rect->stroke_width);
  } else if (const auto* field = std::get_if<SignatureFieldItem>(&item)) {
    out += "sigfield " + number(field->rect.x) + "," + number(field->rect.y) + " " + number(field->rect.width) +
           "x" + number(field->rect.height) + " " + quoted(field->name);
  } else if (const auto* image = std::get_if<ImageItem>(&item)) {
    out += "image " + number(image->rect.x) + "," + number(image->rect.y) + " " + number(image->rect.width) + "x" +
           number(image->rect.height);
    if (image->image)
      out += std::string(image->image->format == ImageFormat::Png ? " png " : " jpeg ") +
             std::to_string(image->image->width_px) + "x" + std::to_string(image->image->height_px);
  }
  const StructId element = element_of(item);
  if (element >= 0 && static_cast<std::size_t>(element) < structure.elements.size())
    out += " [" + element_label(structure, element) + "]";
  out += '\n';
}

}  // namespace

std::string dump_frame(const FrameDocument& document) {
  std::string out;
  for (std::size_t i = 0; i < document.pages.size(); ++i) {
    const FramePage& page = document.pages[i];
    out += "page " + std::to_string(i + 1) + " " + number(page.size.width) + "x" + number(page.size.height) + "\n";
    for (const FrameItem& item : page.items) dump_item(item, document.structure, out);
  }
  if (!document.structure.empty()) {
    out += "structure\n";
    dump_element(document.structure, 0, 0, out);
  }
  return out;
}

}  // namespace sygedok::layout
