#pragma once
// The first step of every request: JSON text to a JSON object. Never throws.
// Errors (path ""):
//   "malformed_json"  the text is not JSON; the Danish message names line and column
//   "not_object"      the text is JSON, but not an object ({ … })
//   "duplicate_member" an object names one member twice (path: the member,
//                     e.g. "sender.cvr"; one error per repetition). Readers
//                     differ on which value counts (Poco keeps the last),
//                     and the request is embedded as-is in the PDF/A-3.
// A leading UTF-8 byte order mark is ignored. Members keep their order, so
// problems are reported in the order of the input. Thread-safe.
#include <Poco/JSON/Object.h>

#include <string_view>

#include "core/result.h"

namespace sygedok::model {

Result<Poco::JSON::Object::Ptr> parse_json_object(std::string_view text);

}  // namespace sygedok::model
