#pragma once
// Files compiled into the binary (templates/, fonts/), keyed by their path
// relative to the repository root, e.g. "templates/referat/referat.mustache".
// The table is built at link time (cmake/EmbedResources.cmake); immutable,
// safe to read from any thread.
#include <map>
#include <string>
#include <string_view>

namespace sygedok {

const std::map<std::string, std::string_view>& embedded_resources();

}  // namespace sygedok
