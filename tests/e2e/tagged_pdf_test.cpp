// Every rendered sample judged as a tagged PDF (PDF/UA-1, PDF/A-3 level A;
// docs/pdf-standards.md lists the conditions and names these tests):
//  - poppler: `pdfinfo` says Tagged, `pdfinfo -struct-text` reads the
//    structure without a warning, and its words are the page text without
//    artifacts, in the same order;
//  - pdf.js (tests/node/structure_judge.mjs): the roles a reader gets (one
//    H1, tables of rows of cells, lists of items with label and body, the
//    signature fields as Form elements, alt text on figures), and the text
//    read through the structure equals the page's text in content order;
//  - the content streams and objects: tagged_pdf_objects_test.cpp.
// The logo of the example organisation profile is judged at the end.
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "node_judges.h"
#include "pdfjs_structure.h"
#include "rendered_samples.h"
#include "structure_tree.h"
#include "tagged_pdf_fixture.h"

namespace sygedok::e2e {
namespace {

namespace fs = std::filesystem;
using Poco::JSON::Array;
using Poco::JSON::Object;

// ---------------------------------------------------------------- words

// The words of `text`: split at white space; a word that ends where the
// line breaker may break without a space (a hyphen, a dash, a slash: a word
// divided at a line end, "læge-" in "læge- og", a URL) is joined to the
// next, so a divided word compares equal whether a reader joins the lines
// as they are (poppler) or at their line ends (pdf.js). The hyphen itself
// is an artifact, so the structure reads the word whole. A no-break space
// ("21 43 65 87") separates words as a space does; one reader gives it as
// U+00A0, the other as a space.
std::vector<std::string> words_of(std::string text) {
  for (auto at = text.find("\u00A0"); at != std::string::npos; at = text.find("\u00A0", at)) text.replace(at, 2, " ");
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
    // A hyphen alone is the artifact hyphen of a divided word, which pdf.js
    // reads as a text of its own: it belongs to the word before it.
    const bool lone_break = (word == "-" || word == "\u2010") && !words.empty() && !ends_in_break(words.back());
    if (join || lone_break) words.back() += word;
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

// ---------------------------------------------------------------- expectations


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
      e.column_headers = {"Periode", "Fraværsdage (arbejdsdage)"};
    return e;
  }
  if (kind == "notat") return {{"Medarbejder"}, {}};
  if (kind == "paamindelse") return {{"Referat"}, {}};
  if (kind == "laegeerklaering") return {{"Erklæring"}, {}};
  if (kind == "svar_fastholdelsesplan") {
    TableExpectation e{{"Din anmodning", "Vores svar"}, {}};
    if (json->has("meeting")) e.row_headers.push_back("Tidspunkt");
    return e;
  }
  if (kind == "spoergeskema")
    return {json->has("group") ? std::vector<std::string>{"Gruppe"} : std::vector<std::string>{},
            {"Nr.", "Udsagn", "Slet ikke", "I meget høj grad"}};
  if (kind == "dialogresultat") return {{"Gruppe", "Besvarelser"}, {"Nr.", "Udsagn", "Gennemsnit", "Spredning"}};
  if (kind == "handleplan") return {{"Gruppe", "Hvad vil vi gøre?", "Opfølgning"}, {}};
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

std::set<std::string> signature_fields_of(const Sample& sample) {
  const auto fields = expected_signature_fields(sample);
  return {fields.begin(), fields.end()};
}

// ---------------------------------------------------------------- the tests


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
    // A bullet, or the number of an ordered list ("1.").
    if (element.role == "Lbl" && element.text == "•") {
      ++labels;
    } else if (element.role == "Lbl") {
      EXPECT_TRUE(std::regex_match(element.text, std::regex("[0-9]+\\."))) << element.path << " on page " << element.page;
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
  std::vector<std::string> in_order;
  if (sender) in_order.push_back(sender->getValue<std::string>("name"));  // a blank questionnaire has none
  const bool window = employee && employee->has("address");
  if (window) in_order.push_back(employee->getValue<std::string>("name"));
  if (document && document->has("case_number"))  // a plan has no document member
    in_order.push_back(document->getValue<std::string>("case_number"));
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

INSTANTIATE_TEST_SUITE_P(Samples, TaggedPdf, ::testing::ValuesIn(all_samples()), sample_test_name);

// The example organisation profile's logo (tests/fixtures/profile-eksempel)
// is a Figure with alternative text, read before the letterhead's text. The
// profile gives no text of its own, so the logo is named after the sender.
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
      EXPECT_EQ(element.alt, "Logo for Eksempel Kommune");
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
