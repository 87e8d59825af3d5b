#include "model/envelope_members.h"

#include <algorithm>

namespace sygedok::model {

bool is_envelope_member(std::string_view name) {
  return std::find(kEnvelopeMembers.begin(), kEnvelopeMembers.end(), name) != kEnvelopeMembers.end();
}

}  // namespace sygedok::model
