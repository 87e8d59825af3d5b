#include "digitalpost/memo_options.h"

#include <array>
#include <string>

namespace sygedok::digitalpost {
namespace {

constexpr std::array<KombiChannel, 4> kChannels = {KombiChannel::DigitalPost, KombiChannel::PhysicalPost,
                                                   KombiChannel::Automatic, KombiChannel::NemSms};

// Lower case ASCII without spaces: "Fysisk Post" → "fysiskpost".
std::string folded(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == ' ') continue;
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

}  // namespace

std::string_view kombi_code(KombiChannel channel) {
  switch (channel) {
    case KombiChannel::DigitalPost: return "Digital Post";
    case KombiChannel::PhysicalPost: return "Fysisk Post";
    case KombiChannel::Automatic: return "Automatisk Valg";
    case KombiChannel::NemSms: return "NemSMS";
  }
  return "Digital Post";
}

std::optional<KombiChannel> parse_kombi_channel(std::string_view text) {
  for (KombiChannel channel : kChannels)
    if (folded(text) == folded(kombi_code(channel))) return channel;
  return std::nullopt;
}

std::string_view memo_version_text(MemoVersion version) { return version == MemoVersion::V1_1 ? "1.1" : "1.2"; }

std::optional<MemoVersion> parse_memo_version(std::string_view text) {
  if (text == "1.1") return MemoVersion::V1_1;
  if (text == "1.2") return MemoVersion::V1_2;
  return std::nullopt;
}

}  // namespace sygedok::digitalpost
