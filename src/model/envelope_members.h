#pragma once
// Members of a request's top level that belong to the Digital Post envelope
// (src/digitalpost/, docs/memo.md), not to the document itself:
//   message_uuid, created, reservation_uuid, case_system, attachments
// Every document kind accepts them: JsonReader::warn_unknown_fields() never
// reports them at the top level, so no kind's reader needs to read them.
// Pure data; thread-safe.
#include <array>
#include <string_view>

namespace sygedok::model {

inline constexpr std::array<std::string_view, 5> kEnvelopeMembers = {"message_uuid", "created", "reservation_uuid",
                                                                     "case_system", "attachments"};

bool is_envelope_member(std::string_view name);

}  // namespace sygedok::model
