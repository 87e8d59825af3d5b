#include "model/parties.h"

#include <algorithm>

namespace sygedok::model {
namespace {

std::string without_spaces(std::string text) {
  text.erase(std::remove(text.begin(), text.end(), ' '), text.end());
  return text;
}

bool looks_like_email(std::string_view text) {
  auto at = text.find('@');
  return at != std::string_view::npos && at > 0 && text.find('.', at) != std::string_view::npos &&
         text.find('.', at) + 1 < text.size() && text.find(' ') == std::string_view::npos &&
         text.find('@', at + 1) == std::string_view::npos;
}

std::optional<std::string> read_cvr(JsonReader& sender) {
  constexpr std::string_view kLabel = "afsenderens CVR-nummer";
  auto written = sender.text("cvr", kLabel, Presence::Required, 20);
  if (!written) return std::nullopt;
  std::string cvr = without_spaces(*written);
  bool eight_digits = cvr.size() == 8 && std::all_of(cvr.begin(), cvr.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!eight_digits) {
    sender.report_error("cvr", "invalid_cvr", sentence(kLabel, " »" + *written + "« skal bestå af 8 cifre."));
    return std::nullopt;
  }
  if (!is_valid_cvr(cvr)) {
    sender.report_error("cvr", "invalid_cvr",
                        sentence(kLabel, " »" + *written +
                                             "« er ikke gyldigt, for kontrolcifferet passer ikke. Tjek, at alle "
                                             "cifre er skrevet rigtigt."));
    return std::nullopt;
  }
  return cvr;
}

std::optional<Contact> read_contact(JsonReader& sender) {
  auto contact = sender.object("contact", "oplysningerne om kontaktpersonen", Presence::Optional);
  if (!contact) return std::nullopt;
  auto name = contact->text("name", "kontaktpersonens navn", Presence::Required);
  auto phone = contact->text("phone", "kontaktpersonens telefonnummer", Presence::Optional, 40);
  auto email = contact->text("email", "kontaktpersonens e-mailadresse", Presence::Optional);
  auto web = contact->text("web", "webadressen", Presence::Optional, 200);
  if (email && !looks_like_email(*email)) {
    contact->report_error("email", "invalid_email",
                          "Kontaktpersonens e-mailadresse »" + *email + "« ser ikke ud som en e-mailadresse.");
    email.reset();
  }
  contact->warn_unknown_fields();
  if (!name) return std::nullopt;
  return Contact{*name, phone, email, web};
}

}  // namespace

std::optional<Sender> read_sender(JsonReader& request) {
  auto sender = request.object("sender", "oplysningerne om afsenderen", Presence::Required);
  if (!sender) return std::nullopt;
  auto name = sender->text("name", "afsenderens navn", Presence::Required);
  auto unit = sender->text("unit", "afsenderens enhed", Presence::Optional);
  auto address = sender->text("address", "afsenderens adresse", Presence::Required);
  auto cvr = read_cvr(*sender);
  bool has_contact = sender->has("contact");
  auto contact = read_contact(*sender);
  sender->warn_unknown_fields();
  if (!name || !address || !cvr || (has_contact && !contact)) return std::nullopt;
  return Sender{*name, unit, *address, *cvr, contact};
}

std::optional<DocumentHeader> read_document_header(JsonReader& request) {
  auto document = request.object("document", "oplysningerne om dokumentet", Presence::Required);
  if (!document) return std::nullopt;
  auto date = document->date("date", "dokumentets dato", Presence::Required);
  auto case_number = document->text("case_number", "sagsnummeret", Presence::Optional, 60);
  document->warn_unknown_fields();
  if (!date) return std::nullopt;
  return DocumentHeader{*date, case_number};
}

std::optional<Employee> read_employee(JsonReader& request, EmployeeMembers members) {
  auto employee = request.object("employee", "oplysningerne om medarbejderen", Presence::Required);
  if (!employee) return std::nullopt;
  auto name = employee->text("name", "medarbejderens navn", Presence::Required);
  auto written_cpr = employee->text("cpr", "medarbejderens CPR-nummer", Presence::Optional, 20);
  std::optional<Cpr> cpr;
  bool cpr_ok = true;
  if (written_cpr) {
    cpr = parse_cpr(*written_cpr);
    if (!cpr) {
      cpr_ok = false;
      employee->report_error("cpr", "invalid_cpr",
                             "Medarbejderens CPR-nummer »" + *written_cpr +
                                 "« er ikke gyldigt. Skriv det som DDMMÅÅ-LLLL, hvor de første seks cifre er "
                                 "fødselsdatoen.");
    }
  }
  std::optional<std::string> first_name;
  std::vector<std::string> address;
  if (members == EmployeeMembers::Letter)
    first_name = employee->text("first_name", "medarbejderens fornavn", Presence::Optional);
  if (members != EmployeeMembers::Basic)
    address = employee->text_list("address", "medarbejderens adresse", Presence::Optional, kShortTextLength,
                                  kMaxAddressLines);
  std::optional<std::string> phone;
  if (members == EmployeeMembers::Minutes)
    phone = employee->text("phone", "medarbejderens telefonnummer", Presence::Optional, 40);
  employee->warn_unknown_fields();
  if (!name || !cpr_ok) return std::nullopt;
  return Employee{*name, cpr, first_name, std::move(address), phone};
}

std::optional<Manager> read_manager(JsonReader& request) {
  auto manager = request.object("manager", "oplysningerne om lederen", Presence::Required);
  if (!manager) return std::nullopt;
  auto name = manager->text("name", "lederens navn", Presence::Required);
  auto title = manager->text("title", "lederens titel", Presence::Optional);
  manager->warn_unknown_fields();
  if (!name) return std::nullopt;
  return Manager{*name, title};
}

ReadParties read_parties(JsonReader& request, EmployeeMembers members) {
  ReadParties parties;
  parties.sender = read_sender(request);
  parties.document = read_document_header(request);
  parties.employee = read_employee(request, members);
  parties.manager = read_manager(request);
  return parties;
}

std::optional<Participant> read_participant(JsonReader& object, std::string_view name_label,
                                            std::string_view role_label) {
  auto name = object.text("name", name_label, Presence::Required);
  auto role = object.text("role", role_label, Presence::Optional);
  object.warn_unknown_fields();
  if (!name) return std::nullopt;
  return Participant{*name, role};
}

}  // namespace sygedok::model
