#pragma once
// How the caller wants the envelope: which MeMo version, and whether to wrap
// the message in a KombiPostAfsend request (SF1601, the national service
// platform's combined post service) with a channel code. Plain data and pure
// functions; thread-safe.
#include <optional>
#include <string_view>

#include "digitalpost/memo_message.h"

namespace sygedok::digitalpost {

// KombiValgKode: the channel the service platform uses.
enum class KombiChannel { DigitalPost, PhysicalPost, Automatic, NemSms };

struct MemoOptions {
  MemoVersion version = MemoVersion::V1_2;
  std::optional<KombiChannel> kombi;  // none: the bare memo:Message
};

// "Digital Post", "Fysisk Post", "Automatisk Valg", "NemSMS": the codes as SF1601 spells them.
std::string_view kombi_code(KombiChannel channel);
// The code as SF1601 spells it, or the same without spaces, case-insensitively
// ("fysiskpost", "automatiskvalg"); nullopt for anything else.
std::optional<KombiChannel> parse_kombi_channel(std::string_view text);

std::string_view memo_version_text(MemoVersion version);  // "1.1", "1.2"
std::optional<MemoVersion> parse_memo_version(std::string_view text);

}  // namespace sygedok::digitalpost
