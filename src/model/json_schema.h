#pragma once
// The JSON Schema (2020-12) of each document kind's input, as served by
// `sygedok schema KIND` and GET /v1/schemas/{kind}. The schemas live in
// templates/schemas/ (compiled into the binary): KIND.schema.json plus the
// shared definitions of common.defs.json, merged into the kind's $defs.
// A schema is the one declaration of its kind's input: the members, their
// types and limits, and their Danish titles and help texts (the web form and
// docs/input.md are made from it). The readers in src/model/ read exactly
// the declared members (compose/declared_members_test.cpp) and check what a
// schema cannot say (CVR and CPR check digits, real dates, cross-field rules).
// Pure functions over immutable resources; thread-safe.
#include <optional>
#include <string>
#include <string_view>

namespace sygedok::model {

// The schema as JSON text, or nullopt when the kind has none.
std::optional<std::string> json_schema(std::string_view kind);

}  // namespace sygedok::model
