#pragma once
// The XMP metadata packet of a PDF/A-3 document: the PDF/A identification
// (pdfaid:part 3, conformance A for a tagged document, else B), for a
// tagged one the PDF/UA identification (pdfuaid:part 1) with the PDF/A
// extension schema that declares it (ISO 19005-3, 6.6.2.3.2: pdfuaid is
// not one of PDF/A's predefined schemas), and the same title, author, subject,
// creator tool, producer and dates as the Info dictionary, which PDF/A
// requires to be equivalent (ISO 19005-3, 6.6.2.3). Pure functions;
// thread-safe.
#include <optional>
#include <string>
#include <string_view>

namespace sygedok::pdf {

// What the packet says; every text is UTF-8 and written exactly (XML-escaped).
// Empty texts and an absent date are left out, as they are in Info. Plain data.
struct XmpFields {
  std::string title;         // dc:title, x-default     = Info /Title
  std::string author;        // dc:creator, one entry   = Info /Author
  std::string subject;       // dc:description          = Info /Subject
  std::string creator_tool;  // xmp:CreatorTool         = Info /Creator
  std::string producer;      // pdf:Producer            = Info /Producer
  std::string language;      // dc:language             = catalog /Lang
  // XMP date (see xmp_date()) for xmp:CreateDate, ModifyDate and
  // MetadataDate = Info /CreationDate and /ModDate.
  std::optional<std::string> date;
  // Tagged and accessible: PDF/A-3a and PDF/UA-1 instead of PDF/A-3b.
  bool accessible = false;
};

// The whole packet, from <?xpacket begin=…?> to <?xpacket end="r"?>,
// without the "bytes" and "encoding" attributes PDF/A forbids.
std::string xmp_packet(const XmpFields& fields);

// `text` with &, <, > and " escaped, and CR written as a character
// reference (an XML parser would otherwise turn it into LF).
std::string xml_escape(std::string_view text);

// `text` with each character XML 1.0 cannot carry (C0 controls other than
// tab, LF and CR, U+FFFE and U+FFFF) replaced by a space, so that Info and
// XMP can say exactly the same. Invalid UTF-8 is returned unchanged.
std::string xml_safe_text(std::string_view text);

}  // namespace sygedok::pdf
