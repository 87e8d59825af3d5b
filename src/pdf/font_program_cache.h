#pragma once
// The compressed font programs (subset, then Flate) of recent documents, by
// face and glyph set. Letters of one kind use nearly the same glyphs, and
// subsetting and compressing two faces is about a sixth of a render; a hit
// gives the same bytes a miss would. Bounded: the oldest entry goes first.
// Shared by all documents an Engine renders; thread-safe (one mutex, held
// only to look up and to insert).
#include <cstddef>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace sygedok::pdf {

// A font program as FontFile2 carries it. Immutable once made.
struct CompressedFontProgram {
  std::string deflated;     // the zlib stream
  std::size_t length = 0;   // /Length1: the program's size before compression
};

class FontProgramCache {
 public:
  explicit FontProgramCache(std::size_t capacity = 32) : capacity_(capacity) {}

  // The program kept under `key`, or null.
  std::shared_ptr<const CompressedFontProgram> find(const std::string& key) const;
  // Keeps `program` under `key` (a key already kept keeps its program).
  void insert(const std::string& key, std::shared_ptr<const CompressedFontProgram> program);
  // How many programs are kept.
  std::size_t size() const;

 private:
  mutable std::mutex mutex_;
  std::unordered_map<std::string, std::shared_ptr<const CompressedFontProgram>> entries_;
  std::deque<std::string> order_;  // oldest first
  std::size_t capacity_;
};

}  // namespace sygedok::pdf
