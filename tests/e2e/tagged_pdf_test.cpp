// Every rendered sample judged as a tagged PDF (PDF/UA-1, PDF/A-3 level A;
// docs/pdf-standards.md lists the conditions and names these tests):
//  - poppler: `pdfinfo` says Tagged, `pdfinfo -struct-text` reads the
//    structure without a warning, and its words are the page text without
//    artifacts, in the same order;
//  - pdf.js (tests/node/structure_judge.mjs): the roles a reader gets (one
//    H1, tables of rows of cells, lists of items with label and body, the
//    signature fields as Form elements, alt text on figures), and the text
//    read through the structure equals the page's text in content order;
//  - the page content streams (qpdf): everything drawn lies inside exactly
//    one marked-content sequence;
//  - the objects (qpdf --json): MarkInfo, StructTreeRoot, ParentTree,
//    StructParents, Tabs, widgets' StructParent and TU, standard structure
//    types, table header scopes, and the XMP claims.
// The logo of the example organisation profile is judged at the end.
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "content_stream.h"
#include "node_judges.h"
#include "pdf_objects.h"
#include "rendered_samples.h"
#include "structure_tree.h"

namespace sygedok::e2e {
namespace {

namespace fs = std::filesystem;
using Poco::Dynamic::Var;
using Poco::JSON::Array;
using Poco::JSON::Object;

// ---------------------------------------------------------------- words

// The words of `text`: split at white space; a word that ends where the
// line breaker may break without a space (a hyphen, a dash, a slash: a word
// divided at a line end, "læge-" in "læge- og", a URL) is joined to the
// next, so a divided word compares equal whether a reader joins the lines
// as they are (poppler) or at their line ends (pdf.js).
std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> words;
  std::istringstream in(text);
  std::string word;
  bool join = false;
  auto ends_in_break = [](const std::string& w) {
    for (const std::string hyphen : {"-", "/", "\u00AD", "\u2010", "\u2013", "\u2014"})
      if (w.size() >= hyphen.size() && w.compare(w.size() - hyphen.size(), hyphen.size(), hyphen) == 0) return true;
    return false;
  };
  while (in >> word) {
    if (join) words.back() += word;
    else words.push_back(word);
    join = ends_in_break(words.back());
  }
  return words;
}

// Where two word sequences first differ, with a few words around, for a message.
std::string first_difference(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::size_t i = 0;
  while (i < a.size() && i < b.size() && a[i] == b[i]) ++i;
  if (i == a.size() && i == b.size()) return "the same";
  auto around = [i](const std::vector<std::string>& words) {
    std::string out;
    for (std::size_t j = i >= 4 ? i - 4 : 0; j < std::min(words.size(), i + 8); ++j)
      out += (j == i ? " >>" : " ") + words[j];
    return out.empty() ? std::string(" (nothing)") : out;
  };
  return "word " + std::to_string(i) + " of " + std::to_string(a.size()) + " / " + std::to_string(b.size()) +
         ":\n  first: " + around(a) + "\n  second:" + around(b);
}

std::size_t count_of(const std::string& text, const std::string& what) {
  std::size_t count = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++count;
  return count;
}

// ---------------------------------------------------------------- poppler

// The text `pdfinfo -struct-text` reads through the structure tree. It
// prints each element's name on a line and each marked-content sequence's
// text on its own line in quotes; the sequences of one element are joined
// as they are, as a reader that concatenates marked content joins them
// (so a line that lost its space at the line break glues two words), and
// elements are separated by a line end.
std::string poppler_structure_text(const std::string& printed) {
  std::istringstream lines(printed);
  std::string line, text;
  bool in_text = false;
  while (std::getline(lines, line)) {
    const auto first = line.find_first_not_of(' ');
    const bool quoted = first != std::string::npos && line[first] == '"' && line.size() > first + 1 &&
                        line.back() == '"';
    if (quoted) text += line.substr(first + 1, line.size() - first - 2);
    else if (in_text) text += "\n";
    in_text = quoted;
  }
  return text;
}

std::string pdfinfo_field(const std::string& pdfinfo, const std::string& field) {
  static const std::regex spaces("^\\s+");
  std::istringstream lines(pdfinfo);
  std::string line;
  while (std::getline(lines, line))
    if (line.rfind(field + ":", 0) == 0) return std::regex_replace(line.substr(field.size() + 1), spaces, "");
  return "<no " + field + ">";
}

// ---------------------------------------------------------------- pdf.js

// structure_judge.mjs's description of `pdf`, read once per file; null
// (after a test failure) when the judge failed.
Object::Ptr pdfjs_description(const fs::path& pdf) {
  static std::map<std::string, Object::Ptr> described;
  auto found = described.find(pdf.string());
  if (found != described.end()) return found->second;
  auto r = describe_structure_with_pdfjs(pdf);
  Object::Ptr description;
  if (r.exit_code != 0) {
    ADD_FAILURE() << "structure_judge.mjs failed on " << pdf << ": " << r.err;
  } else {
    try {
      description = Poco::JSON::Parser().parse(r.out).extract<Object::Ptr>();
    } catch (const std::exception& e) {
      ADD_FAILURE() << "structure_judge.mjs printed no JSON: " << e.what();
    }
  }
  return described[pdf.string()] = description;
}

struct PdfjsElement {
  int page = 0;
  std::string path, role, text, alt;
  bool has_alt = false;
  std::vector<std::string> kids, annotations;
};

struct PdfjsPage {
  std::vector<PdfjsElement> elements;
  std::string page_text, structure_text, content_text, unmarked_text;
  std::vector<std::string> artifact_texts, unknown_mcids, missing_mcids;
  struct Annotation {
    std::string field_name, tu;
    int struct_parent = -1;
  };
  std::vector<Annotation> annotations;
};

std::vector<std::string> strings_of(const Array::Ptr& array) {
  std::vector<std::string> out;
  if (array)
    for (std::size_t i = 0; i < array->size(); ++i) out.push_back(array->getElement<std::string>(i));
  return out;
}

std::vector<PdfjsPage> pdfjs_pages(const fs::path& pdf) {
  std::vector<PdfjsPage> pages;
  auto description = pdfjs_description(pdf);
  if (!description) return pages;
  auto list = description->getArray("pages");
  for (std::size_t p = 0; list && p < list->size(); ++p) {
    auto in = list->getObject(static_cast<unsigned>(p));
    PdfjsPage page;
    page.page_text = in->getValue<std::string>("pageText");
    page.structure_text = in->getValue<std::string>("structureText");
    page.content_text = in->getValue<std::string>("contentText");
    page.unmarked_text = in->getValue<std::string>("unmarkedText");
    page.artifact_texts = strings_of(in->getArray("artifactTexts"));
    page.unknown_mcids = strings_of(in->getArray("unknownMcids"));
    page.missing_mcids = strings_of(in->getArray("missingMcids"));
    auto elements = in->getArray("elements");
    for (std::size_t i = 0; elements && i < elements->size(); ++i) {
      auto e = elements->getObject(static_cast<unsigned>(i));
      PdfjsElement element;
      element.page = static_cast<int>(p) + 1;
      element.path = e->getValue<std::string>("path");
      element.role = e->getValue<std::string>("role");
      element.text = e->getValue<std::string>("text");
      element.has_alt = e->has("alt");
      if (element.has_alt) element.alt = e->getValue<std::string>("alt");
      element.kids = strings_of(e->getArray("kids"));
      element.annotations = strings_of(e->getArray("annotations"));
      page.elements.push_back(element);
    }
    auto annotations = in->getArray("annotations");
    for (std::size_t i = 0; annotations && i < annotations->size(); ++i) {
      auto a = annotations->getObject(static_cast<unsigned>(i));
      page.annotations.push_back({a->isNull("fieldName") ? "" : a->getValue<std::string>("fieldName"),
                                  a->isNull("tu") ? "" : a->getValue<std::string>("tu"),
                                  a->isNull("structParent") ? -1 : a->getValue<int>("structParent")});
    }
    pages.push_back(page);
  }
  return pages;
}

// Every element of every page, in reading order. An element with content on
// two pages (the Document, a table that breaks) is listed on both.
std::vector<PdfjsElement> all_elements(const std::vector<PdfjsPage>& pages) {
  std::vector<PdfjsElement> all;
  for (const auto& page : pages) all.insert(all.end(), page.elements.begin(), page.elements.end());
  return all;
}

// The role of the parent of an element with this path ("Document/L/LI" -> "L").
std::string parent_role(const std::string& path) {
  const auto last = path.rfind('/');
  if (last == std::string::npos) return "";
  const auto before = path.rfind('/', last - 1);
  return path.substr(before == std::string::npos ? 0 : before + 1, last - (before == std::string::npos ? 0 : before + 1));
}

bool has_kid(const PdfjsElement& element, const std::string& role) {
  return std::find(element.kids.begin(), element.kids.end(), role) != element.kids.end();
}

// ---------------------------------------------------------------- content streams

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

struct MarkedContent {
  std::vector<std::string> problems;
  std::vector<int> mcids;  // in content order
  int painting_operators = 0;
};

// Every operator that shows text or paints (ISO 32000-1 tables 51, 59, 77,
// 87, 107) must lie inside exactly one marked-content sequence, which is
// either real content (`/Tag <</MCID n>> BDC`) or an artifact (`/Artifact
// BMC` or `/Artifact <<…>> BDC`); no sequence inside another; each MCID once.
MarkedContent judge_marked_content(const std::string& content) {
  static const std::set<std::string> painting = {"Tj", "TJ", "'", "\"", "S", "s", "f", "F", "f*", "B",
                                                 "B*", "b", "b*", "sh", "Do", "BI"};
  MarkedContent result;
  int depth = 0;
  std::string open_tag;
  auto problem = [&](std::size_t index, const ContentOperation& op, const std::string& what) {
    if (result.problems.size() < 12)
      result.problems.push_back("operation " + std::to_string(index) + " (" + op.op + "): " + what);
  };
  const auto operations = parse_content_stream(content);
  for (std::size_t i = 0; i < operations.size(); ++i) {
    const ContentOperation& op = operations[i];
    if (op.op == "BDC" || op.op == "BMC" || op.op == "MP" || op.op == "DP") {
      const std::string tag = op.operands.empty() ? "" : op.operands.front();
      if (op.op == "MP" || op.op == "DP") continue;  // marked points mark nothing
      if (depth > 0) problem(i, op, "marked content " + tag + " inside " + open_tag);
      ++depth;
      open_tag = tag;
      auto mcid = std::find(op.operands.begin(), op.operands.end(), "/MCID");
      if (tag == "/Artifact") {
        if (mcid != op.operands.end()) problem(i, op, "an artifact with an MCID");
      } else if (op.op == "BMC") {
        problem(i, op, tag + " BMC is neither an artifact nor real content with an MCID");
      } else if (op.operands.size() < 2 || op.operands[1] != "<<") {
        problem(i, op, tag + " BDC without an inline property list with /MCID");
      } else if (mcid == op.operands.end() || mcid + 1 == op.operands.end()) {
        problem(i, op, tag + " BDC without /MCID");
      } else {
        const int number = std::atoi((mcid + 1)->c_str());
        if (std::count(result.mcids.begin(), result.mcids.end(), number))
          problem(i, op, "MCID " + std::to_string(number) + " used twice");
        result.mcids.push_back(number);
      }
    } else if (op.op == "EMC") {
      if (depth == 0) problem(i, op, "EMC without a sequence to end");
      else --depth;
    } else if (painting.count(op.op)) {
      ++result.painting_operators;
      if (depth == 0) {
        std::string shown;
        for (const auto& operand : op.operands) shown += operand.substr(0, 40) + " ";
        problem(i, op, "outside marked content: " + shown);
      }
    }
  }
  if (depth != 0) result.problems.push_back("the page ends inside a marked-content sequence");
  return result;
}

// ---------------------------------------------------------------- expectations

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

Object::Ptr sample_json(const Sample& sample) {
  return Poco::JSON::Parser().parse(read_text(sample.path)).extract<Object::Ptr>();
}

// What a sample's tables must show: header cells of label | value tables
// (row headers) and of tables with a header row (column headers), by
// their text, from the templates of each kind (templates/<kind>/). The
// signatures partial is a table in Markdown but laid out as a signature
// block: a Div per signer with the Form and its lines.
struct TableExpectation {
  std::vector<std::string> row_headers;
  std::vector<std::string> column_headers;
};

TableExpectation tables_of(const Sample& sample) {
  const std::string kind = sample.kind;
  const auto json = sample_json(sample);
  if (kind == "referat") {
    TableExpectation e{{"Medarbejder"}, {}};
    if (auto agreements = json->getArray("agreements"); agreements && agreements->size() > 0)
      e.column_headers.insert(e.column_headers.end(), {"Hvad", "Hvem", "Hvornår"});
    return e;
  }
  if (kind == "indkaldelse") {
    TableExpectation e{{"Tidspunkt"}, {}};
    if (auto periods = json->getArray("absence_periods"); periods && periods->size() > 0)
      e.column_headers = {"Periode", "Fraværsdage"};
    return e;
  }
  if (kind == "notat") return {{"Medarbejder"}, {}};
  if (kind == "fastholdelsesplan") {
    TableExpectation e{{"Medarbejder"}, {}};
    if (auto schedule = json->getArray("schedule"); schedule && schedule->size() > 0)
      e.column_headers.insert(e.column_headers.end(), {"Periode", "Timer om ugen", "Opgaver"});
    if (auto follow_up = json->getArray("follow_up"); follow_up && follow_up->size() > 0)
      e.column_headers.insert(e.column_headers.end(), {"Hvornår", "Hvad"});
    return e;
  }
  return {};
}

// The signature fields a kind has (templates/partials/signatures.mustache).
std::set<std::string> signature_fields_of(const Sample& sample) {
  if (sample.kind == "referat" || sample.kind == "fastholdelsesplan")
    return {"Underskrift_leder", "Underskrift_medarbejder"};
  return {};
}

// ---------------------------------------------------------------- the tests

class TaggedPdf : public ::testing::TestWithParam<Sample> {
 protected:
  void SetUp() override { pdf_ = rendered_pdf(GetParam()); }
  const PdfObjects& objects() {
    if (!objects_) objects_ = std::make_unique<PdfObjects>(pdf_);
    return *objects_;
  }
  std::vector<PdfjsPage> pdfjs() { return pdfjs_pages(pdf_); }

  fs::path pdf_;
  std::unique_ptr<PdfObjects> objects_;
};

// poppler sees a tagged PDF and reads its structure without a complaint.
TEST_P(TaggedPdf, PopplerReadsTheStructureWithoutAWarning) {
  auto info = run("pdfinfo " + quote(pdf_.string()));
  ASSERT_EQ(info.exit_code, 0) << info.err;
  EXPECT_EQ(pdfinfo_field(info.out, "Tagged"), "yes");
  auto structure = run("pdfinfo -struct-text " + quote(pdf_.string()));
  EXPECT_EQ(structure.exit_code, 0);
  EXPECT_EQ(structure.err, "") << "poppler complained while reading the structure tree";
  EXPECT_NE(poppler_structure_text(structure.out).find_first_not_of(" \n"), std::string::npos)
      << "no text in the structure tree:\n" << structure.out;
}

// The words poppler reads through the structure tree, concatenating the
// marked content of each element as it stands, are the words of the pages
// without their artifacts, in the same order. The page text is taken from
// pdf.js, which knows which text lies inside an Artifact sequence; taking
// pdftotext's text and cutting the artifacts out by their words would be
// ambiguous, as artifacts repeat real content (a table's header row on its
// next page, the return address that repeats the sender). That pdf.js and
// pdftotext read the same page text is the next test.
TEST_P(TaggedPdf, PopplerReadsTheStructureInTheOrderOfThePageText) {
  auto structure = run("pdfinfo -struct-text " + quote(pdf_.string()));
  ASSERT_EQ(structure.exit_code, 0) << structure.err;
  std::string page_text;
  for (const auto& page : pdfjs()) page_text += page.content_text + "\n";
  const auto read = words_of(poppler_structure_text(structure.out));
  const auto expected = words_of(page_text);
  EXPECT_GT(expected.size(), 20u);
  EXPECT_TRUE(read == expected) << "structure text (poppler) vs page text without artifacts (pdf.js): "
                            << first_difference(read, expected);
}

// pdf.js and poppler's pdftotext (content order, -raw) read the same words.
TEST_P(TaggedPdf, PdfjsAndPdftotextReadTheSamePageText) {
  auto text = run("pdftotext -raw -enc UTF-8 " + quote(pdf_.string()) + " -");
  ASSERT_EQ(text.exit_code, 0) << text.err;
  std::string page_text;
  for (const auto& page : pdfjs()) page_text += page.page_text + "\n";
  const auto pdfjs_words = words_of(page_text);
  const auto poppler_words = words_of(text.out);
  EXPECT_TRUE(pdfjs_words == poppler_words) << "pdf.js vs pdftotext -raw: " << first_difference(pdfjs_words, poppler_words);
}

// pdf.js: on every page all text is marked content, every marked-content id
// belongs to an element of the tree and every element's id is on the page,
// and the words read through the tree are the words of the page in content
// order, artifacts left out.
TEST_P(TaggedPdf, PdfjsReadsEveryPageThroughTheStructureInContentOrder) {
  const auto pages = pdfjs();
  ASSERT_FALSE(pages.empty());
  for (std::size_t p = 0; p < pages.size(); ++p) {
    const auto& page = pages[p];
    SCOPED_TRACE("page " + std::to_string(p + 1));
    EXPECT_EQ(page.unmarked_text, "") << "text outside marked content";
    EXPECT_TRUE(page.unknown_mcids.empty()) << "marked content no element refers to: " << page.unknown_mcids.front();
    EXPECT_TRUE(page.missing_mcids.empty()) << "elements refer to marked content not on the page: "
                                            << page.missing_mcids.front();
    const auto read = words_of(page.structure_text);
    const auto content = words_of(page.content_text);
    EXPECT_FALSE(read.empty());
    EXPECT_TRUE(read == content) << "structure order vs content order: " << first_difference(read, content);
  }
}

// Matterhorn 14-002, 14-003: one H1, the title; headings start at H1 and
// skip no level going down.
TEST_P(TaggedPdf, HasOneH1AndHeadingsThatSkipNoLevel) {
  int h1 = 0;
  for (const auto& element : all_elements(pdfjs())) {
    if (element.role != "H1") continue;
    ++h1;
    EXPECT_FALSE(element.text.empty()) << "an empty H1 on page " << element.page;
    EXPECT_EQ(element.page, 1) << "the title is on page 1";
  }
  EXPECT_EQ(h1, 1);
  StructureTree tree(objects());
  int level = 0;
  for (const auto& element : tree.elements()) {
    if (element.type.size() != 2 || element.type[0] != 'H' || element.type[1] < '1' || element.type[1] > '6') continue;
    const int next = element.type[1] - '0';
    EXPECT_LE(next, level + 1) << element.ref << " " << element.type << " follows H" << level;
    level = next;
  }
  EXPECT_GE(level, 1) << "no heading at all";
}

// Matterhorn 09-004, 15-003: table cells in rows, rows in tables, and every
// header cell with a /Scope.
TEST_P(TaggedPdf, TablesAreRowsOfCellsWithScopedHeaders) {
  const std::set<std::string> row_groups = {"THead", "TBody", "TFoot"};
  int cells = 0;
  for (const auto& element : all_elements(pdfjs())) {
    const std::string parent = parent_role(element.path);
    if (element.role == "TH" || element.role == "TD") {
      ++cells;
      EXPECT_EQ(parent, "TR") << element.path << " on page " << element.page;
    } else if (element.role == "TR") {
      EXPECT_TRUE(parent == "Table" || row_groups.count(parent)) << element.path;
    } else if (row_groups.count(element.role)) {
      EXPECT_EQ(parent, "Table") << element.path;
    } else if (element.role == "Table") {
      for (const auto& kid : element.kids)
        EXPECT_TRUE(kid == "TR" || kid == "Caption" || row_groups.count(kid)) << element.path << " holds " << kid;
    }
    if (parent == "TR") { EXPECT_TRUE(element.role == "TH" || element.role == "TD") << element.path; }
  }
  EXPECT_GT(cells, 0) << "every kind has a table";
  StructureTree tree(objects());
  for (const auto& element : tree.elements())
    if (element.type == "TH") {
      EXPECT_TRUE(element.scope == "Row" || element.scope == "Column" || element.scope == "Both")
          << element.ref << ": TH without /A << /O /Table /Scope … >>";
    }
}

// Row headers of the label | value tables (Scope Row) and the header rows
// of tables that have one (Scope Column), by the texts the templates give.
TEST_P(TaggedPdf, TablesHaveTheHeaderCellsOfTheirKind) {
  const TableExpectation expected = tables_of(GetParam());
  std::multiset<std::string> header_texts;
  for (const auto& element : all_elements(pdfjs()))
    if (element.role == "TH") header_texts.insert(element.text);
  for (const auto& text : expected.row_headers) EXPECT_TRUE(header_texts.count(text)) << "no TH \"" << text << "\"";
  for (const auto& text : expected.column_headers) EXPECT_TRUE(header_texts.count(text)) << "no TH \"" << text << "\"";
  std::map<std::string, int> scopes;
  StructureTree tree(objects());
  for (const auto& element : tree.elements())
    if (element.type == "TH") ++scopes[element.scope];
  if (!expected.row_headers.empty()) { EXPECT_GE(scopes["Row"], 1) << "no TH with /Scope /Row"; }
  if (!expected.column_headers.empty()) {
    EXPECT_GE(scopes["Column"], static_cast<int>(expected.column_headers.size())) << "too few TH with /Scope /Column";
  } else {
    EXPECT_EQ(scopes["Column"], 0) << "a header row where the templates have none";
  }
}

// Matterhorn 09-004, 16-001..: lists are L of LI, each with a Lbl (the
// bullet) and an LBody; there is one Lbl for every bullet on the pages.
TEST_P(TaggedPdf, ListsAreItemsWithLabelAndBody) {
  std::size_t labels = 0;
  for (const auto& element : all_elements(pdfjs())) {
    const std::string parent = parent_role(element.path);
    if (element.role == "LI") {
      EXPECT_EQ(parent, "L") << element.path;
      // An item that breaks across pages shows its label on the first only.
      EXPECT_TRUE(has_kid(element, "LBody")) << element.path << " on page " << element.page;
    } else if (element.role == "Lbl" || element.role == "LBody") {
      EXPECT_EQ(parent, "LI") << element.path;
    } else if (element.role == "L") {
      for (const auto& kid : element.kids)
        EXPECT_TRUE(kid == "LI" || kid == "Caption" || kid == "L") << element.path << " holds " << kid;
    }
    if (element.role == "Lbl") {
      ++labels;
      EXPECT_EQ(element.text, "•") << element.path << " on page " << element.page;
    }
  }
  auto text = run("pdftotext -enc UTF-8 " + quote(pdf_.string()) + " -");
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_EQ(labels, count_of(text.out, "•")) << "one Lbl for each bullet on the pages";
}

// Matterhorn 13-004: every Figure has an alternative text.
TEST_P(TaggedPdf, FiguresHaveAltText) {
  for (const auto& element : all_elements(pdfjs()))
    if (element.role == "Figure") { EXPECT_FALSE(element.alt.empty()) << element.path << " on page " << element.page; }
}

// Matterhorn 28-008/28-010 and PDF/UA 7.18: each signature widget is a Form
// element's object, described by a /TU; the fields are those of the kind.
TEST_P(TaggedPdf, SignatureFieldsAreFormElementsWithADescription) {
  std::set<std::string> widgets, in_forms;
  for (const auto& page : pdfjs()) {
    for (const auto& annotation : page.annotations) {
      widgets.insert(annotation.field_name);
      EXPECT_FALSE(annotation.tu.empty()) << annotation.field_name << " has no /TU";
      EXPECT_GE(annotation.struct_parent, 0) << annotation.field_name << " has no /StructParent";
    }
    for (const auto& element : page.elements) {
      if (element.role == "Form") in_forms.insert(element.annotations.begin(), element.annotations.end());
      else EXPECT_TRUE(element.annotations.empty()) << element.path << " holds an annotation";
    }
  }
  EXPECT_EQ(in_forms, widgets);
  EXPECT_EQ(widgets, signature_fields_of(GetParam()));
}

// Reading order (docs/pdf-standards.md): the letterhead first — sender,
// then the recipient when the letter has a window address, then the case
// number — and then the title. The return address in the window repeats
// the sender and is an artifact.
TEST_P(TaggedPdf, ReadsTheLetterheadBeforeTheTitle) {
  const auto pages = pdfjs();
  ASSERT_FALSE(pages.empty());
  const auto json = sample_json(GetParam());
  const auto sender = json->getObject("sender");
  const auto employee = json->getObject("employee");
  const auto document = json->getObject("document");
  std::string title;
  for (const auto& element : pages[0].elements)
    if (element.role == "H1") title = element.text;
  ASSERT_FALSE(title.empty());
  std::string read;  // page 1 through the structure, white space collapsed
  for (const auto& word : words_of(pages[0].structure_text)) read += word + " ";
  std::vector<std::string> in_order = {sender->getValue<std::string>("name")};
  const bool window = employee->has("address");
  if (window) in_order.push_back(employee->getValue<std::string>("name"));
  if (document->has("case_number")) in_order.push_back(document->getValue<std::string>("case_number"));
  in_order.push_back(title);
  std::size_t at = 0;
  for (const auto& text : in_order) {
    const auto found = read.find(text, at);
    EXPECT_NE(found, std::string::npos) << "\"" << text << "\" is not read after what comes before it in:\n" << read;
    if (found != std::string::npos) at = found + text.size();
  }
  if (window) {
    const std::string return_address =
        sender->getValue<std::string>("name") + ", " + sender->getValue<std::string>("address");
    const auto& artifacts = pages[0].artifact_texts;
    EXPECT_NE(std::find(artifacts.begin(), artifacts.end(), return_address), artifacts.end())
        << "the return address line is no artifact";
  }
}

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

INSTANTIATE_TEST_SUITE_P(Samples, TaggedPdf, ::testing::ValuesIn(all_samples()), sample_test_name);

// The example organisation profile's logo (tests/fixtures/profile-eksempel)
// is a Figure with alternative text, read before the letterhead's text.
TEST(TaggedProfile, TheLogoIsAFigureWithAltTextReadFirst) {
  TempDir dir;
  const Sample letter = sample("indkaldelse", "spredt_fravaer-lang");
  const fs::path pdf = dir / "brev.pdf";
  auto r = run(sygedok("render " + letter.kind + " " + quote(letter.path.string()) + " -o " + quote(pdf.string()) +
                       " --templates " + quote((source_dir() / "tests" / "fixtures" / "profile-eksempel").string())));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto pages = pdfjs_pages(pdf);
  ASSERT_FALSE(pages.empty());
  int figures = 0, first_text = -1, figure_at = -1;
  for (std::size_t i = 0; i < pages[0].elements.size(); ++i) {
    const auto& element = pages[0].elements[i];
    if (element.role == "Figure") {
      ++figures;
      figure_at = static_cast<int>(i);
      EXPECT_FALSE(element.alt.empty()) << "the logo has no /Alt";
    } else if (!element.text.empty() && first_text < 0) {
      first_text = static_cast<int>(i);
    }
  }
  EXPECT_EQ(figures, 1);
  EXPECT_LT(figure_at, first_text) << "the logo is read after text";
  for (std::size_t p = 1; p < pages.size(); ++p)
    for (const auto& element : pages[p].elements) EXPECT_NE(element.role, "Figure") << "page " << p + 1;
  auto structure = run("pdfinfo -struct-text " + quote(pdf.string()));
  EXPECT_EQ(structure.exit_code, 0);
  EXPECT_EQ(structure.err, "");
}

}  // namespace
}  // namespace sygedok::e2e
