#include "font/shape_cache.h"

#include <functional>

namespace sygedok::font {

void ShapeCache::shape(const Face& face, char face_key, std::string_view word, std::uint32_t cluster_base,
                       std::vector<ShapedGlyph>& out) {
  std::string key;
  key.reserve(word.size() + 1);
  key.push_back(face_key);
  key.append(word);
  Shard& shard = shards_[std::hash<std::string>{}(key) % shards_.size()];
  const auto append = [&](const std::vector<ShapedGlyph>& glyphs) {
    for (ShapedGlyph glyph : glyphs) {
      glyph.cluster += cluster_base;
      out.push_back(glyph);
    }
  };
  {
    std::lock_guard lock(shard.mutex);
    if (auto found = shard.words.find(key); found != shard.words.end()) {
      append(found->second);
      return;
    }
  }
  std::vector<ShapedGlyph> glyphs = face.shape(word);  // outside the lock: shaping takes the time
  append(glyphs);
  std::lock_guard lock(shard.mutex);
  if (shard.words.size() >= kMaxWords / shards_.size()) shard.words.clear();
  shard.words.emplace(std::move(key), std::move(glyphs));
}

}  // namespace sygedok::font
