// Every rendered sample's content streams and objects judged as a tagged
// PDF (docs/pdf-standards.md names these tests): everything drawn lies
// inside exactly one marked-content sequence (our own reader of the streams
// qpdf decodes); MarkInfo, StructTreeRoot, ParentTree, StructParents, Tabs,
// widgets' StructParent and TU, standard structure types, and the XMP
// claims (qpdf --json, xmllint). The samples are instantiated in
// tagged_pdf_test.cpp.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>

#include "content_stream.h"
#include "pdf_objects.h"
#include "structure_tree.h"
#include "tagged_pdf_fixture.h"

namespace sygedok::e2e {
namespace {

using Poco::Dynamic::Var;

// The decoded content of a page: its /Contents stream, or the streams of
// its /Contents array joined as one (ISO 32000-1 7.8.2).
std::string page_content(const PdfObjects& objects, const std::string& page) {
  auto dict = objects.dict(page);
  if (dict.isNull()) return "";
  const Var contents = dict->get("/Contents");
  if (auto array = objects.array(contents)) {
    std::string data;
    for (std::size_t i = 0; i < array->size(); ++i) data += objects.stream_data(array->get(static_cast<unsigned>(i))) + "\n";
    return data;
  }
  return objects.stream_data(contents);
}

// ISO 32000-1 14.8.4: the standard structure types.
const std::set<std::string>& standard_structure_types() {
  static const std::set<std::string> types = {
      "Document", "Part",  "Art",     "Sect",     "Div",       "BlockQuote", "Caption", "TOC",     "TOCI",
      "Index",    "NonStruct", "Private", "P",     "H",         "H1",         "H2",      "H3",      "H4",
      "H5",       "H6",    "L",       "LI",       "Lbl",       "LBody",      "Table",   "TR",      "TH",
      "TD",       "THead", "TBody",   "TFoot",    "Span",      "Quote",      "Note",    "Reference", "BibEntry",
      "Code",     "Link",  "Annot",   "Ruby",     "RB",        "RT",         "RP",      "Warichu", "WT",
      "WP",       "Figure", "Formula", "Form"};
  return types;
}

}  // namespace

// Matterhorn 01-001..01-005: all that is drawn is either real content with
// an MCID or an artifact, in exactly one sequence (qpdf decodes the streams;
// content_stream.cpp reads the operators). XObjects are images only: a form
// XObject's own content would need this check too.
TEST_P(TaggedPdf, EverythingDrawnIsInsideOneMarkedContentSequence) {
  ASSERT_TRUE(objects().ok()) << objects().error();
  const auto pages = objects().pages();
  ASSERT_FALSE(pages.empty());
  for (const auto& page : pages) {
    const MarkedContent marked = judge_marked_content(page_content(objects(), page));
    EXPECT_GT(marked.painting_operators, 0) << page;
    for (const auto& problem : marked.problems) ADD_FAILURE() << page << ": " << problem;
    auto resources = objects().dict(objects().dict(page)->get("/Resources"));
    if (resources.isNull()) continue;
    if (auto xobjects = objects().dict(resources->get("/XObject"))) {
      std::vector<std::string> names;
      xobjects->getNames(names);
      for (const auto& name : names)
        EXPECT_EQ(string_of(objects().dict(xobjects->get(name))->get("/Subtype")), "/Image") << page << " " << name;
    }
  }
}

// PDF/UA-1 7.1 and Matterhorn 06-001, 07-001, 11-001, PDF/A-3 6.7.2/6.7.3:
// the catalog says the file is tagged, has a structure tree with a parent
// tree, shows the title and names the language.
TEST_P(TaggedPdf, CatalogDeclaresTheStructure) {
  ASSERT_TRUE(objects().ok()) << objects().error();
  auto catalog = objects().catalog();
  auto mark_info = objects().dict(catalog->get("/MarkInfo"));
  ASSERT_FALSE(mark_info.isNull()) << "no /MarkInfo";
  EXPECT_TRUE(mark_info->has("/Marked") && mark_info->get("/Marked").convert<bool>()) << "/Marked is not true";
  EXPECT_FALSE(mark_info->has("/Suspects") && mark_info->get("/Suspects").convert<bool>());
  auto root = objects().dict(catalog->get("/StructTreeRoot"));
  ASSERT_FALSE(root.isNull()) << "no /StructTreeRoot";
  EXPECT_EQ(string_of(root->get("/Type")), "/StructTreeRoot");
  EXPECT_FALSE(objects().dict(root->get("/ParentTree")).isNull()) << "no /ParentTree";
  auto preferences = objects().dict(catalog->get("/ViewerPreferences"));
  ASSERT_FALSE(preferences.isNull()) << "no /ViewerPreferences";
  EXPECT_TRUE(preferences->has("/DisplayDocTitle") && preferences->get("/DisplayDocTitle").convert<bool>());
  EXPECT_EQ(text_of(catalog->get("/Lang")), "da-DK");
}

// Matterhorn 02-001..02-004, 09-001: every structure type is a standard one
// (or role-mapped to one, never a standard one remapped), each element's /P
// is its parent, and the root holds one Document.
TEST_P(TaggedPdf, StructureTypesAreStandardAndTheTreeIsWellFormed) {
  ASSERT_TRUE(objects().ok()) << objects().error();
  StructureTree tree(objects());
  ASSERT_TRUE(tree.present()) << "no /StructTreeRoot";
  for (const auto& problem : tree.problems()) ADD_FAILURE() << problem;
  const auto& standard = standard_structure_types();
  for (const auto& [from, to] : tree.role_map()) {
    EXPECT_FALSE(standard.count(from)) << "the role map remaps the standard type " << from;
    EXPECT_TRUE(standard.count(to)) << "the role map maps " << from << " to the non-standard " << to;
  }
  int top = 0;
  for (const auto& element : tree.elements()) {
    EXPECT_TRUE(standard.count(element.type) || tree.role_map().count(element.type))
        << element.ref << ": " << element.type << " is neither standard nor role-mapped";
    EXPECT_TRUE(element.parent_link_ok) << element.ref << " (" << element.type << "): /P is not its parent";
    if (element.has_type_entry) { EXPECT_EQ(element.type_entry, "/StructElem") << element.ref; }
    if (element.parent < 0) {
      ++top;
      EXPECT_EQ(element.type, "Document");
    }
  }
  EXPECT_EQ(top, 1) << "the root holds one Document";
}

// ISO 32000-1 14.7.4.4, Matterhorn 01-001, 28-009/28-011, PDF/UA 7.18.3: pages and
// annotations reach their elements through the parent tree, and the
// elements point back; pages with annotations order them by structure.
TEST_P(TaggedPdf, PagesAndWidgetsAreLinkedToTheirElementsThroughTheParentTree) {
  ASSERT_TRUE(objects().ok()) << objects().error();
  StructureTree tree(objects());
  ASSERT_TRUE(tree.present());
  const auto& parent_tree = tree.parent_tree();
  std::set<long> keys_used;
  // Every (page, MCID) the elements hold, to be found on the pages.
  std::map<std::pair<std::string, int>, std::string> held;
  for (const auto& element : tree.elements())
    for (const auto& content : element.marked_content) {
      EXPECT_FALSE(content.page.empty()) << element.ref << " holds MCID " << content.mcid << " without /Pg";
      const bool first = held.emplace(std::make_pair(content.page, content.mcid), element.ref).second;
      EXPECT_TRUE(first) << content.page << " MCID " << content.mcid << " is held by two elements";
    }
  std::set<std::pair<std::string, int>> on_pages;
  for (const auto& page : objects().pages()) {
    auto dict = objects().dict(page);
    ASSERT_TRUE(dict->has("/StructParents")) << page << " has no /StructParents";
    const long key = static_cast<long>(number_of(dict->get("/StructParents")));
    EXPECT_TRUE(keys_used.insert(key).second) << "key " << key << " used twice";
    const auto entry = parent_tree.find(key);
    ASSERT_NE(entry, parent_tree.end()) << page << ": /StructParents " << key << " is not in the /ParentTree";
    auto elements = objects().array(entry->second);
    ASSERT_FALSE(elements.isNull()) << page << ": the /ParentTree entry is not an array";
    for (int mcid : judge_marked_content(page_content(objects(), page)).mcids) {
      on_pages.insert({page, mcid});
      ASSERT_LT(static_cast<std::size_t>(mcid), elements->size()) << page << " MCID " << mcid;
      const std::string ref = string_of(elements->get(static_cast<unsigned>(mcid)));
      const auto holder = held.find({page, mcid});
      EXPECT_TRUE(holder != held.end() && holder->second == ref)
          << page << " MCID " << mcid << ": the /ParentTree names " << ref << ", the tree "
          << (holder == held.end() ? std::string("no element") : holder->second);
    }
    auto annotations = objects().array(dict->get("/Annots"));
    if (annotations.isNull() || annotations->size() == 0) continue;
    EXPECT_EQ(string_of(dict->get("/Tabs")), "/S") << page << " has annotations but no /Tabs /S";
    for (std::size_t i = 0; i < annotations->size(); ++i) {
      const std::string widget = string_of(annotations->get(static_cast<unsigned>(i)));
      auto annotation = objects().dict(widget);
      ASSERT_FALSE(annotation.isNull());
      EXPECT_FALSE(text_of(annotation->get("/TU")).empty()) << widget << " has no /TU";
      ASSERT_TRUE(annotation->has("/StructParent")) << widget << " has no /StructParent";
      const long widget_key = static_cast<long>(number_of(annotation->get("/StructParent")));
      EXPECT_TRUE(keys_used.insert(widget_key).second) << "key " << widget_key << " used twice";
      const auto widget_entry = parent_tree.find(widget_key);
      ASSERT_NE(widget_entry, parent_tree.end()) << widget << ": /StructParent is not in the /ParentTree";
      const int form = tree.find(string_of(widget_entry->second));
      ASSERT_GE(form, 0) << widget << ": the /ParentTree entry is no element of the tree";
      const auto& element = tree.elements()[static_cast<std::size_t>(form)];
      EXPECT_EQ(element.type, "Form") << widget;
      EXPECT_NE(std::find(element.objects.begin(), element.objects.end(), widget), element.objects.end())
          << element.ref << " holds no /OBJR for " << widget;
    }
  }
  for (const auto& [content, ref] : held)
    EXPECT_TRUE(on_pages.count(content)) << ref << " holds MCID " << content.second << " which "
                                         << content.first << " does not have";
}

// Matterhorn 06-002, PDF/A-3 6.6.4 and 6.6.2.3.1: the XMP claims PDF/UA-1
// (pdfuaid:part 1) and PDF/A-3a, and describes the pdfuaid schema, which
// PDF/A does not predefine, in a pdfaExtension schema.
TEST_P(TaggedPdf, XmpClaimsPdfUa1AndPdfA3aAndDescribesPdfuaid) {
  ASSERT_TRUE(objects().ok()) << objects().error();
  const std::string xmp = metadata_xmp(objects());
  ASSERT_FALSE(xmp.empty());
  const std::string pdfua = "http://www.aiim.org/pdfua/ns/id/";
  const std::string pdfaid = "http://www.aiim.org/pdfa/ns/id/";
  auto property = [&](const std::string& ns, const std::string& name) {
    const std::string test = "[namespace-uri()='" + ns + "' and local-name()='" + name + "']";
    return xpath_text(xmp, "(//*" + test + " | //@*" + test + ")[1]");
  };
  EXPECT_EQ(property(pdfua, "part"), "1");
  EXPECT_EQ(property(pdfaid, "part"), "3");
  EXPECT_EQ(property(pdfaid, "conformance"), "A");
  const std::string schema_ns = "http://www.aiim.org/pdfa/ns/schema#";
  const std::string schema =
      "//*[local-name()='namespaceURI' and namespace-uri()='" + schema_ns + "' and .='" + pdfua + "']/..";
  EXPECT_EQ(xpath_text(xmp, schema + "/*[local-name()='prefix']"), "pdfuaid");
  const std::string part = schema + "//*[local-name()='name' and .='part']/..";
  EXPECT_EQ(xpath_text(xmp, part + "/*[local-name()='valueType']"), "Integer");
  EXPECT_EQ(xpath_text(xmp, part + "/*[local-name()='category']"), "internal");
  EXPECT_FALSE(xpath_text(xmp, part + "/*[local-name()='description']").empty());
}

}  // namespace sygedok::e2e
