#pragma once
// A MeMo message (the Digital Post message format, "https://DigitalPost.dk/MeMo-1")
// as plain data: only the parts sygedok fills, in the order and with the
// names of the XSD (shared/memo/xsd/1.2/MeMo_core.xsd). memo_writer.h turns it
// into XML; memo_rules.h checks it against the rules the schema does not
// express. File contents are raw bytes here; the writer encodes them in
// base64. Plain data; thread-compatible.
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "digitalpost/utc_time.h"

namespace sygedok::digitalpost {

enum class MemoVersion { V1_1, V1_2 };
enum class MessageType { DigitalPost, NemSms };  // messageType DIGITALPOST | NEMSMS

// Sender (idType CVR) or Recipient (idType CPR).
struct MemoParty {
  std::string id;       // senderID "12345674" / recipientID "0101901234" (CPR without the dash)
  std::string id_type;  // "CVR" / "CPR"
  std::optional<std::string> label;  // organisation name / person's name
};

// ContentData/CaseID: the case the letter belongs to.
struct MemoCase {
  std::string case_id;      // caseID
  std::string case_system;  // caseSystem
};

// One File of a document: its media type, Digital Post-safe name, language and bytes.
struct MemoFile {
  std::string encoding_format;  // media type: "application/pdf", "text/plain"
  std::string filename;         // obeys Digital Post's file-name rule (memo_rules.h)
  std::string language = "da";
  std::string content;          // the file's bytes (not yet base64)
};

// Action/Reservation: a calendar entry the recipient can add (actionCode AFTALE).
struct MemoReservation {
  std::string description;
  std::string uuid;  // reservationUUID (v4)
  std::string abstract;
  std::string location;
  UtcTime start;
  UtcTime end;
  std::optional<std::string> organizer_mail;
  std::optional<std::string> organizer_name;
};

// Action/EntryPoint: a link (must be https://).
struct MemoEntryPoint {
  std::string url;
};

struct MemoAction {
  std::string label;
  std::string code;  // AFTALE, BEKRAEFT, BETALING, FORBEREDELSE, INFORMATION, SELVBETJENING, TILMELDING, UNDERSKRIV
  std::optional<UtcTime> start;
  std::optional<UtcTime> end;
  std::variant<std::monostate, MemoReservation, MemoEntryPoint> target;
};

// MainDocument or AdditionalDocument.
struct MemoDocument {
  std::optional<std::string> label;
  std::vector<MemoFile> files;  // at least one
  std::vector<MemoAction> actions;
};

// MessageBody: when the message was made, the letter, and its attachments.
struct MemoBody {
  UtcTime created;  // createdDateTime
  MemoDocument main;
  std::vector<MemoDocument> additional;
};

// The whole message: MessageHeader fields, then the body (none for a NemSMS).
struct MemoMessage {
  MessageType type = MessageType::DigitalPost;
  std::string uuid;   // messageUUID (v4)
  std::string label;  // the title the recipient sees, at most 256 characters
  std::optional<std::string> notification;  // at most 160 characters; the text of a NemSMS
  std::optional<std::string> reply_by;      // the recipient may reply until then (replyByDateTime)
  MemoParty sender;
  MemoParty recipient;
  std::optional<MemoCase> case_reference;
  std::optional<MemoBody> body;  // required for DIGITALPOST, absent for a NemSMS
};

}  // namespace sygedok::digitalpost
