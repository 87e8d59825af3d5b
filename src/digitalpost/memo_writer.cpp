#include "digitalpost/memo_writer.h"

#include <libxml/parser.h>
#include <libxml/xmlwriter.h>

#include <memory>
#include <mutex>

#include "digitalpost/base64.h"
#include "digitalpost/memo_rules.h"

namespace sygedok::digitalpost {
namespace {

const xmlChar* x(const char* text) { return reinterpret_cast<const xmlChar*>(text); }
const xmlChar* x(const std::string& text) { return x(text.c_str()); }

// One XML document being written; remembers whether any libxml2 call failed.
// Not thread-safe (one per call).
class XmlOut {
 public:
  XmlOut() : buffer_(xmlBufferCreate(), xmlBufferFree) {
    if (buffer_) writer_.reset(xmlNewTextWriterMemory(buffer_.get(), 0));
    ok_ = buffer_ && writer_;
    if (ok_) {
      check(xmlTextWriterSetIndent(writer_.get(), 1));
      check(xmlTextWriterSetIndentString(writer_.get(), x("  ")));
      check(xmlTextWriterStartDocument(writer_.get(), nullptr, "UTF-8", nullptr));
    }
  }

  void start(const char* name) {  // an element without namespace
    if (ok_) check(xmlTextWriterStartElement(writer_.get(), x(name)));
  }
  void start_memo(const char* name) {
    if (ok_) check(xmlTextWriterStartElementNS(writer_.get(), x("memo"), x(name), nullptr));
  }
  void start_memo_root() {
    if (ok_) check(xmlTextWriterStartElementNS(writer_.get(), x("memo"), x("Message"), x(kMemoNamespace)));
  }
  void attribute(const char* name, std::string_view value) {
    if (ok_) check(xmlTextWriterWriteAttribute(writer_.get(), x(name), x(std::string(value))));
  }
  void end() {
    if (ok_) check(xmlTextWriterEndElement(writer_.get()));
  }
  void element(const char* name, std::string_view text) {  // without namespace
    if (ok_) check(xmlTextWriterWriteElement(writer_.get(), x(name), x(std::string(text))));
  }
  void memo(const char* name, std::string_view text) {
    if (ok_) check(xmlTextWriterWriteElementNS(writer_.get(), x("memo"), x(name), nullptr, x(std::string(text))));
  }
  void memo(const char* name, const UtcTime& time) { memo(name, to_memo_date_time(time)); }
  // Text known to need no escaping (base64).
  void memo_raw(const char* name, const std::string& text) {
    start_memo(name);
    if (ok_) check(xmlTextWriterWriteRaw(writer_.get(), x(text)));
    end();
  }

  std::optional<std::string> finish() {
    if (ok_) check(xmlTextWriterEndDocument(writer_.get()));
    writer_.reset();  // flushes into the buffer
    if (!ok_) return std::nullopt;
    return std::string(reinterpret_cast<const char*>(xmlBufferContent(buffer_.get())),
                       static_cast<std::size_t>(xmlBufferLength(buffer_.get())));
  }

 private:
  void check(int status) {
    if (status < 0) ok_ = false;
  }
  struct WriterFree {
    void operator()(xmlTextWriterPtr writer) const { xmlFreeTextWriter(writer); }
  };

  std::unique_ptr<xmlBuffer, void (*)(xmlBufferPtr)> buffer_;
  std::unique_ptr<xmlTextWriter, WriterFree> writer_;
  bool ok_ = false;
};

void write_party(XmlOut& out, const char* element, const char* id_element, const MemoParty& party) {
  out.start_memo(element);
  out.memo(id_element, party.id);
  out.memo("idType", party.id_type);
  if (party.label) out.memo("label", *party.label);
  out.end();
}

void write_header(XmlOut& out, const MemoMessage& message, MemoVersion version) {
  out.start_memo("MessageHeader");
  out.memo("messageType", message.type == MessageType::NemSms ? "NEMSMS" : "DIGITALPOST");
  out.memo("messageUUID", message.uuid);
  out.memo("label", message.label);
  if (message.notification) out.memo("notification", *message.notification);
  if (message.reply_by) {
    out.memo("reply", "true");
    out.memo("replyByDateTime", *message.reply_by);
  }
  if (version == MemoVersion::V1_1) {  // required in 1.1, optional (default false) in 1.2
    out.memo("mandatory", "false");
    out.memo("legalNotification", "false");
  }
  write_party(out, "Sender", "senderID", message.sender);
  write_party(out, "Recipient", "recipientID", message.recipient);
  if (message.case_reference) {
    out.start_memo("ContentData");
    out.start_memo("CaseID");
    out.memo("caseID", message.case_reference->case_id);
    out.memo("caseSystem", message.case_reference->case_system);
    out.end();
    out.end();
  }
  out.end();
}

void write_file(XmlOut& out, const MemoFile& file) {
  out.start_memo("File");
  out.memo("encodingFormat", file.encoding_format);
  out.memo("filename", file.filename);
  out.memo("language", file.language);
  out.memo_raw("content", base64_encode(file.content));
  out.end();
}

void write_action(XmlOut& out, const MemoAction& action) {
  out.start_memo("Action");
  out.memo("label", action.label);
  out.memo("actionCode", action.code);
  if (action.start) out.memo("startDateTime", *action.start);
  if (action.end) out.memo("endDateTime", *action.end);
  if (auto* reservation = std::get_if<MemoReservation>(&action.target)) {
    out.start_memo("Reservation");
    out.memo("description", reservation->description);
    out.memo("reservationUUID", reservation->uuid);
    out.memo("abstract", reservation->abstract);
    out.memo("location", reservation->location);
    out.memo("startDateTime", reservation->start);
    out.memo("endDateTime", reservation->end);
    if (reservation->organizer_mail) out.memo("organizerMail", *reservation->organizer_mail);
    if (reservation->organizer_name) out.memo("organizerName", *reservation->organizer_name);
    out.end();
  } else if (auto* entry = std::get_if<MemoEntryPoint>(&action.target)) {
    out.start_memo("EntryPoint");
    out.memo("url", entry->url);
    out.end();
  }
  out.end();
}

void write_document(XmlOut& out, const char* element, const MemoDocument& document) {
  out.start_memo(element);
  if (document.label) out.memo("label", *document.label);
  for (const auto& file : document.files) write_file(out, file);
  for (const auto& action : document.actions) write_action(out, action);
  out.end();
}

void write_body(XmlOut& out, const MemoBody& body) {
  out.start_memo("MessageBody");
  out.memo("createdDateTime", body.created);
  write_document(out, "MainDocument", body.main);
  for (const auto& document : body.additional) write_document(out, "AdditionalDocument", document);
  out.end();
}

}  // namespace

Result<std::string> write_memo(const MemoMessage& message, const MemoOptions& options) {
  Diagnostics problems = check_memo_message(message);
  if (!problems.empty()) return Result<std::string>::failure(std::move(problems));
  static std::once_flag initialised;
  std::call_once(initialised, [] { xmlInitParser(); });

  XmlOut out;
  if (options.kombi) {
    out.start("kombi_request");
    out.element("KombiValgKode", kombi_code(*options.kombi));
  }
  out.start_memo_root();
  out.attribute("memoVersion", memo_version_text(options.version));
  if (options.version == MemoVersion::V1_1) out.attribute("memoSchVersion", "1.1.0");
  write_header(out, message, options.version);
  if (message.body) write_body(out, *message.body);
  out.end();
  if (options.kombi) out.end();
  auto xml = out.finish();
  if (!xml)
    return Result<std::string>::failure(
        error("", "xml_write_failed", "Digital Post-meddelelsen (MeMo) kunne ikke skrives som XML."));
  return Result<std::string>::success(std::move(*xml));
}

}  // namespace sygedok::digitalpost
