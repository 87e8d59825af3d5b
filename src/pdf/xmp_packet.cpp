#include "pdf/xmp_packet.h"

#include "core/text.h"

namespace sygedok::pdf {

namespace {

// The packet id every XMP packet carries (XMP Part 1, 7.3.2); the byte order
// mark after begin= says the packet is UTF-8.
constexpr std::string_view kPacketHeader = "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n";
// "r": read-only; no padding is kept for editing in place, which keeps
// the file small (a signer appends an incremental update instead).
constexpr std::string_view kPacketTrailer = "<?xpacket end=\"r\"?>";

// The PDF/A extension schema that declares pdfuaid:part (ISO 19005-3,
// 6.6.2.3.2; the property as ISO 14289-1, 5 defines it).
constexpr std::string_view kPdfUaExtension =
    "  <rdf:Description rdf:about=\"\"\n"
    "    xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"\n"
    "    xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"\n"
    "    xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
    "   <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"
    "    <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n"
    "    <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n"
    "    <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n"
    "    <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n"
    "     <pdfaProperty:name>part</pdfaProperty:name>\n"
    "     <pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n"
    "     <pdfaProperty:category>internal</pdfaProperty:category>\n"
    "     <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>\n"
    "    </rdf:li></rdf:Seq></pdfaSchema:property>\n"
    "   </rdf:li></rdf:Bag></pdfaExtension:schemas>\n"
    "  </rdf:Description>\n";

void append_simple(std::string& out, std::string_view property, std::string_view value) {
  if (value.empty()) return;
  out += "   <";
  out += property;
  out += '>';
  out += xml_escape(value);
  out += "</";
  out += property;
  out += ">\n";
}

// A language alternative with only the default entry (dc:title, dc:description).
void append_alternative(std::string& out, std::string_view property, std::string_view value) {
  if (value.empty()) return;
  out += "   <";
  out += property;
  out += "><rdf:Alt><rdf:li xml:lang=\"x-default\">";
  out += xml_escape(value);
  out += "</rdf:li></rdf:Alt></";
  out += property;
  out += ">\n";
}

// An ordered (Seq) or unordered (Bag) array with one entry.
void append_array(std::string& out, std::string_view property, std::string_view kind, std::string_view value) {
  if (value.empty()) return;
  out += "   <";
  out += property;
  out += "><rdf:";
  out += kind;
  out += "><rdf:li>";
  out += xml_escape(value);
  out += "</rdf:li></rdf:";
  out += kind;
  out += "></";
  out += property;
  out += ">\n";
}

bool allowed_in_xml(char32_t c) {
  if (c < 0x20) return c == '\t' || c == '\n' || c == '\r';
  return c != 0xFFFE && c != 0xFFFF;
}

}  // namespace

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\r': out += "&#xD;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string xml_safe_text(std::string_view text) {
  auto code_points = decode_utf8(text);
  if (!code_points) return std::string(text);
  bool clean = true;
  for (char32_t c : *code_points) clean = clean && allowed_in_xml(c);
  if (clean) return std::string(text);
  std::u32string replaced;
  for (char32_t c : *code_points) replaced.push_back(allowed_in_xml(c) ? c : U' ');
  return encode_utf8(replaced);
}

std::string xmp_packet(const XmpFields& fields) {
  std::string out(kPacketHeader);
  out +=
      "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
      " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
      "  <rdf:Description rdf:about=\"\"\n"
      "    xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"\n"
      "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
      "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
      "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"";
  if (fields.accessible) out += "\n    xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"";
  out += ">\n   <pdfaid:part>3</pdfaid:part>\n";
  out += fields.accessible ? "   <pdfaid:conformance>A</pdfaid:conformance>\n   <pdfuaid:part>1</pdfuaid:part>\n"
                           : "   <pdfaid:conformance>B</pdfaid:conformance>\n";
  out += "   <dc:format>application/pdf</dc:format>\n";
  append_alternative(out, "dc:title", fields.title);
  append_array(out, "dc:creator", "Seq", fields.author);
  append_alternative(out, "dc:description", fields.subject);
  append_array(out, "dc:language", "Bag", fields.language);
  append_simple(out, "xmp:CreatorTool", fields.creator_tool);
  if (fields.date) {
    append_simple(out, "xmp:CreateDate", *fields.date);
    append_simple(out, "xmp:ModifyDate", *fields.date);
    append_simple(out, "xmp:MetadataDate", *fields.date);
  }
  append_simple(out, "pdf:Producer", fields.producer);
  out += "  </rdf:Description>\n";
  if (fields.accessible) out += kPdfUaExtension;
  out +=
      " </rdf:RDF>\n"
      "</x:xmpmeta>\n";
  out += kPacketTrailer;
  return out;
}

}  // namespace sygedok::pdf
