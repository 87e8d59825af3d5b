#pragma once
// Document-level metadata: the Info dictionary (/Title, /Author, /Subject,
// /Creator, /Producer and, only when the input gives a time, /CreationDate
// and /ModDate), the same again as the catalog's XMP /Metadata stream with
// the PDF/A (and PDF/UA) identification (pdf/xmp_packet.h), the catalog's /Lang, and
// the trailer's /ID, which is the MD5 of the written file itself (computed
// with a zero placeholder in its place), so the same document always gets
// the same /ID and a different document a different one. No clock is read. Functions; thread-safe on
// different documents.
#include <string>

#include "core/diagnostic.h"
#include "core/frame.h"
#include "pdf/hpdf_document.h"

namespace sygedok::pdf {

// Writes Info, the XMP metadata and /Lang. Control characters XML cannot
// carry become spaces in both. A `tagged` document claims PDF/A-3a and
// PDF/UA-1 in XMP and asks viewers to show its title
// (/ViewerPreferences << /DisplayDocTitle true >>); otherwise PDF/A-3b.
// An unreadable `created` goes into `problems`; returns false when libharu
// failed.
bool write_document_info(HpdfDocument& document, const DocumentInfo& info, bool tagged, Diagnostics& problems);

// Puts /ID [<0…0> <0…0>] into the trailer, to be stamped after saving.
bool add_document_id_placeholder(HpdfDocument& document);

// Replaces the placeholder in the saved bytes by the MD5 of those bytes;
// false when the placeholder is not found.
bool stamp_document_id(std::string& pdf);

}  // namespace sygedok::pdf
