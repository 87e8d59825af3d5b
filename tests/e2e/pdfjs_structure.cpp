#include "pdfjs_structure.h"

#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "node_judges.h"

namespace sygedok::e2e {
namespace {

namespace fs = std::filesystem;
using Poco::JSON::Array;
using Poco::JSON::Object;

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

std::vector<std::string> strings_of(const Array::Ptr& array) {
  std::vector<std::string> out;
  if (array)
    for (std::size_t i = 0; i < array->size(); ++i) out.push_back(array->getElement<std::string>(i));
  return out;
}

}  // namespace

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

std::vector<PdfjsElement> all_elements(const std::vector<PdfjsPage>& pages) {
  std::vector<PdfjsElement> all;
  for (const auto& page : pages) all.insert(all.end(), page.elements.begin(), page.elements.end());
  return all;
}

std::string parent_role(const std::string& path) {
  const auto last = path.rfind('/');
  if (last == std::string::npos) return "";
  const auto before = path.rfind('/', last - 1);
  return path.substr(before == std::string::npos ? 0 : before + 1, last - (before == std::string::npos ? 0 : before + 1));
}

bool has_kid(const PdfjsElement& element, const std::string& role) {
  return std::find(element.kids.begin(), element.kids.end(), role) != element.kids.end();
}

}  // namespace sygedok::e2e
