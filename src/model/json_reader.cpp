#include "model/json_reader.h"

#include <Poco/JSON/Array.h>

#include <algorithm>

#include "core/text.h"
#include "model/archive_options.h"
#include "model/danish_number.h"
#include "model/envelope_members.h"

namespace sygedok::model {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::string trim(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return std::string(text);
}

bool is_object(const Poco::Dynamic::Var& value) {
  return value.type() == typeid(Poco::JSON::Object::Ptr) && !value.extract<Poco::JSON::Object::Ptr>().isNull();
}

bool is_array(const Poco::Dynamic::Var& value) {
  return value.type() == typeid(Poco::JSON::Array::Ptr) && !value.extract<Poco::JSON::Array::Ptr>().isNull();
}

// Levenshtein distance, to suggest the field a misspelt name was meant to be.
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string quoted(std::string_view text) { return "»" + std::string(text) + "«"; }

thread_local MemberRecorder* recorder = nullptr;

}  // namespace

MemberRecorder::MemberRecorder() : outer_(recorder) { recorder = this; }
MemberRecorder::~MemberRecorder() { recorder = outer_; }

void MemberRecorder::record(std::string_view path) {
  paths_.insert(without_indices(path));
  if (outer_) outer_->record(path);
}

void MemberRecorder::record_choice(std::string_view path, std::span<const std::string_view> allowed) {
  choices_[without_indices(path)].insert(allowed.begin(), allowed.end());
  if (outer_) outer_->record_choice(path, allowed);
}

std::string without_indices(std::string_view path) {
  std::string out;
  for (std::size_t i = 0; i < path.size(); ++i) {
    out += path[i];
    if (path[i] != '[') continue;
    while (i + 1 < path.size() && path[i + 1] >= '0' && path[i + 1] <= '9') ++i;
  }
  return out;
}

std::string sentence(std::string_view label, std::string_view rest) { return capitalize_first(label) + std::string(rest); }

std::size_t character_count(std::string_view text) {
  auto decoded = decode_utf8(text);
  return decoded ? decoded->size() : text.size();
}

JsonReader::JsonReader(const Poco::JSON::Object& object, std::string path, Diagnostics& diagnostics)
    : object_(&object), path_(std::move(path)), diagnostics_(&diagnostics) {}

std::string JsonReader::path_of(std::string_view key) const {
  if (key.empty()) return path_;
  return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

void JsonReader::report_error(std::string_view key, std::string code, std::string message) {
  diagnostics_->push_back(error(path_of(key), std::move(code), std::move(message)));
}

void JsonReader::report_warning(std::string_view key, std::string code, std::string message) {
  diagnostics_->push_back(warning(path_of(key), std::move(code), std::move(message)));
}

bool JsonReader::has(std::string_view key) {
  asked_.emplace(key);
  if (recorder) recorder->record(path_of(key));
  std::string name(key);
  return object_->has(name) && !object_->get(name).isEmpty();
}

std::vector<std::string> JsonReader::member_names() const {
  std::vector<std::string> names;
  object_->getNames(names);
  return names;
}

std::optional<Poco::Dynamic::Var> JsonReader::member(std::string_view key, std::string_view label, Presence presence) {
  if (!has(key)) {
    if (presence == Presence::Required) report_error(key, "required", sentence(label, " mangler."));
    return std::nullopt;
  }
  return object_->get(std::string(key));
}

void JsonReader::wrong_type(std::string_view key, std::string_view label, std::string_view expected) {
  report_error(key, "wrong_type", sentence(label, " skal være " + std::string(expected) + "."));
}

std::optional<std::string> JsonReader::text(std::string_view key, std::string_view label, Presence presence,
                                            std::size_t max_length) {
  auto value = member(key, label, presence);
  if (!value) return std::nullopt;
  if (!value->isString()) {
    wrong_type(key, label, "en tekst i anførselstegn");
    return std::nullopt;
  }
  std::string text = trim(value->extract<std::string>());
  if (text.empty()) {
    if (presence == Presence::Required) report_error(key, "empty", sentence(label, " er ikke udfyldt."));
    return std::nullopt;
  }
  std::size_t length = character_count(text);
  if (length > max_length) {
    report_error(key, "too_long",
                 sentence(label, " må højst fylde " + std::to_string(max_length) + " tegn, men fylder " +
                                     std::to_string(length) + "."));
    return std::nullopt;
  }
  return text;
}

std::optional<bool> JsonReader::boolean(std::string_view key, std::string_view label, Presence presence) {
  auto value = member(key, label, presence);
  if (!value) return std::nullopt;
  if (value->type() != typeid(bool)) {
    wrong_type(key, label, "true eller false (uden anførselstegn)");
    return std::nullopt;
  }
  return value->extract<bool>();
}

std::optional<double> JsonReader::number(std::string_view key, std::string_view label, Presence presence,
                                         double min, double max) {
  auto value = member(key, label, presence);
  if (!value) return std::nullopt;
  if (value->type() == typeid(bool) || !value->isNumeric()) {
    wrong_type(key, label, "et tal (uden anførselstegn)");
    return std::nullopt;
  }
  double number = value->convert<double>();
  if (!(number >= min && number <= max)) {  // also NaN
    report_error(key, "out_of_range",
                 sentence(label, " skal være mellem " + format_danish_number(min) + " og " + format_danish_number(max) +
                                     ", men er " + format_danish_number(number) + "."));
    return std::nullopt;
  }
  return number;
}

std::optional<Date> JsonReader::date(std::string_view key, std::string_view label, Presence presence) {
  auto written = text(key, label, presence, 40);
  if (!written) return std::nullopt;
  auto parsed = parse_iso_date(*written);
  if (!parsed)
    report_error(key, "invalid_date",
                 sentence(label, " " + quoted(*written) +
                                     " er ikke en gyldig dato. Skriv datoen som ÅÅÅÅ-MM-DD, f.eks. 2026-12-07."));
  return parsed;
}

std::optional<DateTime> JsonReader::date_time(std::string_view key, std::string_view label, Presence presence) {
  auto written = text(key, label, presence, 40);
  if (!written) return std::nullopt;
  auto parsed = parse_iso_date_time(*written);
  if (!parsed) {
    bool has_zone = written->size() > 16 && (written->back() == 'Z' || written->find('+', 16) != std::string::npos ||
                                             written->find('-', 16) != std::string::npos);
    std::string hint = has_zone ? " Angiv dansk tid uden tidszone." : "";
    report_error(key, "invalid_date_time",
                 sentence(label, " " + quoted(*written) +
                                     " er ikke et gyldigt tidspunkt. Skriv det som ÅÅÅÅ-MM-DDTTT:MM, f.eks. "
                                     "2026-12-07T10:00." + hint));
  }
  return parsed;
}

std::optional<std::string> JsonReader::choice(std::string_view key, std::string_view label, Presence presence,
                                              std::span<const std::string_view> allowed) {
  if (recorder) recorder->record_choice(path_of(key), allowed);
  return known_value(key, label, presence, allowed);
}

std::optional<std::string> JsonReader::known_value(std::string_view key, std::string_view label, Presence presence,
                                                   std::span<const std::string_view> allowed) {
  auto written = text(key, label, presence);
  if (!written) return std::nullopt;
  if (std::find(allowed.begin(), allowed.end(), *written) != allowed.end()) return written;
  std::string options;
  for (auto option : allowed) options += (options.empty() ? "" : ", ") + std::string(option);
  report_error(key, "unknown_value",
               sentence(label, " " + quoted(*written) + " kendes ikke. Vælg en af: " + options + "."));
  return std::nullopt;
}

std::optional<JsonReader> JsonReader::object(std::string_view key, std::string_view label, Presence presence) {
  auto value = member(key, label, presence);
  if (!value) return std::nullopt;
  if (!is_object(*value)) {
    wrong_type(key, label, "et JSON-objekt ({ … })");
    return std::nullopt;
  }
  auto child = value->extract<Poco::JSON::Object::Ptr>();
  JsonReader reader(*child, path_of(key), *diagnostics_);
  reader.holder_ = child;
  return reader;
}

std::vector<std::string> JsonReader::text_list(std::string_view key, std::string_view label, Presence presence,
                                               std::size_t max_length, std::size_t max_items) {
  std::vector<std::string> items;
  auto value = member(key, label, presence);
  if (!value) return items;
  if (!is_array(*value)) {
    wrong_type(key, label, "en liste af tekster ([ \"…\", \"…\" ])");
    return items;
  }
  auto array = value->extract<Poco::JSON::Array::Ptr>();
  if (array->size() > max_items) {
    report_error(key, "too_many",
                 sentence(label, " må højst have " + std::to_string(max_items) + " punkter, men har " +
                                     std::to_string(array->size()) + "."));
    return items;
  }
  for (std::size_t i = 0; i < array->size(); ++i) {
    std::string item_key = std::string(key) + "[" + std::to_string(i) + "]";
    std::string number = "Punkt nr. " + std::to_string(i + 1) + " i " + std::string(label);
    Poco::Dynamic::Var item = array->get(static_cast<unsigned>(i));
    if (item.isEmpty() || !item.isString()) {
      report_error(item_key, "wrong_type", number + " skal være en tekst i anførselstegn.");
      continue;
    }
    std::string text = trim(item.extract<std::string>());
    std::size_t length = character_count(text);
    if (text.empty()) {
      report_error(item_key, "empty", number + " er ikke udfyldt.");
    } else if (length > max_length) {
      report_error(item_key, "too_long",
                   number + " må højst fylde " + std::to_string(max_length) + " tegn, men fylder " +
                       std::to_string(length) + ".");
    } else {
      items.push_back(std::move(text));
    }
  }
  if (presence == Presence::Required && array->size() == 0)
    report_error(key, "empty", sentence(label, " skal have mindst ét punkt."));
  return items;
}

std::vector<ListItem> JsonReader::object_list(std::string_view key, std::string_view label,
                                              std::string_view item_label, Presence presence,
                                              std::size_t max_items) {
  std::vector<ListItem> items;
  auto value = member(key, label, presence);
  if (!value) return items;
  if (!is_array(*value)) {
    wrong_type(key, label, "en liste ([ { … }, { … } ])");
    return items;
  }
  auto array = value->extract<Poco::JSON::Array::Ptr>();
  if (array->size() > max_items) {
    report_error(key, "too_many",
                 sentence(label, " må højst have " + std::to_string(max_items) + " punkter, men har " +
                                     std::to_string(array->size()) + "."));
    return items;
  }
  for (std::size_t i = 0; i < array->size(); ++i) {
    std::string item_path = path_of(key) + "[" + std::to_string(i) + "]";
    Poco::Dynamic::Var item = array->get(static_cast<unsigned>(i));
    if (!is_object(item)) {
      diagnostics_->push_back(error(item_path, "wrong_type",
                                    sentence(item_label, " nr. " + std::to_string(i + 1) +
                                                             " skal være et JSON-objekt ({ … }).")));
      continue;
    }
    auto child = item.extract<Poco::JSON::Object::Ptr>();
    JsonReader reader(*child, item_path, *diagnostics_);
    reader.holder_ = child;
    items.push_back({i, std::move(reader)});
  }
  if (presence == Presence::Required && array->size() == 0)
    report_error(key, "empty", sentence(label, " skal have mindst ét punkt."));
  return items;
}

void JsonReader::warn_unknown_fields() {
  // The Digital Post envelope's members are known at the top level of every request.
  if (path_.empty()) {
    for (auto member : kEnvelopeMembers) asked_.emplace(member);
    asked_.emplace(kArchiveMember);  // model/archive_options.h
  }
  std::vector<std::string> names;
  object_->getNames(names);
  for (const auto& name : names) {
    if (asked_.count(name)) continue;
    std::string message = "Feltet " + quoted(name) + " kendes ikke og bliver ikke brugt.";
    const std::string* closest = nullptr;
    std::size_t best = 3;  // suggest only near misses
    for (const auto& known : asked_) {
      std::size_t distance = edit_distance(name, known);
      if (distance < best && !object_->has(known)) {
        best = distance;
        closest = &known;
      }
    }
    if (closest) message += " Mente du " + quoted(*closest) + "?";
    report_warning(name, "unknown_field", message);
  }
}

}  // namespace sygedok::model
