#include "pdf/hpdf_document.h"

#include <cstdio>

#include "pdf/pdf_strings.h"

namespace sygedok::pdf {

namespace {

// libharu can allocate from a pool of blocks of this size; measured, a pool
// (8-64 KB) saves no time and makes glibc return and re-request more memory
// between documents, so objects come from malloc directly.
constexpr HPDF_UINT kMemoryPoolBlock = 0;

}  // namespace

HpdfDocument::HpdfDocument(bool compress) : compress_(compress) {
  doc_ = HPDF_NewEx(&HpdfDocument::on_error, nullptr, nullptr, kMemoryPoolBlock, this);
  if (!doc_) {
    note_failure(HPDF_FAILD_TO_ALLOC_MEM);
    return;
  }
  // Addo Sign and other PDF consumers want at least 1.7; libharu writes
  // "%PDF-1.7" and a binary comment line for it.
  doc_->pdf_version = HPDF_VER_17;
  if (compress) flate_ = &thread_compressor();
}

HpdfDocument::~HpdfDocument() {
  if (doc_) HPDF_Free(doc_);
}

void HpdfDocument::on_error(HPDF_STATUS error, HPDF_STATUS detail, void* self) {
  static_cast<HpdfDocument*>(self)->note_failure(error, detail);
}

void HpdfDocument::note_failure(HPDF_STATUS error, HPDF_STATUS detail) {
  if (error_ != HPDF_OK) return;  // the first error is the cause
  error_ = error;
  detail_ = detail;
}

bool HpdfDocument::ok() const {
  return doc_ && error_ == HPDF_OK && doc_->error.error_no == HPDF_OK;
}

bool HpdfDocument::check(HPDF_STATUS status) {
  // Internal libharu calls report through the return value and the sticky
  // error of the document without calling the handler.
  if (doc_ && doc_->error.error_no != HPDF_OK) note_failure(doc_->error.error_no, doc_->error.detail_no);
  if (status != HPDF_OK) note_failure(status);
  return ok();
}

HPDF_Dict HpdfDocument::new_indirect_dict() {
  if (!ok()) return nullptr;
  HPDF_Dict dict = require(HPDF_Dict_New(mmgr()));
  if (!dict || !check(HPDF_Xref_Add(xref(), dict))) return nullptr;
  return dict;
}

HPDF_Dict HpdfDocument::new_stream(std::string_view bytes, StreamCompression compression) {
  if (!ok()) return nullptr;
  HPDF_Dict stream = require(HPDF_DictStream_New(mmgr(), xref()));
  if (!stream) return nullptr;
  const bool written =
      compression == StreamCompression::Never ? append_stored(stream, bytes) : write_stream(stream, bytes);
  return written ? stream : nullptr;
}

HPDF_Dict HpdfDocument::new_deflated_stream(std::string_view deflated) {
  if (!ok()) return nullptr;
  HPDF_Dict stream = require(HPDF_DictStream_New(mmgr(), xref()));
  if (!stream) return nullptr;
  stream->filter = HPDF_STREAM_FILTER_NONE;
  stream->write_fn = &HpdfDocument::write_flate_filter;
  return append_stored(stream, deflated) ? stream : nullptr;
}

bool HpdfDocument::append_stored(HPDF_Dict stream, std::string_view bytes) {
  if (bytes.empty()) return ok();
  return check(HPDF_Stream_Write(stream->stream, reinterpret_cast<const HPDF_BYTE*>(bytes.data()),
                                 static_cast<HPDF_UINT>(bytes.size())));
}

bool HpdfDocument::write_stream(HPDF_Dict stream, std::string_view bytes) {
  if (!ok()) return false;
  if (flate_) {
    if (!flate_->compress(bytes, compressed_)) {
      note_failure(HPDF_ZLIB_ERROR);
      return false;
    }
    bytes = compressed_;
    // libharu writes /Filter only for the filters it applies itself (and
    // removes one set by hand), so the entry is written by this hook, which
    // libharu calls after the other entries of the stream dictionary.
    stream->filter = HPDF_STREAM_FILTER_NONE;
    stream->write_fn = &HpdfDocument::write_flate_filter;
  }
  return append_stored(stream, bytes);
}

HPDF_STATUS HpdfDocument::write_flate_filter(HPDF_Dict, HPDF_Stream out) {
  return HPDF_Stream_WriteStr(out, "/Filter /FlateDecode\012");
}

void* HpdfDocument::new_text_string(std::string_view utf8) {
  if (!ok()) return nullptr;
  if (is_plain_ascii(utf8)) {
    const std::string value(utf8);
    return require(HPDF_String_New(mmgr(), value.c_str(), nullptr));
  }
  auto utf16 = utf16be_text_string(utf8);
  if (!utf16) {
    note_failure(HPDF_INVALID_PARAMETER);
    return nullptr;
  }
  // A binary object is written as a hex string, which keeps the zero bytes
  // of UTF-16 that a C string would cut off.
  return require(HPDF_Binary_New(mmgr(), reinterpret_cast<HPDF_BYTE*>(utf16->data()),
                                 static_cast<HPDF_UINT>(utf16->size())));
}

Result<std::string> HpdfDocument::save() {
  if (!ok() || !check(HPDF_SaveToStream(doc_))) return Result<std::string>::failure(failure());
  // Copy libharu's memory stream chunk by chunk.
  HPDF_Stream stream = doc_->stream;
  std::string bytes;
  bytes.reserve(stream->size);
  const HPDF_UINT chunks = HPDF_MemStream_GetBufCount(stream);
  for (HPDF_UINT i = 0; i < chunks; ++i) {
    HPDF_UINT length = 0;
    const HPDF_BYTE* chunk = HPDF_MemStream_GetBufPtr(stream, i, &length);
    if (!chunk) break;
    bytes.append(reinterpret_cast<const char*>(chunk), length);
  }
  if (!ok() || bytes.size() != stream->size) {
    note_failure(HPDF_FILE_IO_ERROR);
    return Result<std::string>::failure(failure());
  }
  return Result<std::string>::success(std::move(bytes));
}

Diagnostic HpdfDocument::failure() const {
  HPDF_STATUS code = error_;
  HPDF_STATUS detail = detail_;
  if (code == HPDF_OK && doc_) {
    code = doc_->error.error_no;
    detail = doc_->error.detail_no;
  }
  char message[160];
  std::snprintf(message, sizeof message, "PDF-filen kunne ikke skrives (libharu-fejl 0x%04X, detalje %u).",
                static_cast<unsigned>(code), static_cast<unsigned>(detail));
  return error("", "pdf_write_failed", message);
}

}  // namespace sygedok::pdf
