#pragma once
// One libharu document, owned (RAII) and guarded: libharu's error callback
// only records the error (nothing throws or jumps through C code), every
// call is checked through check()/require(), and save() returns the bytes
// or the recorded error as a Result. Sets PDF 1.7 and the compression mode.
// Also the place for the object-level helpers the writer needs beyond
// libharu's public API (indirect dictionaries, streams, text strings).
// One instance per document; not thread-safe itself, but instances share
// nothing, so different threads may each use their own.
#include <hpdf.h>

#include <string>
#include <string_view>

#include "core/diagnostic.h"
#include "core/result.h"
#include "pdf/flate.h"

namespace sygedok::pdf {

class HpdfDocument {
 public:
  explicit HpdfDocument(bool compress);
  ~HpdfDocument();
  HpdfDocument(const HpdfDocument&) = delete;
  HpdfDocument& operator=(const HpdfDocument&) = delete;

  // False once anything failed; every later call is then pointless.
  bool ok() const;
  // Notes a status returned by libharu; returns ok().
  bool check(HPDF_STATUS status);
  // Notes a failure when libharu returned no object; returns the object.
  template <typename T>
  T* require(T* object) {
    if (!object) note_failure(HPDF_FAILD_TO_ALLOC_MEM);
    return object;
  }

  HPDF_Doc get() const { return doc_; }
  HPDF_MMgr mmgr() const { return doc_->mmgr; }
  HPDF_Xref xref() const { return doc_->xref; }
  bool compress() const { return compress_; }
  // The document's compressor; null when compression is off.
  FlateCompressor* compressor() { return flate_; }

  // A new dictionary written as an indirect object (null on failure).
  HPDF_Dict new_indirect_dict();
  // Whether a stream follows the document's compression mode or is always
  // stored as it is (PDF/A forbids a filter on the XMP metadata stream).
  enum class StreamCompression { AsDocument, Never };
  // A new stream object holding `bytes`, Flate-compressed when compression
  // is on and allowed (null on failure).
  HPDF_Dict new_stream(std::string_view bytes, StreamCompression compression = StreamCompression::AsDocument);
  // A new stream object whose data is `deflated`, bytes already in zlib
  // format, written with /Filter /FlateDecode whatever the compression mode
  // (for data compressed once per process, such as the ICC profile).
  HPDF_Dict new_deflated_stream(std::string_view deflated);
  // Sets the data of a stream object libharu made (such as a page's
  // /Contents), compressed when compression is on. libharu's own filter
  // is not used: it sets up zlib for every stream, which dominates the
  // time of a small document.
  bool write_stream(HPDF_Dict stream, std::string_view bytes);
  // A PDF text string object: a literal for plain ASCII, otherwise UTF-16BE
  // with a byte order mark (written as a hex string). Null on failure or
  // invalid UTF-8.
  void* new_text_string(std::string_view utf8);

  // Writes the document to memory.
  Result<std::string> save();
  // The recorded libharu error as a diagnostic.
  Diagnostic failure() const;

 private:
  static void on_error(HPDF_STATUS error, HPDF_STATUS detail, void* self);
  void note_failure(HPDF_STATUS error, HPDF_STATUS detail = 0);

  static HPDF_STATUS write_flate_filter(HPDF_Dict stream, HPDF_Stream out);
  // Appends `bytes` to the stream's data as they are.
  bool append_stored(HPDF_Dict stream, std::string_view bytes);

  HPDF_Doc doc_ = nullptr;
  HPDF_STATUS error_ = HPDF_OK;
  HPDF_STATUS detail_ = HPDF_OK;
  bool compress_;
  FlateCompressor* flate_ = nullptr;  // the thread's (thread_compressor())
  std::string compressed_;  // reused buffer
};

}  // namespace sygedok::pdf
