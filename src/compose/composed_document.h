#pragma once
// What composing a request yields: the document as Markdown (CommonMark +
// GFM tables, with the sygedok table markers of markup/block.h), the PDF
// metadata, and warnings about the input that did not stop it. Plain data.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/frame.h"
#include "model/danish_date.h"

namespace sygedok::compose {

// One line of the recipient block and the input member it comes from
// ("employee.address[1]"), for messages. Plain data.
struct AddressLine {
  std::string text;
  std::string path;
};

// What the window of a window envelope shows (DIN 5008 form B, see
// docs/memo.md): the sender's return address in one line and the
// recipient's name and postal address. Plain data.
struct WindowAddress {
  std::string return_address;       // "Eksempel Kommune, Rådhuspladsen 1, 9999 Eksempelby"
  std::vector<AddressLine> recipient;  // name, then the address lines
};

// How the document reaches the employee, so its sentences about sending can
// be true: Digital Post (the default: what the service is for, and what a
// MeMo envelope without another kombi channel means), physical post ("Fysisk
// Post"), or not known when rendered (the kombi "Automatisk Valg" or a
// NemSMS decides later, per recipient).
enum class Delivery { DigitalPost, PhysicalPost, Unstated };


// A document that goes with another as a PDF of its own (the employee's
// preparation sheet with a summons): an AdditionalDocument of the MeMo
// message. Plain data.
struct CompanionDocument {
  std::string markdown;
  DocumentInfo info;
};

struct ComposedDocument {
  std::string markdown;
  DocumentInfo info;
  Diagnostics warnings;
  // A letter whose input has the employee's postal address; layout puts it
  // in the window field of page 1.
  std::optional<WindowAddress> window_address;
  // A document the employee is asked to return by a date (the unsigned
  // referat): the envelope lets the employee reply in Digital Post until then.
  std::optional<model::Date> reply_by;
  // The document calls to the meeting of the request's "meeting" (a summons,
  // an invitation to make a plan): the envelope offers it as a calendar entry.
  bool calendar_entry = false;
  // Documents sent with this one (the preparation sheet of a summons, when
  // the organisation profile's preparation_sheet allows it).
  std::vector<CompanionDocument> companions;
};

}  // namespace sygedok::compose
