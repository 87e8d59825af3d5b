// The XMP packet read back by an XML parser (xmllint): well-formed, the
// PDF/A identification, every field exactly as given (escaping round trip),
// absent fields left out; and the Info dictionary of a written PDF saying
// exactly what its XMP says (PDF/A's equivalence rule).
#include "pdf/xmp_packet.h"

#include <gtest/gtest.h>

#include "pdf/pdf_strings.h"
#include "pdf/pdf_test_support.h"

namespace sygedok::pdf {
namespace {

using namespace test;

// The text an XML parser reads at `xpath` (local names, so no prefixes are needed).
std::string xpath_text(const std::string& xml, const std::string& xpath) {
  TempDir dir;
  write_file(dir / "packet.xml", xml);
  auto run = run_command("xmllint --xpath " + shell_quote("string(" + xpath + ")") + " " +
                         shell_quote((dir / "packet.xml").string()));
  EXPECT_EQ(run.exit_code, 0) << run.err;
  if (!run.out.empty() && run.out.back() == '\n') run.out.pop_back();  // xmllint ends with a newline
  return run.out;
}

std::string property(const std::string& xml, const std::string& name) {
  return xpath_text(xml, "//*[local-name()='" + name + "']");
}

XmpFields full_fields() {
  XmpFields fields;
  fields.title = "Referat af fraværssamtale <kopi> & \"udkast\"";
  fields.author = "Eksempel Kommune";
  fields.subject = "Fraværssamtale med Søren Ærø Åsgaard";
  fields.creator_tool = "sygedok";
  fields.producer = "sygedok with libHaru 2.3.0";
  fields.language = "da-DK";
  fields.date = "2026-03-15T09:30:00+01:00";
  return fields;
}

TEST(XmpPacket, IsAWellFormedPacketWithoutForbiddenHeaderAttributes) {
  const std::string packet = xmp_packet(full_fields());
  EXPECT_EQ(packet.rfind("<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>", 0), 0u);
  EXPECT_EQ(packet.find("bytes="), std::string::npos);
  EXPECT_EQ(packet.find("encoding="), std::string::npos);
  EXPECT_EQ(packet.substr(packet.size() - 19), "<?xpacket end=\"r\"?>");
  TempDir dir;
  write_file(dir / "packet.xml", packet);
  auto run = run_command("xmllint --noout '" + (dir / "packet.xml").string() + "'");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.err, "");
}

TEST(XmpPacket, IdentifiesPdfA3b) {
  const std::string packet = xmp_packet(full_fields());
  EXPECT_EQ(xpath_text(packet, "//*[namespace-uri()='http://www.aiim.org/pdfa/ns/id/' and local-name()='part']"), "3");
  EXPECT_EQ(
      xpath_text(packet, "//*[namespace-uri()='http://www.aiim.org/pdfa/ns/id/' and local-name()='conformance']"),
      "B");
}

TEST(XmpPacket, CarriesEveryFieldExactly) {
  const XmpFields fields = full_fields();
  const std::string packet = xmp_packet(fields);
  EXPECT_EQ(xpath_text(packet, "//*[local-name()='title']/*/*[@xml:lang='x-default']"), fields.title);
  EXPECT_EQ(xpath_text(packet, "//*[local-name()='creator']/*[local-name()='Seq']/*"), fields.author);
  EXPECT_EQ(xpath_text(packet, "//*[local-name()='description']/*/*[@xml:lang='x-default']"), fields.subject);
  EXPECT_EQ(xpath_text(packet, "//*[local-name()='language']/*[local-name()='Bag']/*"), "da-DK");
  EXPECT_EQ(property(packet, "CreatorTool"), fields.creator_tool);
  EXPECT_EQ(property(packet, "Producer"), fields.producer);
  for (const char* date : {"CreateDate", "ModifyDate", "MetadataDate"})
    EXPECT_EQ(property(packet, date), *fields.date) << date;
}

TEST(XmpPacket, LeavesOutWhatIsNotGiven) {
  XmpFields fields = full_fields();
  fields.subject.clear();
  fields.date.reset();
  const std::string packet = xmp_packet(fields);
  EXPECT_EQ(packet.find("dc:description"), std::string::npos);
  EXPECT_EQ(packet.find("Date"), std::string::npos);
  EXPECT_EQ(property(packet, "CreatorTool"), "sygedok");
}

TEST(XmpPacket, EscapesMarkupAndKeepsCarriageReturns) {
  EXPECT_EQ(xml_escape("a & b < c > d \"e\"\r"), "a &amp; b &lt; c &gt; d &quot;e&quot;&#xD;");
  XmpFields fields = full_fields();
  fields.title = "Linje 1\r\nLinje 2";
  EXPECT_EQ(xpath_text(xmp_packet(fields), "//*[local-name()='title']/*/*"), fields.title);
}

TEST(XmpPacket, ReplacesCharactersXmlCannotCarry) {
  EXPECT_EQ(xml_safe_text("Søren\x01\x1F" "Åsgaard\tx\n"), "Søren  Åsgaard\tx\n");
  EXPECT_EQ(xml_safe_text("ok \xEF\xBF\xBE"), "ok  ");  // U+FFFE
  EXPECT_EQ(xml_safe_text("\xC3("), "\xC3(");               // invalid UTF-8 is left alone
}

TEST(DocumentMetadata, InfoAndXmpSayTheSame) {
  FrameDocument document = one_line_document("Hej");
  document.info.title = "Referat af fraværssamtale & opfølgning";
  document.info.created = "2026-03-15T09:30:00+01:00";
  const std::string pdf = write_or_fail(document);
  const std::string xmp = judge("pdfinfo -meta", pdf).out;
  const std::string info = judge("env TZ=UTC pdfinfo", pdf).out;
  EXPECT_EQ(info_field(info, "Title"), document.info.title);
  EXPECT_EQ(xpath_text(xmp, "//*[local-name()='title']/*/*[@xml:lang='x-default']"), document.info.title);
  EXPECT_EQ(info_field(info, "Author"), document.info.author);
  EXPECT_EQ(xpath_text(xmp, "//*[local-name()='creator']/*/*"), document.info.author);
  EXPECT_EQ(info_field(info, "Subject"), document.info.subject);
  EXPECT_EQ(xpath_text(xmp, "//*[local-name()='description']/*/*"), document.info.subject);
  EXPECT_EQ(info_field(info, "Creator"), document.info.creator);
  EXPECT_EQ(property(xmp, "CreatorTool"), document.info.creator);
  EXPECT_EQ(info_field(info, "Producer"), property(xmp, "Producer"));
  EXPECT_EQ(info_field(info, "Producer").rfind("sygedok with libHaru ", 0), 0u);
  EXPECT_EQ(info_field(info, "CreationDate"), "Sun Mar 15 08:30:00 2026 UTC");
  EXPECT_EQ(property(xmp, "CreateDate"), "2026-03-15T09:30:00+01:00");
  EXPECT_EQ(property(xmp, "ModifyDate"), "2026-03-15T09:30:00+01:00");
}

TEST(DocumentMetadata, ControlCharactersBecomeSpacesInInfoAndXmpAlike) {
  FrameDocument document = one_line_document("Hej");
  document.info.subject = "Opfølgning\x07på sygefravær";
  const std::string pdf = write_or_fail(document);
  EXPECT_EQ(info_field(judge("pdfinfo", pdf).out, "Subject"), "Opfølgning på sygefravær");
  EXPECT_EQ(xpath_text(judge("pdfinfo -meta", pdf).out, "//*[local-name()='description']/*/*"),
            "Opfølgning på sygefravær");
}

TEST(DocumentMetadata, TheMetadataStreamIsNeverCompressed) {
  const std::string pdf = write_or_fail(one_line_document("Hej"));
  const auto at = pdf.find("/Type /Metadata");
  ASSERT_NE(at, std::string::npos);
  const auto object_start = pdf.rfind(" obj\n", at);
  const auto stream_start = pdf.find("stream\r\n", at);
  ASSERT_NE(stream_start, std::string::npos);
  EXPECT_EQ(pdf.substr(object_start, stream_start - object_start).find("/Filter"), std::string::npos);
  EXPECT_EQ(pdf.compare(stream_start + 8, 9, "<?xpacket"), 0);
  EXPECT_NE(pdf.find("<pdfaid:part>3</pdfaid:part>"), std::string::npos);
}

TEST(XmpPacket, AnAccessibleDocumentClaimsPdfA3aAndPdfUa1WithTheExtensionSchemaForPdfuaid) {
  XmpFields fields = full_fields();
  fields.accessible = true;
  const std::string packet = xmp_packet(fields);
  EXPECT_EQ(xpath_text(packet, "//*[namespace-uri()='http://www.aiim.org/pdfa/ns/id/' and local-name()='conformance']"),
            "A");
  EXPECT_EQ(xpath_text(packet, "//*[namespace-uri()='http://www.aiim.org/pdfua/ns/id/' and local-name()='part']"), "1");
  // PDF/A accepts pdfuaid only as an extension schema it can read (ISO 19005-3, 6.6.2.3.2).
  EXPECT_EQ(property(packet, "namespaceURI"), "http://www.aiim.org/pdfua/ns/id/");
  EXPECT_EQ(property(packet, "prefix"), "pdfuaid");
  EXPECT_EQ(xpath_text(packet, "//*[local-name()='property']//*[local-name()='name']"), "part");
  EXPECT_EQ(xpath_text(packet, "//*[local-name()='property']//*[local-name()='valueType']"), "Integer");
  fields.accessible = false;
  EXPECT_EQ(xmp_packet(fields).find("pdfua"), std::string::npos);
}

}  // namespace
}  // namespace sygedok::pdf
