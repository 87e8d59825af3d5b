#pragma once
// The PDF/A output intent: the catalog's /OutputIntents holds one
// /GTS_PDFA1 intent whose destination profile is the built-in sRGB ICC
// profile (fonts/color/sRGB.icc), so the device colours the pages use (rg, RG)
// have a defined meaning (ISO 19005-3, 6.2.3). The profile is compressed
// once per process and then copied into each document. Functions;
// thread-safe on different documents.
#include <string_view>

#include "pdf/hpdf_document.h"

namespace sygedok::pdf {

// The ICC profile's bytes (empty when the resource is missing from the build).
std::string_view srgb_profile();

// Adds /OutputIntents to the catalog; false when libharu failed or the
// profile is missing.
bool add_output_intent(HpdfDocument& document);

}  // namespace sygedok::pdf
