#pragma once
// The parts every document kind shares: who sends it, the document's own
// date and case number, the employee and the manager. Each read_* function
// reads one member of the request's top level ("sender", "document", …)
// through a JsonReader, reports every problem, and returns a value only when
// nothing required is missing or wrong. Plain data and pure functions.
#include <optional>
#include <string>
#include <vector>

#include "model/danish_date.h"
#include "model/identifiers.h"
#include "model/json_reader.h"

namespace sygedok::model {

// Whom the employee can ask; phone, e-mail and web address also go in the letterhead.
struct Contact {
  std::string name;
  std::optional<std::string> phone;
  std::optional<std::string> email;
  std::optional<std::string> web;  // "www.eksempel.dk"
};

// The organisation (a municipality, a workplace) in the letterhead.
struct Sender {
  std::string name;                 // "Eksempel Kommune"
  std::optional<std::string> unit;  // "Center for Dagtilbud"
  std::string address;              // "Rådhuspladsen 1, 9999 Eksempelby"
  std::string cvr;                  // 8 digits, modulus 11
  std::optional<Contact> contact;   // whom the employee can ask
};

struct DocumentHeader {
  Date date;
  std::optional<std::string> case_number;  // "2026-004711"
};

struct Employee {
  std::string name;
  std::optional<Cpr> cpr;
  // Letters only (EmployeeMembers::Letter): the name in the greeting
  // ("Kære Søren").
  std::optional<std::string> first_name;
  // Documents that may be posted (EmployeeMembers::Addressed and Letter):
  // the postal address, one line per entry, printed in the window field.
  std::vector<std::string> address;
  // The referat only (EmployeeMembers::Minutes): where the employee can be reached.
  std::optional<std::string> phone;
};

// Which members an employee object may have: every kind reads name and cpr;
// a document sent to the employee (notat) also address; the minutes of a
// meeting (referat) also address and phone; a letter (indkaldelse) also
// address and first_name. Elsewhere they are unknown fields.
enum class EmployeeMembers { Basic, Addressed, Minutes, Letter };

// At most this many lines in the employee's address block.
inline constexpr std::size_t kMaxAddressLines = 5;

struct Manager {
  std::string name;
  std::optional<std::string> title;  // "Dagtilbudsleder"
};

// Someone present at a meeting: a bisidder, a colleague, an HR consultant.
struct Participant {
  std::string name;
  std::optional<std::string> role;  // "TR", "HR-konsulent"
};

// {"name", "unit"?, "address", "cvr", "contact": {"name", "phone"?, "email"?, "web"?}?}
std::optional<Sender> read_sender(JsonReader& request);
// {"date": "YYYY-MM-DD", "case_number"?}
std::optional<DocumentHeader> read_document_header(JsonReader& request);
// {"name", "cpr"?: "DDMMYY-SSSS"}; with EmployeeMembers::Addressed also
// "address"? ["Eksempelvej 3, 2. th.", "9999 Eksempelby"], with Minutes
// also "address"? and "phone"?, with Letter also "address"? and "first_name"?.
std::optional<Employee> read_employee(JsonReader& request, EmployeeMembers members = EmployeeMembers::Basic);
// {"name", "title"?}
std::optional<Manager> read_manager(JsonReader& request);
// The four members every kind has, read in one go: each set when it could be
// read (the reader reported every problem of the others).
struct ReadParties {
  std::optional<Sender> sender;
  std::optional<DocumentHeader> document;
  std::optional<Employee> employee;
  std::optional<Manager> manager;

  bool complete() const { return sender && document && employee && manager; }
  // Moves the four into a document model with members of these names; only when complete().
  template <typename Document>
  void move_into(Document& into) {
    into.sender = std::move(*sender);
    into.document = std::move(*document);
    into.employee = std::move(*employee);
    into.manager = std::move(*manager);
  }
};
ReadParties read_parties(JsonReader& request, EmployeeMembers members);

// {"name", "role"?} with the labels for messages ("bisidderens navn", "bisidderens rolle").
std::optional<Participant> read_participant(JsonReader& object, std::string_view name_label,
                                            std::string_view role_label);

}  // namespace sygedok::model
