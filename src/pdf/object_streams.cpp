#include "pdf/object_streams.h"

#include "pdf/content_stream.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
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

void skip_whitespace(std::string_view text, std::size_t& at) {
  while (at < text.size() && kWhitespace.find(text[at]) != std::string_view::npos) ++at;
}

template <typename T>
bool parse_number(std::string_view text, std::size_t& at, T& value) {
  skip_whitespace(text, at);
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
    skip_whitespace(pdf, at);
    if (pdf.substr(at, 7) == "trailer") break;
    std::uint32_t first = 0, count = 0;
    if (!parse_number(pdf, at, first) || !parse_number(pdf, at, count)) return false;
    skip_whitespace(pdf, at);
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

// The pieces of the finished file as they are collected.
struct Output {
  std::string file;                 // header and top-level objects so far
  std::vector<Location> locations;  // per object number
  std::string index, bodies;        // the object stream's two parts
  std::uint16_t packed = 0;

  void top_level(std::uint32_t number, std::string_view body) {
    locations[number] = {1, static_cast<std::uint32_t>(file.size()), 0};
    append_integer(file, number);
    file += " 0 obj\n";
    file += body;
    file += "\nendobj\n";
  }
  void in_stream(std::uint32_t number, std::uint32_t object_stream, std::string_view body) {
    append_integer(index, number);
    index.push_back(' ');
    append_integer(index, static_cast<std::int64_t>(bodies.size()));
    index.push_back(' ');
    bodies.append(body);
    bodies.push_back('\n');
    locations[number] = {2, object_stream, packed++};
  }
};

// The trailer entries that carry over: /Root, /Info and /ID, one a line.
std::string carried_trailer(std::string_view trailer) {
  std::string out;
  for (std::string_view key : {"/Root", "/Info", "/ID"}) {
    const std::string_view entry = trailer_entry(trailer, key);
    if (!entry.empty()) (out += entry) += '\n';
  }
  return out;
}

// A classic cross-reference table and trailer for `out`'s top-level objects.
void append_table(Output& out, std::string_view trailer) {
  const std::size_t xref = out.file.size();
  out.file += "xref\n0 " + std::to_string(out.locations.size()) + "\n";
  char entry[21];
  for (const Location& location : out.locations) {
    std::snprintf(entry, sizeof entry, "%010u %05u %c\r\n", location.field2, location.field3,
                  location.type == 1 ? 'n' : 'f');
    out.file.append(entry, 20);
  }
  out.file += "trailer\n<<\n" + carried_trailer(trailer) + "/Size " + std::to_string(out.locations.size()) +
              "\n>>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
}

// The object stream and a cross-reference stream (entries of 1 + 4 + 2
// bytes: type, offset or object stream, generation or index) for `out`.
bool append_streams(Output& out, std::uint32_t object_stream, std::string_view trailer, FlateCompressor& flate) {
  if (out.packed > 0) {
    std::string compressed;
    if (!flate.compress(out.index, out.bodies, compressed)) return false;
    out.locations[object_stream] = {1, static_cast<std::uint32_t>(out.file.size()), 0};
    out.file += std::to_string(object_stream) + " 0 obj\n<</Type/ObjStm/N " + std::to_string(out.packed) +
                "/First " + std::to_string(out.index.size()) + "/Filter/FlateDecode/Length " +
                std::to_string(compressed.size()) + ">>\nstream\n";
    out.file += compressed;
    out.file += "\nendstream\nendobj\n";
  }
  const std::uint32_t xref_stream = object_stream + 1;
  const std::size_t xref = out.file.size();
  out.locations[xref_stream] = {1, static_cast<std::uint32_t>(xref), 0};
  std::string table;
  table.reserve(out.locations.size() * 7);
  for (const auto& location : out.locations) {
    append_big_endian(table, location.type, 1);
    append_big_endian(table, location.field2, 4);
    append_big_endian(table, location.field3, 2);
  }
  // Left uncompressed: a few hundred bytes, not worth another zlib reset.
  out.file += std::to_string(xref_stream) + " 0 obj\n<</Type/XRef/Size " + std::to_string(out.locations.size()) +
              "/W[1 4 2]\n" + carried_trailer(trailer) + "/Length " + std::to_string(table.size()) +
              ">>\nstream\n";
  out.file += table;
  out.file += "\nendstream\nendobj\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return true;
}

}  // namespace

std::optional<std::string> finish_objects(std::string_view pdf, const std::vector<SerializedObject>& own,
                                          FlateCompressor* flate) {
  const auto startxref = pdf.rfind("startxref");
  if (startxref == std::string_view::npos) return std::nullopt;
  std::size_t at = startxref + 9, xref = 0;
  if (!parse_number(pdf, at, xref) || xref >= pdf.size()) return std::nullopt;
  std::vector<SourceObject> objects;
  std::size_t trailer_at = 0;
  if (!read_objects(pdf, xref, objects, trailer_at)) return std::nullopt;
  const std::string_view trailer = pdf.substr(trailer_at, startxref - trailer_at);
  if (trailer_entry(trailer, "/Root").empty()) return std::nullopt;

  // Numbers: libharu's, then sygedok's own, then (packed) the two streams.
  std::uint32_t size = 0;
  for (const auto& object : objects) size = std::max(size, object.number + 1);
  std::vector<const SerializedObject*> replacement(size, nullptr);
  std::vector<const SerializedObject*> added;
  for (const auto& object : own) {
    if (object.number < size) {
      replacement[object.number] = &object;
    } else {
      if (object.number != size + added.size()) return std::nullopt;
      added.push_back(&object);
    }
  }
  size += static_cast<std::uint32_t>(added.size());
  const std::uint32_t object_stream = size;

  Output out;
  std::size_t own_bytes = 0;
  for (const auto& object : own) own_bytes += object.body.size() + 16;
  out.file.reserve(pdf.size() + own_bytes);
  if (flate) {
    out.bodies.reserve(pdf.size() / 2 + own_bytes);
    out.index.reserve(16 * (objects.size() + own.size()));
  }
  out.locations.resize(flate ? size + 2 : size);
  out.locations[0] = {0, 0, 0xFFFF};
  out.file.assign(pdf.substr(0, objects.front().begin));
  auto place = [&](std::uint32_t number, std::string_view body) {
    if (flate && !is_stream(body))
      out.in_stream(number, object_stream, body);
    else
      out.top_level(number, body);
  };
  for (const auto& object : objects) {
    const std::string_view body =
        replacement[object.number] ? std::string_view(replacement[object.number]->body) : object_body(pdf, object);
    if (body.empty()) return std::nullopt;
    place(object.number, body);
  }
  for (const SerializedObject* object : added) place(object->number, object->body);
  if (!flate) {
    append_table(out, trailer);
    return std::move(out.file);
  }
  if (!append_streams(out, object_stream, trailer, *flate)) return std::nullopt;
  return std::move(out.file);
}

}  // namespace sygedok::pdf
