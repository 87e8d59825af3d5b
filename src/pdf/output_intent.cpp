#include "pdf/output_intent.h"

#include <string>

#include "core/resources.h"
#include "pdf/flate.h"

namespace sygedok::pdf {

namespace {

constexpr const char* kProfileResource = "fonts/color/sRGB.icc";
// The characterisation the profile stands for, in the ICC registry's words.
constexpr const char* kCondition = "sRGB IEC61966-2.1";
constexpr const char* kRegistry = "http://www.color.org";
constexpr int kProfileComponents = 3;  // RGB

// The profile compressed once (the first call; thread-safe static
// initialisation); empty when the profile is missing or zlib failed.
const std::string& deflated_profile() {
  static const std::string deflated = [] {
    std::string out;
    FlateCompressor compressor;
    const std::string_view profile = srgb_profile();
    if (profile.empty() || !compressor.compress(profile, out)) out.clear();
    return out;
  }();
  return deflated;
}

HPDF_String ascii_string(HpdfDocument& document, const char* text) {
  return document.require(HPDF_String_New(document.mmgr(), text, nullptr));
}

}  // namespace

std::string_view srgb_profile() {
  const auto& resources = embedded_resources();
  const auto found = resources.find(kProfileResource);
  return found == resources.end() ? std::string_view() : found->second;
}

bool add_output_intent(HpdfDocument& document) {
  if (!document.ok()) return false;
  const std::string_view profile = srgb_profile();
  if (profile.empty()) {
    document.check(HPDF_INVALID_OBJECT);
    return false;
  }
  HPDF_Dict icc = nullptr;
  if (document.compress()) {
    const std::string& deflated = deflated_profile();
    if (deflated.empty()) {
      document.check(HPDF_ZLIB_ERROR);
      return false;
    }
    icc = document.new_deflated_stream(deflated);
  } else {
    icc = document.new_stream(profile, HpdfDocument::StreamCompression::Never);
  }
  if (!icc || !document.check(HPDF_Dict_AddNumber(icc, "N", kProfileComponents))) return false;

  HPDF_Dict intent = document.require(HPDF_Dict_New(document.mmgr()));
  HPDF_Array intents = document.require(HPDF_Array_New(document.mmgr()));
  if (!intent || !intents) return false;
  document.check(HPDF_Dict_AddName(intent, "Type", "OutputIntent"));
  document.check(HPDF_Dict_AddName(intent, "S", "GTS_PDFA1"));
  document.check(HPDF_Dict_Add(intent, "OutputConditionIdentifier", ascii_string(document, kCondition)));
  document.check(HPDF_Dict_Add(intent, "RegistryName", ascii_string(document, kRegistry)));
  document.check(HPDF_Dict_Add(intent, "Info", ascii_string(document, kCondition)));
  document.check(HPDF_Dict_Add(intent, "DestOutputProfile", icc));
  document.check(HPDF_Array_Add(intents, intent));
  return document.check(HPDF_Dict_Add(document.get()->catalog, "OutputIntents", intents));
}

}  // namespace sygedok::pdf
