#include "pdf_objects.h"

#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include <cmath>
#include <regex>

#include "tool.h"

namespace sygedok::e2e {

namespace {

bool is_object(const Poco::Dynamic::Var& value) {
  return value.type() == typeid(Poco::JSON::Object::Ptr) && !value.extract<Poco::JSON::Object::Ptr>().isNull();
}

bool is_array(const Poco::Dynamic::Var& value) {
  return value.type() == typeid(Poco::JSON::Array::Ptr) && !value.extract<Poco::JSON::Array::Ptr>().isNull();
}

}  // namespace

std::string string_of(const Poco::Dynamic::Var& value) {
  return value.isString() ? value.extract<std::string>() : std::string();
}

std::string text_of(const Poco::Dynamic::Var& value) {
  const std::string text = string_of(value);
  return text.rfind("u:", 0) == 0 ? text.substr(2) : std::string();
}

double number_of(const Poco::Dynamic::Var& value) {
  if (value.isEmpty() || value.isString() || value.type() == typeid(bool) || !value.isNumeric()) return std::nan("");
  return value.convert<double>();
}

bool is_reference(const Poco::Dynamic::Var& value) {
  static const std::regex reference("\\d+ \\d+ R");
  return value.isString() && std::regex_match(value.extract<std::string>(), reference);
}

PdfObjects::PdfObjects(const std::filesystem::path& pdf) : pdf_(pdf) {
  auto r = run("qpdf --json=2 --json-key=qpdf " + quote(pdf.string()));
  if (r.exit_code != 0) {
    error_ = "qpdf --json failed: " + r.err;
    return;
  }
  try {
    Poco::JSON::Parser parser;
    auto root = parser.parse(r.out).extract<Poco::JSON::Object::Ptr>();
    objects_ = root->getArray("qpdf")->getObject(1);
  } catch (const std::exception& e) {
    error_ = std::string("qpdf's JSON did not parse: ") + e.what();
  }
}

Poco::Dynamic::Var PdfObjects::resolve(const Poco::Dynamic::Var& value) const {
  if (!ok() || !is_reference(value)) return value;
  auto entry = objects_->getObject("obj:" + value.extract<std::string>());
  if (entry.isNull()) return {};
  if (entry->has("value")) return entry->get("value");
  auto stream = entry->getObject("stream");
  return stream.isNull() ? Poco::Dynamic::Var() : stream->get("dict");
}

Poco::JSON::Object::Ptr PdfObjects::dict(const Poco::Dynamic::Var& value) const {
  const auto resolved = resolve(value);
  return is_object(resolved) ? resolved.extract<Poco::JSON::Object::Ptr>() : Poco::JSON::Object::Ptr();
}

Poco::JSON::Array::Ptr PdfObjects::array(const Poco::Dynamic::Var& value) const {
  const auto resolved = resolve(value);
  return is_array(resolved) ? resolved.extract<Poco::JSON::Array::Ptr>() : Poco::JSON::Array::Ptr();
}

bool PdfObjects::is_stream(const Poco::Dynamic::Var& value) const {
  if (!ok() || !is_reference(value)) return false;
  auto entry = objects_->getObject("obj:" + value.extract<std::string>());
  return !entry.isNull() && entry->has("stream");
}

std::string PdfObjects::stream_data(const Poco::Dynamic::Var& reference) const {
  const std::string ref = string_of(reference);
  const std::string number = ref.substr(0, ref.find(' '));
  return run("qpdf --show-object=" + number + " --filtered-stream-data " + quote(pdf_.string())).out;
}

Poco::JSON::Object::Ptr PdfObjects::trailer() const {
  if (!ok()) return {};
  auto entry = objects_->getObject("trailer");
  return entry.isNull() ? Poco::JSON::Object::Ptr() : entry->getObject("value");
}

Poco::JSON::Object::Ptr PdfObjects::catalog() const {
  auto t = trailer();
  return t.isNull() ? Poco::JSON::Object::Ptr() : dict(t->get("/Root"));
}

Poco::JSON::Object::Ptr PdfObjects::info() const {
  auto t = trailer();
  return t.isNull() ? Poco::JSON::Object::Ptr() : dict(t->get("/Info"));
}

std::vector<std::string> PdfObjects::pages() const {
  std::vector<std::string> out;
  std::function<void(const Poco::Dynamic::Var&)> walk = [&](const Poco::Dynamic::Var& node) {
    auto d = dict(node);
    if (d.isNull()) return;
    if (string_of(d->get("/Type")) == "/Page") {
      out.push_back(string_of(node));
      return;
    }
    if (auto kids = array(d->get("/Kids")))
      for (std::size_t i = 0; i < kids->size(); ++i) walk(kids->get(static_cast<unsigned>(i)));
  };
  auto c = catalog();
  if (!c.isNull()) walk(c->get("/Pages"));
  return out;
}

void PdfObjects::for_each(
    const std::function<void(const std::string&, const Poco::Dynamic::Var&, bool)>& visit) const {
  if (!ok()) return;
  std::vector<std::string> names;
  objects_->getNames(names);
  for (const auto& name : names) {
    if (name.rfind("obj:", 0) != 0) continue;
    const std::string ref = name.substr(4);
    visit(ref, resolve(ref), is_stream(ref));
  }
}

std::string metadata_xmp(const PdfObjects& objects) {
  auto catalog = objects.catalog();
  if (catalog.isNull() || !objects.is_stream(catalog->get("/Metadata"))) return "";
  return objects.stream_data(catalog->get("/Metadata"));
}

std::string xpath_text(const std::string& xml, const std::string& xpath) {
  TempDir dir;
  write_text(dir / "packet.xml", xml);
  auto r = run("xmllint --xpath " + quote("string(" + xpath + ")") + " " + quote((dir / "packet.xml").string()));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  if (!r.out.empty() && r.out.back() == '\n') r.out.pop_back();
  return r.out;
}

}  // namespace sygedok::e2e
