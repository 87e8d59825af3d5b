#pragma once
// The objects of a PDF as qpdf reads them (qpdf --json=2), for tests that
// check what a PDF says rather than how its bytes look: dictionaries by
// reference, the trailer, the catalog, Info, pages, stream data, and a walk
// over every object. Values are qpdf's JSON: names "/Sig", text strings
// "u:…", binary strings "b:…", references "12 0 R". Not thread-safe.
#include <Poco/Dynamic/Var.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace sygedok::e2e {

class PdfObjects {
 public:
  explicit PdfObjects(const std::filesystem::path& pdf);

  // False when qpdf could not read the file; error() says why.
  bool ok() const { return !objects_.isNull(); }
  const std::string& error() const { return error_; }

  Poco::JSON::Object::Ptr trailer() const;
  Poco::JSON::Object::Ptr catalog() const;
  Poco::JSON::Object::Ptr info() const;
  // The page objects' references, in page order.
  std::vector<std::string> pages() const;

  // `value` itself, or the object it refers to (a stream: its dictionary).
  Poco::Dynamic::Var resolve(const Poco::Dynamic::Var& value) const;
  // The dictionary `value` is or refers to; null when it is none.
  Poco::JSON::Object::Ptr dict(const Poco::Dynamic::Var& value) const;
  Poco::JSON::Array::Ptr array(const Poco::Dynamic::Var& value) const;
  // True when `value` refers to a stream.
  bool is_stream(const Poco::Dynamic::Var& value) const;
  // The decoded data of the stream `reference` refers to.
  std::string stream_data(const Poco::Dynamic::Var& reference) const;

  // Calls `visit` with every object: its reference, its value (a stream's
  // dictionary) and whether it is a stream.
  void for_each(const std::function<void(const std::string&, const Poco::Dynamic::Var&, bool)>& visit) const;

 private:
  std::filesystem::path pdf_;
  Poco::JSON::Object::Ptr objects_;  // "obj:N G R" / "trailer" -> {"value": …} or {"stream": {"dict": …}}
  std::string error_;
};

// "u:Referat" -> "Referat" (a text string); other values -> "".
std::string text_of(const Poco::Dynamic::Var& value);
// The value as a string as qpdf writes it ("/Sig", "12 0 R", "u:…"); "" for non-strings.
std::string string_of(const Poco::Dynamic::Var& value);
// A number (integer or real); NaN for non-numbers.
double number_of(const Poco::Dynamic::Var& value);
bool is_reference(const Poco::Dynamic::Var& value);

// The catalog's /Metadata stream (the XMP packet); "" when there is none.
std::string metadata_xmp(const PdfObjects& objects);
// The string value of the XPath 1.0 expression `xpath` ("string(…)" is
// added) over `xml`, evaluated by xmllint; a failing xmllint fails the test.
std::string xpath_text(const std::string& xml, const std::string& xpath);

}  // namespace sygedok::e2e
