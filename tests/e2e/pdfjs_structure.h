#pragma once
// What pdf.js (npm pdfjs-dist, tests/node/structure_judge.mjs) makes of a
// PDF: per page the structure elements (path, role, text, alt, kids, the
// widgets they hold), the page text, the text read through the structure
// and in content order without artifacts, and the annotations. The judge
// runs once per file. Not thread-safe (tests run one at a time).
#include <filesystem>
#include <string>
#include <vector>

namespace sygedok::e2e {

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

// The pages as pdf.js reads them; empty (after a test failure) when the judge failed.
std::vector<PdfjsPage> pdfjs_pages(const std::filesystem::path& pdf);

// Every element of every page, in reading order. An element with content on
// two pages (the Document, a table that breaks) is listed on both.
std::vector<PdfjsElement> all_elements(const std::vector<PdfjsPage>& pages);

// The role of the parent of an element with this path ("Document/L/LI" -> "L").
std::string parent_role(const std::string& path);

bool has_kid(const PdfjsElement& element, const std::string& role);

}  // namespace sygedok::e2e
