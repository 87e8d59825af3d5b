#pragma once
// Prepares the strings of a request before composing: every string value is
// brought to NFC, and every character must be one the document fonts can
// draw. A character they lack is refused with the JSON path of the value and
// the code point, never silently dropped. The Digital Post envelope's
// top-level members (model/envelope_members.h) are left alone: they are never
// drawn. Pure functions; thread-safe.
#include <Poco/JSON/Object.h>

#include "core/diagnostic.h"
#include "core/font_metrics.h"

namespace sygedok::render {

// Normalises the strings of `input` in place and returns one error per
// (value, unsupported character) pair, in document order.
Diagnostics normalize_and_check_text(Poco::JSON::Object& input, const FontMetrics& fonts);

}  // namespace sygedok::render
