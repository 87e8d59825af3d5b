#include "model/json_input.h"

#include <Poco/Exception.h>
#include <Poco/JSON/ParseHandler.h>
#include <Poco/JSON/Parser.h>

#include <exception>

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

}  // namespace

Result<Poco::JSON::Object::Ptr> parse_json_object(std::string_view text) {
  constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
  if (text.substr(0, kByteOrderMark.size()) == kByteOrderMark) text.remove_prefix(kByteOrderMark.size());
  Poco::Dynamic::Var root;
  try {
    Poco::JSON::Parser parser(new Poco::JSON::ParseHandler(/*preserveObjectOrder=*/true));
    parser.setDepth(kMaxJsonDepth);
    root = parser.parse(std::string(text));
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
