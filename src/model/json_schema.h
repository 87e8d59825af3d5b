#pragma once
// The JSON Schema (2020-12) of each document kind's input, as served by
// `sygedok schema KIND` and GET /v1/schemas/{kind}. The schemas live in
// templates/schemas/ (compiled into the binary): KIND.schema.json plus the
// shared definitions of common.defs.json, merged into the kind's $defs.
// The readers in src/model/ remain the authority (they also check CVR
// check digits and real dates); tests keep the two in agreement.
// Pure functions over immutable resources; thread-safe.
#include <optional>
#include <string>
#include <string_view>

namespace sygedok::model {

// The schema as JSON text, or nullopt when the kind has none.
std::optional<std::string> json_schema(std::string_view kind);

}  // namespace sygedok::model
