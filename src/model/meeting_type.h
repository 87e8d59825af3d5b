#pragma once
// The conversations of Danish sick-leave follow-up (see docs/domain in the
// shared folder): their codes in the JSON input and their Danish names.
// Pure data; thread-safe.
#include <array>
#include <optional>
#include <string_view>

namespace sygedok::model {

enum class MeetingType {
  Fravaerssamtale,      // after 2 weeks, absence expected to exceed 4 weeks
  Omsorgssamtale,       // care conversation, any time
  Statussamtale,        // after 4 weeks, then every 4 weeks
  SpredtFravaer,        // frequent short absences
  Opfoelgningssamtale,  // follow-up on agreements after frequent absences
  Mulighedserklaering,  // filling in part 1 of the mulighedserklæring together (§ 36 a)
};

// The codes accepted in JSON, in the order of the enum.
inline constexpr std::array<std::string_view, 6> kMeetingTypeCodes = {
    "fravaerssamtale", "omsorgssamtale", "statussamtale", "spredt_fravaer", "opfoelgningssamtale",
    "mulighedserklaering"};

std::optional<MeetingType> meeting_type_from_code(std::string_view code);
std::string_view meeting_type_code(MeetingType type);

// "Fraværssamtale": the facts table's "Samtaletype".
std::string_view meeting_type_label(MeetingType type);
// "fraværssamtale": as a word inside a sentence ("Referat af fraværssamtale").
std::string_view meeting_type_noun(MeetingType type);

}  // namespace sygedok::model
