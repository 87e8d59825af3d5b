// Every rendered sample checked against the clauses of PDF/A-3 (ISO
// 19005-3) that docs/pdfa.md lists, by reading the objects qpdf sees
// (qpdf --json) and the XMP an XML parser sees (xmllint). No PDF/A validator
// is installable here: these checks are the judge. Level A's tagging is
// judged in tagged_pdf_test.cpp. Also the embedding of
// the request as a PDF/A-3 associated file ("archive": {"embed_source": true}).
#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <regex>

#include "pdf_objects.h"
#include "rendered_samples.h"

namespace sygedok::e2e {
namespace {

using Poco::Dynamic::Var;
using Poco::JSON::Array;
using Poco::JSON::Object;

// Calls `visit(key, value)` for every dictionary entry and array item under
// `value`, depth first, without following references.
void walk(const Var& value, const std::function<void(const std::string&, const Var&)>& visit,
          const std::string& key = "") {
  visit(key, value);
  if (value.type() == typeid(Object::Ptr)) {
    auto object = value.extract<Object::Ptr>();
    if (object.isNull()) return;
    std::vector<std::string> names;
    object->getNames(names);
    for (const auto& name : names) walk(object->get(name), visit, name);
  } else if (value.type() == typeid(Array::Ptr)) {
    auto array = value.extract<Array::Ptr>();
    if (array.isNull()) return;
    for (std::size_t i = 0; i < array->size(); ++i) walk(array->get(static_cast<unsigned>(i)), visit, key);
  }
}

class PdfA : public ::testing::TestWithParam<Sample> {
 protected:
  void SetUp() override {
    pdf_ = rendered_pdf(GetParam());
    objects_ = std::make_unique<PdfObjects>(pdf_);
    ASSERT_TRUE(objects_->ok()) << objects_->error();
  }
  const PdfObjects& objects() const { return *objects_; }

  std::filesystem::path pdf_;
  std::unique_ptr<PdfObjects> objects_;
};

// 6.1.2: "%PDF-1.n", then a comment line of at least four bytes above 127.
TEST_P(PdfA, HeaderIsPdf17WithABinaryComment) {
  const std::string bytes = read_text(pdf_);
  ASSERT_GT(bytes.size(), 16u);
  EXPECT_EQ(bytes.substr(0, 10), "%PDF-1.7\n%");
  for (std::size_t i = 10; i < 14; ++i) EXPECT_GT(static_cast<unsigned char>(bytes[i]), 127) << "byte " << i;
  EXPECT_EQ(bytes.substr(bytes.size() - 6), "%%EOF\n");  // 6.1.3: nothing but an end-of-line after %%EOF
}

// 6.1.3: a trailer /ID of two strings; no /Encrypt.
TEST_P(PdfA, TrailerHasAnIdAndNoEncryption) {
  auto trailer = objects().trailer();
  ASSERT_FALSE(trailer.isNull());
  EXPECT_FALSE(trailer->has("/Encrypt"));
  auto id = objects().array(trailer->get("/ID"));
  ASSERT_FALSE(id.isNull());
  ASSERT_EQ(id->size(), 2u);
  // Two strings of 16 bytes. (qpdf's JSON shows bytes that happen to begin
  // with FE FF as UTF-16 text, so they are read as qpdf writes the trailer.)
  const std::string shown = run("qpdf --show-object=trailer " + quote(pdf_.string())).out;
  EXPECT_TRUE(std::regex_search(shown, std::regex("/ID \\[ <[0-9a-f]{32}> <[0-9a-f]{32}> \\]"))) << shown;
}

// 6.1.7.1: no stream refers to external data; 6.1.7.2: no LZW.
TEST_P(PdfA, StreamsAreSelfContainedAndUseNoLzw) {
  int streams = 0;
  objects().for_each([&](const std::string& ref, const Var& value, bool stream) {
    if (!stream) return;
    ++streams;
    auto dict = objects().dict(value);
    ASSERT_FALSE(dict.isNull()) << ref;
    for (const char* key : {"/F", "/FFilter", "/FDecodeParms"}) EXPECT_FALSE(dict->has(key)) << ref << " " << key;
    walk(dict->get("/Filter"), [&](const std::string&, const Var& filter) {
      EXPECT_NE(string_of(filter), "/LZWDecode") << ref;
    });
  });
  EXPECT_GE(streams, 5);
}

// 6.1.13: strings at most 32767 bytes, names at most 127, integers within 32 bits.
TEST_P(PdfA, StaysWithinImplementationLimits) {
  objects().for_each([&](const std::string& ref, const Var& value, bool) {
    walk(value, [&](const std::string& key, const Var& item) {
      EXPECT_LE(key.size(), 128u) << ref;  // "/" + at most 127 bytes
      const std::string text = string_of(item);
      if (text.rfind("u:", 0) == 0) { EXPECT_LE((text.size() - 2) * 2 + 2, 32767u) << ref << " " << key; }
      if (text.rfind("b:", 0) == 0) { EXPECT_LE((text.size() - 2) / 2, 32767u) << ref << " " << key; }
      if (text.rfind("/", 0) == 0) { EXPECT_LE(text.size(), 128u) << ref << " " << key; }
      const double number = number_of(item);
      if (!std::isnan(number)) { EXPECT_LE(std::fabs(number), 2147483647.0) << ref << " " << key; }
    });
  });
}

// The ICC profile's header: (size, version, class, colour space).
struct IccHeader {
  std::uint32_t size = 0;
  int major_version = 0;
  std::string device_class, colour_space, signature;
};

IccHeader icc_header(const std::string& profile) {
  IccHeader header;
  if (profile.size() < 128) return header;
  for (int i = 0; i < 4; ++i) header.size = header.size << 8 | static_cast<unsigned char>(profile[i]);
  header.major_version = static_cast<unsigned char>(profile[8]);
  header.device_class = profile.substr(12, 4);
  header.colour_space = profile.substr(16, 4);
  header.signature = profile.substr(36, 4);
  return header;
}

// 6.2.3: one PDF/A output intent; its profile an RGB (N 3) output or display profile, ICC v2-v4.
TEST_P(PdfA, HasOneSrgbOutputIntent) {
  auto intents = objects().array(objects().catalog()->get("/OutputIntents"));
  ASSERT_FALSE(intents.isNull());
  ASSERT_EQ(intents->size(), 1u);
  auto intent = objects().dict(intents->get(0));
  ASSERT_FALSE(intent.isNull());
  EXPECT_EQ(string_of(intent->get("/Type")), "/OutputIntent");
  EXPECT_EQ(string_of(intent->get("/S")), "/GTS_PDFA1");
  EXPECT_EQ(text_of(intent->get("/OutputConditionIdentifier")), "sRGB IEC61966-2.1");
  const Var profile = intent->get("/DestOutputProfile");
  ASSERT_TRUE(objects().is_stream(profile));
  EXPECT_EQ(number_of(objects().dict(profile)->get("/N")), 3);
  const std::string data = objects().stream_data(profile);
  const IccHeader header = icc_header(data);
  EXPECT_EQ(header.size, data.size());
  EXPECT_EQ(header.signature, "acsp");
  EXPECT_GE(header.major_version, 2);
  EXPECT_LE(header.major_version, 4);
  EXPECT_TRUE(header.device_class == "mntr" || header.device_class == "prtr") << header.device_class;
  EXPECT_EQ(header.colour_space, "RGB ");
}

// 6.2.10: no transparency (soft masks, constant alpha below 1, blend modes,
// transparency groups); 6.2.9: no PostScript XObjects.
TEST_P(PdfA, UsesNoTransparencyOrPostScript) {
  objects().for_each([&](const std::string& ref, const Var& value, bool) {
    walk(value, [&](const std::string& key, const Var& item) {
      if (key == "/SMask") { EXPECT_EQ(string_of(item), "/None") << ref; }
      if (key == "/CA" || key == "/ca") { EXPECT_EQ(number_of(item), 1.0) << ref; }
      if (key == "/BM") { EXPECT_TRUE(string_of(item) == "/Normal" || string_of(item) == "/Compatible") << ref; }
      if (key == "/S") { EXPECT_NE(string_of(item), "/Transparency") << ref; }
      if (key == "/Subtype") { EXPECT_NE(string_of(item), "/PS") << ref; }
      EXPECT_NE(key, "/PS") << ref;
    });
  });
}

// 6.2.11.4.1: every font program embedded; 6.2.11.3.2: CIDToGIDMap for
// CIDFontType2; 6.2.11.7.2 (level U, met as well): a ToUnicode map.
TEST_P(PdfA, EmbedsEveryFontWithAMapToUnicode) {
  int fonts = 0;
  objects().for_each([&](const std::string& ref, const Var& value, bool) {
    auto font = objects().dict(value);
    if (font.isNull() || string_of(font->get("/Type")) != "/Font" || string_of(font->get("/Subtype")) != "/Type0")
      return;
    ++fonts;
    EXPECT_TRUE(objects().is_stream(font->get("/ToUnicode"))) << ref;
    auto descendants = objects().array(font->get("/DescendantFonts"));
    ASSERT_FALSE(descendants.isNull()) << ref;
    ASSERT_EQ(descendants->size(), 1u) << ref;
    auto cid_font = objects().dict(descendants->get(0));
    ASSERT_FALSE(cid_font.isNull()) << ref;
    EXPECT_EQ(string_of(cid_font->get("/Subtype")), "/CIDFontType2") << ref;
    EXPECT_EQ(string_of(cid_font->get("/CIDToGIDMap")), "/Identity") << ref;
    auto descriptor = objects().dict(cid_font->get("/FontDescriptor"));
    ASSERT_FALSE(descriptor.isNull()) << ref;
    const Var program = descriptor->get("/FontFile2");
    ASSERT_TRUE(objects().is_stream(program)) << ref;
    EXPECT_GT(objects().stream_data(program).size(), 1000u) << ref;
  });
  EXPECT_GE(fonts, 2);
  // And no font of another kind (which would need its own checks here).
  objects().for_each([&](const std::string& ref, const Var& value, bool) {
    auto font = objects().dict(value);
    if (font.isNull() || string_of(font->get("/Type")) != "/Font") return;
    const std::string subtype = string_of(font->get("/Subtype"));
    EXPECT_TRUE(subtype == "/Type0" || subtype == "/CIDFontType2") << ref << " " << subtype;
  });
}

// 6.3.2: every annotation printable, never hidden; 6.3.3: an appearance
// dictionary with only /N, a stream for a non-button widget; 6.4.1: no
// actions on widgets, no NeedAppearances; 6.4.2: no XFA.
TEST_P(PdfA, AnnotationsArePrintableWithAppearancesAndNoActions) {
  int annotations = 0;
  for (const std::string& page : objects().pages()) {
    auto list = objects().array(objects().dict(page)->get("/Annots"));
    if (list.isNull()) continue;
    for (std::size_t i = 0; i < list->size(); ++i) {
      auto annotation = objects().dict(list->get(static_cast<unsigned>(i)));
      ASSERT_FALSE(annotation.isNull());
      ++annotations;
      const int flags = static_cast<int>(number_of(annotation->get("/F")));
      EXPECT_EQ(flags & 4, 4) << "Print";
      EXPECT_EQ(flags & (1 | 2 | 32 | 256), 0) << "Invisible, Hidden, NoView, ToggleNoView";
      auto appearance = objects().dict(annotation->get("/AP"));
      ASSERT_FALSE(appearance.isNull());
      EXPECT_EQ(appearance->size(), 1u) << "only /N";
      EXPECT_TRUE(objects().is_stream(appearance->get("/N")));
      EXPECT_FALSE(annotation->has("/A"));
      EXPECT_FALSE(annotation->has("/AA"));
    }
  }
  auto form = objects().dict(objects().catalog()->get("/AcroForm"));
  if (annotations > 0) { ASSERT_FALSE(form.isNull()); }
  if (!form.isNull()) {
    EXPECT_FALSE(form->has("/NeedAppearances") && form->get("/NeedAppearances").convert<bool>());
    EXPECT_FALSE(form->has("/XFA"));
  }
}

// 6.5: no JavaScript, no actions triggered by opening or by events.
TEST_P(PdfA, HasNoJavaScriptOrTriggeredActions) {
  auto catalog = objects().catalog();
  EXPECT_FALSE(catalog->has("/OpenAction"));
  EXPECT_FALSE(catalog->has("/AA"));
  EXPECT_FALSE(catalog->has("/Requirements"));  // 6.11
  objects().for_each([&](const std::string& ref, const Var& value, bool) {
    walk(value, [&](const std::string& key, const Var& item) {
      EXPECT_TRUE(key != "/JS" && key != "/JavaScript" && key != "/AA") << ref << " " << key;
      EXPECT_NE(string_of(item), "/JavaScript") << ref;
    });
  });
}

// 6.6.2.1: the catalog's metadata is an XMP stream without a filter, its
// packet header without "bytes" or "encoding"; 6.6.4: it identifies PDF/A-3a
// (level A: tagged, checked in tagged_pdf_test.cpp).
TEST_P(PdfA, MetadataIsUnfilteredXmpIdentifyingPdfA3a) {
  const Var metadata = objects().catalog()->get("/Metadata");
  ASSERT_TRUE(objects().is_stream(metadata));
  auto dict = objects().dict(metadata);
  EXPECT_EQ(string_of(dict->get("/Type")), "/Metadata");
  EXPECT_EQ(string_of(dict->get("/Subtype")), "/XML");
  EXPECT_FALSE(dict->has("/Filter"));
  const std::string xmp = metadata_xmp(objects());
  ASSERT_EQ(xmp.rfind("<?xpacket begin=", 0), 0u) << xmp;
  const std::string header = xmp.substr(0, xmp.find("?>"));
  EXPECT_EQ(header.find("bytes="), std::string::npos);
  EXPECT_EQ(header.find("encoding="), std::string::npos);
  TempDir dir;
  write_text(dir / "xmp.xml", xmp);
  auto wellformed = run("xmllint --noout " + quote((dir / "xmp.xml").string()));
  EXPECT_EQ(wellformed.exit_code, 0) << wellformed.err;
  const std::string pdfaid = "namespace-uri()='http://www.aiim.org/pdfa/ns/id/'";
  EXPECT_EQ(xpath_text(xmp, "//*[" + pdfaid + " and local-name()='part']"), "3");
  EXPECT_EQ(xpath_text(xmp, "//*[" + pdfaid + " and local-name()='conformance']"), "A");
}

// "D:20260315093000+01'00'" -> "2026-03-15T09:30:00+01:00" (the precisions sygedok writes).
std::string xmp_form_of_pdf_date(std::string date) {
  if (date.rfind("D:", 0) != 0 || date.size() < 10) return "<not a PDF date: " + date + ">";
  date = date.substr(2);
  std::string out = date.substr(0, 4) + "-" + date.substr(4, 2) + "-" + date.substr(6, 2);
  if (date.size() >= 14)
    out += "T" + date.substr(8, 2) + ":" + date.substr(10, 2) + ":" + date.substr(12, 2);
  if (date.size() >= 20) out += date.substr(14, 3) + ":" + date.substr(18, 2);
  return out;
}

// 6.6.2.3: each Info entry has its XMP equivalent with the same value.
TEST_P(PdfA, InfoAndXmpAreEquivalent) {
  auto info = objects().info();
  ASSERT_FALSE(info.isNull());
  const std::string xmp = metadata_xmp(objects());
  const std::vector<std::pair<std::string, std::string>> pairs = {
      {"/Title", "//*[local-name()='title']/*/*[@xml:lang='x-default']"},
      {"/Author", "//*[local-name()='creator']/*[local-name()='Seq']/*"},
      {"/Subject", "//*[local-name()='description']/*/*[@xml:lang='x-default']"},
      {"/Creator", "//*[local-name()='CreatorTool']"},
      {"/Producer", "//*[local-name()='Producer']"},
      {"/Keywords", "//*[local-name()='Keywords']"}};
  for (const auto& [key, xpath] : pairs) EXPECT_EQ(text_of(info->get(key)), xpath_text(xmp, xpath)) << key;
  for (const char* key : {"/Title", "/Author", "/Producer", "/Creator"})
    EXPECT_FALSE(text_of(info->get(key)).empty()) << key;
  EXPECT_EQ(xpath_text(xmp, "count(//*[local-name()='creator']/*/*)"), "1") << "one author";
  for (const auto& [key, property] : {std::pair{"/CreationDate", "CreateDate"}, std::pair{"/ModDate", "ModifyDate"}}) {
    const std::string in_xmp = xpath_text(xmp, "//*[local-name()='" + std::string(property) + "']");
    if (!info->has(key)) {
      EXPECT_EQ(in_xmp, "") << property;  // neither, when the input gives no time
    } else {
      EXPECT_EQ(in_xmp, xmp_form_of_pdf_date(text_of(info->get(key)))) << property;
    }
  }
}

TEST_P(PdfA, DeclaresDanishAsItsLanguage) {
  EXPECT_EQ(text_of(objects().catalog()->get("/Lang")), "da-DK");
  EXPECT_EQ(xpath_text(metadata_xmp(objects()), "//*[local-name()='language']/*/*"), "da-DK");
}

TEST_P(PdfA, EmbedsNoFilesUnlessAsked) {
  EXPECT_FALSE(objects().catalog()->has("/AF"));
  EXPECT_FALSE(objects().catalog()->has("/Names"));
}

INSTANTIATE_TEST_SUITE_P(Samples, PdfA, ::testing::ValuesIn(all_samples()), sample_test_name);

// The sample's own text with "archive" added as its last member, so that
// the embedded bytes can be compared with a file a person wrote.
std::string with_archive_member(const Sample& sample, const std::string& archive_json) {
  std::string json = read_text(sample.path);
  const auto last = json.rfind('}');
  return json.substr(0, last) + ",\n  \"archive\": " + archive_json + "\n}\n";
}

// Renders `in_json` in `dir` to out.pdf with the sygedok binary.
ToolRun render_referat(const TempDir& dir, const std::string& in_json, const std::string& out_pdf = "out.pdf") {
  return run(sygedok("render referat " + quote((dir / in_json).string()) + " -o " + quote((dir / out_pdf).string())));
}

// 6.8: the request embedded as an associated file: an EmbeddedFile stream
// with its MIME type and size, a file specification with /F, /UF and
// /AFRelationship, listed in the catalog's /AF; readers get the exact bytes.
TEST(PdfASource, IsEmbeddedOnRequestAsAnAssociatedFile) {
  TempDir dir;
  const Sample referat = sample("referat", "fravaerssamtale");
  const std::string request = with_archive_member(referat, "{\"embed_source\": true}");
  write_text(dir / "in.json", request);
  auto r = render_referat(dir, "in.json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err.find("archive"), std::string::npos) << "no warning about the member: " << r.err;

  auto shown = run("qpdf --show-attachment=kilde.json " + quote((dir / "out.pdf").string()));
  EXPECT_EQ(shown.exit_code, 0) << shown.err;
  EXPECT_TRUE(shown.out == request) << "the embedded bytes differ from the request";
  auto detached = run("pdfdetach -save 1 -o " + quote((dir / "detached.json").string()) + " " +
                      quote((dir / "out.pdf").string()));
  EXPECT_EQ(detached.exit_code, 0) << detached.err;
  EXPECT_TRUE(read_text(dir / "detached.json") == request);

  PdfObjects objects(dir / "out.pdf");
  ASSERT_TRUE(objects.ok()) << objects.error();
  auto associated = objects.array(objects.catalog()->get("/AF"));
  ASSERT_FALSE(associated.isNull());
  ASSERT_EQ(associated->size(), 1u);
  auto spec = objects.dict(associated->get(0));
  ASSERT_FALSE(spec.isNull());
  EXPECT_EQ(string_of(spec->get("/Type")), "/Filespec");
  EXPECT_EQ(text_of(spec->get("/F")), "kilde.json");
  EXPECT_EQ(text_of(spec->get("/UF")), "kilde.json");
  EXPECT_EQ(string_of(spec->get("/AFRelationship")), "/Source");
  EXPECT_FALSE(text_of(spec->get("/Desc")).empty());
  auto streams = objects.dict(spec->get("/EF"));
  ASSERT_FALSE(streams.isNull());
  auto file = objects.dict(streams->get("/F"));
  ASSERT_FALSE(file.isNull());
  EXPECT_EQ(string_of(file->get("/Type")), "/EmbeddedFile");
  EXPECT_EQ(string_of(file->get("/Subtype")), "/application/json");
  EXPECT_EQ(number_of(objects.dict(file->get("/Params"))->get("/Size")), static_cast<double>(request.size()));
  // The same file under /EmbeddedFiles, for readers that know no /AF.
  auto tree = objects.dict(objects.dict(objects.catalog()->get("/Names"))->get("/EmbeddedFiles"));
  ASSERT_FALSE(tree.isNull());
  auto leaves = objects.array(tree->get("/Names"));
  ASSERT_FALSE(leaves.isNull());
  ASSERT_EQ(leaves->size(), 2u);
  EXPECT_EQ(text_of(leaves->get(0)), "kilde.json");
  EXPECT_EQ(string_of(leaves->get(1)), string_of(associated->get(0)));

  auto check = run("qpdf --check " + quote((dir / "out.pdf").string()));
  EXPECT_EQ(check.exit_code, 0) << check.out;
}

TEST(PdfASource, EmbeddingKeepsTheOutputByteStable) {
  TempDir dir;
  write_text(dir / "in.json", with_archive_member(sample("referat", "fravaerssamtale"), "{\"embed_source\": true}"));
  for (const char* name : {"a.pdf", "b.pdf"}) ASSERT_EQ(render_referat(dir, "in.json", name).exit_code, 0);
  EXPECT_TRUE(read_text(dir / "a.pdf") == read_text(dir / "b.pdf"));
}

TEST(PdfASource, IsNotEmbeddedWhenTurnedOff) {
  TempDir dir;
  write_text(dir / "in.json", with_archive_member(sample("referat", "fravaerssamtale"), "{\"embed_source\": false}"));
  auto r = render_referat(dir, "in.json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto listed = run("pdfdetach -list " + quote((dir / "out.pdf").string()));
  EXPECT_EQ(listed.out, "0 embedded files\n");
}

TEST(PdfASource, AWrongArchiveValueIsRefusedWithItsPath) {
  TempDir dir;
  write_text(dir / "in.json", with_archive_member(sample("referat", "fravaerssamtale"), "{\"embed_source\": \"ja\"}"));
  auto r = render_referat(dir, "in.json");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("archive.embed_source"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(dir / "out.pdf"));
}

}  // namespace
}  // namespace sygedok::e2e
