#pragma once
// Flate (zlib) compression for PDF streams (/FlateDecode). One compressor
// serves every stream of every document a thread writes: the zlib state is
// set up once and reset between streams, because setting it up (~260 KB of
// tables) per stream, as libharu does, costs more than compressing a page.
// Not thread-safe: one instance per thread (thread_compressor()).
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
  // The same for `first` followed by `second`, without joining them first.
  bool compress(std::string_view first, std::string_view second, std::string& output);

 private:
  z_stream stream_{};
  bool ready_ = false;
};

// The calling thread's compressor, made on first use and kept for the
// thread's life: a zlib state (~260 KB) is set up once per thread instead
// of once per document.
FlateCompressor& thread_compressor();

}  // namespace sygedok::pdf
