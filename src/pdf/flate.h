#pragma once
// Flate (zlib) compression for PDF streams (/FlateDecode). One compressor
// serves every stream of a document: the zlib state is set up once and
// reset between streams, because setting it up (~200 KB of tables) per
// stream, as libharu does, costs more than compressing a page.
// One instance per document; not thread-safe.
#include <string>
#include <string_view>

#include <zlib.h>

namespace sygedok::pdf {

class FlateCompressor {
 public:
  FlateCompressor();
  ~FlateCompressor();
  FlateCompressor(const FlateCompressor&) = delete;
  FlateCompressor& operator=(const FlateCompressor&) = delete;

  // Replaces `output` by the zlib stream of `input`; false when zlib failed.
  bool compress(std::string_view input, std::string& output);

 private:
  z_stream stream_{};
  bool ready_ = false;
};

}  // namespace sygedok::pdf
