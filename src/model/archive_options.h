#pragma once
// The request's top-level "archive" member: how the PDF is to be kept.
//   "archive": { "embed_source": true }
// embeds the request's JSON in the PDF as a PDF/A-3 associated file
// (docs/pdfa.md). Every document kind accepts it: JsonReader's
// warn_unknown_fields() never reports it at the top level, so no kind's
// reader needs to read it. Functions; thread-safe.
#include <Poco/JSON/Object.h>

#include <string_view>

#include "core/diagnostic.h"

namespace sygedok::model {

inline constexpr std::string_view kArchiveMember = "archive";

// What "archive" asks for. Plain data.
struct ArchiveOptions {
  bool embed_source = false;  // off unless asked for
};

// Reads "archive" from the request's top level; its problems (a value of
// the wrong type: errors; unknown members: warnings) go into `diagnostics`.
ArchiveOptions read_archive_options(const Poco::JSON::Object& request, Diagnostics& diagnostics);

}  // namespace sygedok::model
