#pragma once
// The digitalpost stage's entry point: a rendered letter (its kind, PDF
// metadata and bytes) plus what the request says about the envelope
// (envelope_input.h) → a MeMo message (memo_message.h) → XML (memo_writer.h).
// See docs/memo.md for every field and where its value comes from.
//
// Deterministic when asked: with message_uuid and created in the input, the
// same input gives the same bytes. Otherwise the message UUID is fresh (v4)
// and createdDateTime is the clock's, both from `FreshValues`. The calendar
// entry's reservationUUID is reservation_uuid when given, else derived from
// the message UUID (so it is stable whenever the message is).
// Stateless; thread-safe when the FreshValues functions are.
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "core/frame.h"
#include "core/result.h"
#include "digitalpost/envelope_input.h"
#include "digitalpost/memo_message.h"
#include "digitalpost/memo_options.h"
#include "model/danish_date.h"

namespace sygedok::digitalpost {

// Where fresh values come from when the input gives none.
struct FreshValues {
  std::function<std::string()> new_uuid;  // a UUID v4
  std::function<UtcTime()> now;
  // Poco::UUIDGenerator (random, v4) and the system clock.
  static FreshValues system();
};

// The letter as the pipeline produced it.
struct Letter {
  std::string_view kind;     // "indkaldelse", for the message's label
  const DocumentInfo& info;  // title of the document (label, file name)
  std::string_view pdf;      // the bytes of the PDF, as written to disk
  bool address_in_window = false;  // page 1 shows the recipient's address in the window field
  // The letter asks the employee to return it by this day (an unsigned
  // referat): the message allows a reply (reply, replyByDateTime: the end of
  // that day in Danish time), except as physical post or NemSMS.
  std::optional<model::Date> reply_by = std::nullopt;
  // The letter calls to the request's "meeting" (a summons, an invitation to
  // make a plan together): the message carries it as a calendar entry (AFTALE).
  bool calendar_entry = false;
};

// "Indkaldelse til fraværssamtale 7. december 2026": the title and the
// meeting's date (or the document's date when there is no meeting), at most
// 256 characters.
std::string message_label(const EnvelopeInput& input, const DocumentInfo& info, std::string_view kind);

// A version-4 UUID derived from `seed` (SHA-256), the same for the same seed.
std::string uuid_from_seed(std::string_view seed);

// Physical post (docs/memo.md): "Fysisk Post" for a letter whose page 1
// shows no window address is an error ("required_for_envelope" at
// employee.address: it could not be delivered); "Automatisk Valg" without
// one is the warning "physical_post_address" (it goes as physical post
// only to the few without Digital Post). Warnings: also "nemsms_text_only".
Result<MemoMessage> build_memo_message(const EnvelopeInput& input, const Letter& letter, const MemoOptions& options,
                                       const FreshValues& fresh);

// build_memo_message() then write_memo(): the envelope as XML.
Result<std::string> make_envelope(const EnvelopeInput& input, const Letter& letter, const MemoOptions& options,
                                  const FreshValues& fresh = FreshValues::system());

}  // namespace sygedok::digitalpost
