#include "model/meeting_type.h"

namespace sygedok::model {
namespace {

struct MeetingTypeNames {
  std::string_view label;
  std::string_view noun;
};

constexpr std::array<MeetingTypeNames, kMeetingTypeCodes.size()> kNames = {{
    {"Fraværssamtale", "fraværssamtale"},
    {"Omsorgssamtale", "omsorgssamtale"},
    {"Statussamtale", "statussamtale"},
    {"Fraværssamtale ved spredt fravær", "fraværssamtale ved spredt fravær"},
    {"Opfølgningssamtale ved spredt fravær", "opfølgningssamtale"},
    {"Samtale om mulighedserklæring", "samtale om mulighedserklæring"},
}};

std::size_t index_of(MeetingType type) { return static_cast<std::size_t>(type); }

}  // namespace

std::optional<MeetingType> meeting_type_from_code(std::string_view code) {
  for (std::size_t i = 0; i < kMeetingTypeCodes.size(); ++i)
    if (kMeetingTypeCodes[i] == code) return static_cast<MeetingType>(i);
  return std::nullopt;
}

std::string_view meeting_type_code(MeetingType type) { return kMeetingTypeCodes[index_of(type)]; }
std::string_view meeting_type_label(MeetingType type) { return kNames[index_of(type)].label; }
std::string_view meeting_type_noun(MeetingType type) { return kNames[index_of(type)].noun; }

}  // namespace sygedok::model
