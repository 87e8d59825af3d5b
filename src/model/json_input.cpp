#include "model/json_input.h"

#include <Poco/Exception.h>
#include <Poco/JSON/ParseHandler.h>
#include <Poco/JSON/Parser.h>

#include <exception>
#include <set>
#include <vector>

#include "model/json_syntax.h"

namespace sygedok::model {
namespace {

using ObjectResult = Result<Poco::JSON::Object::Ptr>;

ObjectResult not_object() {
  return ObjectResult::failure(
      error("", "not_object", "Indholdet skal være et JSON-objekt, der begynder med { og slutter med }."));
}

ObjectResult malformed(std::string_view text, const std::string& parser_message) {
  auto located = find_json_syntax_error(text);
  // Poco refuses valid JSON whose top level is a string, number, true, false or null.
  auto first = text.find_first_not_of(" \t\r\n");
  if (!located && first != std::string_view::npos && text[first] != '{') return not_object();
  std::string message = "Indholdet er ikke gyldig JSON";
  if (located) {
    message += " (linje " + std::to_string(located->line) + ", kolonne " + std::to_string(located->column) +
               "): " + located->problem + ".";
  } else {
    message += ": " + parser_message + ".";
  }
  return ObjectResult::failure(error("", "malformed_json", message));
}

// Poco's ParseHandler that also remembers every member name repeated within
// one object, with its JSON path. One instance per parse; not thread-safe.
class DuplicateAwareHandler : public Poco::JSON::ParseHandler {
 public:
  DuplicateAwareHandler() : Poco::JSON::ParseHandler(/*preserveObjectOrder=*/true) {}

  void startObject() override {
    enter_value();
    frames_.push_back({true, {}, {}, 0, 0});
    Poco::JSON::ParseHandler::startObject();
  }
  void endObject() override {
    frames_.pop_back();
    Poco::JSON::ParseHandler::endObject();
  }
  void startArray() override {
    enter_value();
    frames_.push_back({false, {}, {}, 0, 0});
    Poco::JSON::ParseHandler::startArray();
  }
  void endArray() override {
    frames_.pop_back();
    Poco::JSON::ParseHandler::endArray();
  }
  void key(const std::string& k) override {
    Frame& frame = frames_.back();
    frame.key = k;
    if (!frame.keys.insert(k).second)
      duplicates_.push_back(error(path(), "duplicate_member",
                                  "Feltet »" + k + "« står mere end én gang i samme objekt. Angiv det kun én gang."));
    Poco::JSON::ParseHandler::key(k);
  }
  void value(int v) override { enter_value(), Poco::JSON::ParseHandler::value(v); }
  void value(unsigned v) override { enter_value(), Poco::JSON::ParseHandler::value(v); }
  void value(Poco::Int64 v) override { enter_value(), Poco::JSON::ParseHandler::value(v); }
  void value(Poco::UInt64 v) override { enter_value(), Poco::JSON::ParseHandler::value(v); }
  void value(const std::string& v) override { enter_value(), Poco::JSON::ParseHandler::value(v); }
  void value(double v) override { enter_value(), Poco::JSON::ParseHandler::value(v); }
  void value(bool v) override { enter_value(), Poco::JSON::ParseHandler::value(v); }
  void null() override { enter_value(), Poco::JSON::ParseHandler::null(); }

  Diagnostics take_duplicates() { return std::move(duplicates_); }

 private:
  struct Frame {
    bool object;
    std::set<std::string> keys;  // object: the names seen so far
    std::string key;             // object: the member being read
    std::size_t next = 0;        // array: the index of the next element
    std::size_t index = 0;       // array: the element being read
  };

  // A value begins: in an array it is the next element.
  void enter_value() {
    if (!frames_.empty() && !frames_.back().object) frames_.back().index = frames_.back().next++;
  }

  // "sender.cvr", "agreements[2].who" (the JsonReader's form) of the current position.
  std::string path() const {
    std::string out;
    for (const Frame& frame : frames_) {
      if (!frame.object) {
        out += "[" + std::to_string(frame.index) + "]";
      } else {
        if (!out.empty()) out += '.';
        out += frame.key;
      }
    }
    return out;
  }

  std::vector<Frame> frames_;
  Diagnostics duplicates_;
};

}  // namespace

Result<Poco::JSON::Object::Ptr> parse_json_object(std::string_view text) {
  constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
  if (text.substr(0, kByteOrderMark.size()) == kByteOrderMark) text.remove_prefix(kByteOrderMark.size());
  Poco::Dynamic::Var root;
  try {
    auto* handler = new DuplicateAwareHandler;  // owned by the parser
    Poco::JSON::Parser parser{Poco::JSON::Handler::Ptr(handler)};
    parser.setDepth(kMaxJsonDepth);
    root = parser.parse(std::string(text));
    if (auto duplicates = handler->take_duplicates(); !duplicates.empty()) return ObjectResult::failure(std::move(duplicates));
  } catch (const Poco::Exception& e) {
    return malformed(text, e.message());
  } catch (const std::exception& e) {
    return malformed(text, e.what());
  }
  if (root.type() != typeid(Poco::JSON::Object::Ptr) || root.extract<Poco::JSON::Object::Ptr>().isNull())
    return not_object();
  return ObjectResult::success(root.extract<Poco::JSON::Object::Ptr>());
}

}  // namespace sygedok::model
