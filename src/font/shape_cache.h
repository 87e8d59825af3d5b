#pragma once
// Shaped words of the document font, remembered across documents: letters
// repeat their fixed sentences, so most words are shaped once per process.
// A word is shaped on its own (as browsers' word caches do), so kerning
// applies within a word and with the space after it, not across a space.
// Holds at most about kMaxWords words (a shard that fills up starts over).
// Thread-safe: sixteen shards, each behind its own mutex.
#include <array>
#include <cstddef>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/font_metrics.h"
#include "font/face.h"

namespace sygedok::font {

class ShapeCache {
 public:
  static constexpr std::size_t kMaxWords = 64 * 1024;

  // Appends `word` shaped in `face` (known to the cache as `face_key`) to
  // `out`, clusters offset by `cluster_base`.
  void shape(const Face& face, char face_key, std::string_view word, std::uint32_t cluster_base,
             std::vector<ShapedGlyph>& out);

 private:
  struct Shard {
    std::mutex mutex;
    std::unordered_map<std::string, std::vector<ShapedGlyph>> words;
  };
  std::array<Shard, 16> shards_;
};

}  // namespace sygedok::font
