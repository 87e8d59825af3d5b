#include "pdf/object_streams.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <vector>

namespace sygedok::pdf {

namespace {

// One object of the input: its number and the bytes from "N 0 obj" up to
// the next object (or the cross-reference table).
struct SourceObject {
  std::uint32_t number = 0;
  std::size_t begin = 0, end = 0;
};

// Where an object is in the output (cross-reference stream entry types 1 and 2).
struct Location {
  std::uint8_t type = 0;        // 0 free, 1 at an offset, 2 in the object stream
  std::uint32_t field2 = 0;     // offset, or the object stream's number
  std::uint16_t field3 = 0;     // generation, or the index in the object stream
};

constexpr std::string_view kWhitespace = " \t\r\n\f";

std::string_view trim(std::string_view text) {
  const auto first = text.find_first_not_of(kWhitespace);
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(kWhitespace) - first + 1);
}

template <typename T>
bool parse_number(std::string_view text, std::size_t& at, T& value) {
  while (at < text.size() && kWhitespace.find(text[at]) != std::string_view::npos) ++at;
  auto [end, ec] = std::from_chars(text.data() + at, text.data() + text.size(), value);
  if (ec != std::errc()) return false;
  at = static_cast<std::size_t>(end - text.data());
  return true;
}

// "/Key value" from the trailer, up to the end of its line (libharu writes
// one key a line), or empty.
std::string_view trailer_entry(std::string_view trailer, std::string_view key) {
  const auto at = trailer.find(key);
  if (at == std::string_view::npos) return {};
  const auto end = trailer.find_first_of("\r\n", at);
  return trailer.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at);
}

// The objects listed in the classic cross-reference table at `xref`, in
// file order, each reaching to the next; false when the table is malformed.
bool read_objects(std::string_view pdf, std::size_t xref, std::vector<SourceObject>& objects,
                  std::size_t& trailer_at) {
  if (pdf.substr(xref, 4) != "xref") return false;
  std::size_t at = xref + 4;
  for (;;) {
    while (at < pdf.size() && kWhitespace.find(pdf[at]) != std::string_view::npos) ++at;
    if (pdf.substr(at, 7) == "trailer") break;
    std::uint32_t first = 0, count = 0;
    if (!parse_number(pdf, at, first) || !parse_number(pdf, at, count)) return false;
    while (at < pdf.size() && (pdf[at] == ' ' || pdf[at] == '\r' || pdf[at] == '\n')) ++at;
    for (std::uint32_t i = 0; i < count; ++i, at += 20) {
      if (at + 20 > pdf.size()) return false;
      const std::string_view entry = pdf.substr(at, 20);
      if (entry[17] != 'n') continue;
      std::size_t offset = 0, pos = 0;
      if (!parse_number(entry, pos, offset) || offset >= xref) return false;
      objects.push_back({first + i, offset, 0});
    }
  }
  trailer_at = at;
  std::sort(objects.begin(), objects.end(), [](const auto& a, const auto& b) { return a.begin < b.begin; });
  for (std::size_t i = 0; i < objects.size(); ++i) {
    objects[i].end = i + 1 < objects.size() ? objects[i + 1].begin : xref;
    const std::string header = std::to_string(objects[i].number) + " 0 obj";
    if (pdf.substr(objects[i].begin, header.size()) != header) return false;
  }
  return !objects.empty();
}

// The object's value: what lies between "N 0 obj" and "endobj".
std::string_view object_body(std::string_view pdf, const SourceObject& object) {
  std::string_view text = pdf.substr(object.begin, object.end - object.begin);
  text = trim(text.substr(text.find("obj") + 3));
  if (text.size() < 6 || text.substr(text.size() - 6) != "endobj") return {};
  return trim(text.substr(0, text.size() - 6));
}

bool is_stream(std::string_view body) { return body.size() >= 9 && body.substr(body.size() - 9) == "endstream"; }

void append_big_endian(std::string& out, std::uint64_t value, int bytes) {
  for (int i = bytes - 1; i >= 0; --i) out.push_back(static_cast<char>((value >> (8 * i)) & 0xFF));
}

}  // namespace

std::optional<std::string> pack_object_streams(std::string_view pdf, FlateCompressor& flate) {
  const auto startxref = pdf.rfind("startxref");
  if (startxref == std::string_view::npos) return std::nullopt;
  std::size_t at = startxref + 9, xref = 0;
  if (!parse_number(pdf, at, xref) || xref >= pdf.size()) return std::nullopt;
  std::vector<SourceObject> objects;
  std::size_t trailer_at = 0;
  if (!read_objects(pdf, xref, objects, trailer_at)) return std::nullopt;
  const std::string_view trailer = pdf.substr(trailer_at, startxref - trailer_at);
  const std::string_view root = trailer_entry(trailer, "/Root"), info = trailer_entry(trailer, "/Info"),
                         id = trailer_entry(trailer, "/ID");
  if (root.empty()) return std::nullopt;

  std::uint32_t size = 0;
  for (const auto& object : objects) size = std::max(size, object.number + 1);
  const std::uint32_t object_stream = size, xref_stream = size + 1;
  std::vector<Location> locations(size + 2);
  locations[0] = {0, 0, 0xFFFF};

  std::string out(pdf.substr(0, objects.front().begin));
  std::string index, bodies;
  std::uint16_t packed = 0;
  for (const auto& object : objects) {
    const std::string_view body = object_body(pdf, object);
    if (body.empty()) return std::nullopt;
    if (is_stream(body)) {
      locations[object.number] = {1, static_cast<std::uint32_t>(out.size()), 0};
      out.append(pdf.substr(object.begin, object.end - object.begin));
      continue;
    }
    index += std::to_string(object.number) + ' ' + std::to_string(bodies.size()) + ' ';
    bodies.append(body);
    bodies.push_back('\n');
    locations[object.number] = {2, object_stream, packed++};
  }

  std::string compressed;
  if (packed > 0) {
    if (!flate.compress(index + bodies, compressed)) return std::nullopt;
    locations[object_stream] = {1, static_cast<std::uint32_t>(out.size()), 0};
    out += std::to_string(object_stream) + " 0 obj\n<</Type/ObjStm/N " + std::to_string(packed) + "/First " +
           std::to_string(index.size()) + "/Filter/FlateDecode/Length " + std::to_string(compressed.size()) +
           ">>\nstream\n";
    out += compressed;
    out += "\nendstream\nendobj\n";
  }

  // Entries of 1 + 4 + 2 bytes: type, offset or object stream, generation or index.
  const std::size_t xref_offset = out.size();
  locations[xref_stream] = {1, static_cast<std::uint32_t>(xref_offset), 0};
  std::string table;
  table.reserve(locations.size() * 7);
  for (const auto& location : locations) {
    append_big_endian(table, location.type, 1);
    append_big_endian(table, location.field2, 4);
    append_big_endian(table, location.field3, 2);
  }
  if (!flate.compress(table, compressed)) return std::nullopt;
  out += std::to_string(xref_stream) + " 0 obj\n<</Type/XRef/Size " + std::to_string(locations.size()) +
         "/W[1 4 2]\n";
  out += root;
  out += '\n';
  if (!info.empty()) (out += info) += '\n';
  if (!id.empty()) (out += id) += '\n';
  out += "/Filter/FlateDecode/Length " + std::to_string(compressed.size()) + ">>\nstream\n";
  out += compressed;
  out += "\nendstream\nendobj\nstartxref\n" + std::to_string(xref_offset) + "\n%%EOF\n";
  return out;
}

}  // namespace sygedok::pdf
