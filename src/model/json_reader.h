#pragma once
// JsonReader: reads typed values out of one JSON object and collects every
// problem on the way, each with its JSON path ("employee.name",
// "agreements[3].when"), a stable code and a Danish message built from a
// label ("medarbejderens navn" → "Medarbejderens navn mangler."). Reading
// never stops at the first problem: a missing or wrong value yields nullopt
// and the reader moves on, so one request reports everything at once.
//
// Codes: required, empty, wrong_type, too_long, too_many, invalid_date,
// invalid_date_time, unknown_value, out_of_range (errors); unknown_field (warning, from
// warn_unknown_fields()). Readers of document kinds add their own codes
// through report_error().
//
// Labels are Danish noun phrases, lower case, in the definite form:
// "medarbejderens navn", "samtalens starttidspunkt".
//
// A reader refers to the JSON object and the Diagnostics it was given; both
// must outlive it. Not thread-safe (one reader per request).
#include <Poco/JSON/Object.h>

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "model/danish_date.h"

namespace sygedok::model {

enum class Presence { Required, Optional };

// Default limits, in characters (code points) and items.
inline constexpr std::size_t kShortTextLength = 200;   // names, titles, places, one line
inline constexpr std::size_t kLineTextLength = 1000;   // one agreement, one bullet
inline constexpr std::size_t kParagraphLength = 6000;  // one paragraph of free text
inline constexpr std::size_t kMaxListItems = 200;

// The JSON path of one element of a list: numbered("agreements", 2) → "agreements[2]".
inline std::string numbered(std::string_view path, std::size_t index) {
  return std::string(path) + "[" + std::to_string(index) + "]";
}

struct ListItem;  // one object of a list (below)

class JsonReader {
 public:
  // Reads `object`, found at `path` in the request ("" for the whole request).
  JsonReader(const Poco::JSON::Object& object, std::string path, Diagnostics& diagnostics);

  const std::string& path() const { return path_; }
  std::string path_of(std::string_view key) const;

  // True when the member exists and is not null. Counts as asking for it.
  bool has(std::string_view key);

  // A string, trimmed. Optional and empty ("" or only spaces) → nullopt without a problem.
  std::optional<std::string> text(std::string_view key, std::string_view label, Presence presence,
                                  std::size_t max_length = kShortTextLength);
  std::optional<bool> boolean(std::string_view key, std::string_view label, Presence presence);
  // A JSON number (not text) from `min` to `max`, both included.
  std::optional<double> number(std::string_view key, std::string_view label, Presence presence, double min,
                               double max);
  std::optional<Date> date(std::string_view key, std::string_view label, Presence presence);
  std::optional<DateTime> date_time(std::string_view key, std::string_view label, Presence presence);
  // One of `allowed`, compared exactly.
  std::optional<std::string> choice(std::string_view key, std::string_view label, Presence presence,
                                    std::span<const std::string_view> allowed);
  // As choice(), for values that come from data an organisation may change
  // (a questionnaire's id): the schema declares the member, not its values.
  std::optional<std::string> known_value(std::string_view key, std::string_view label, Presence presence,
                                         std::span<const std::string_view> allowed);
  // A nested object; its problems go to the same Diagnostics.
  std::optional<JsonReader> object(std::string_view key, std::string_view label, Presence presence);
  // A list of strings, each trimmed and non-empty. Required means at least one item.
  std::vector<std::string> text_list(std::string_view key, std::string_view label, Presence presence,
                                     std::size_t max_length = kLineTextLength, std::size_t max_items = kMaxListItems);
  // A list of objects. `item_label` names one item ("aftale" → "Aftale nr. 3 …").
  std::vector<ListItem> object_list(std::string_view key, std::string_view label, std::string_view item_label,
                                    Presence presence, std::size_t max_items = kMaxListItems);

  // The names of the object's members, sorted (for objects keyed by
  // data, such as answers by question id); asking for them asks for none.
  std::vector<std::string> member_names() const;

  // Problems found by the caller about a member of this object ("" = the object itself).
  void report_error(std::string_view key, std::string code, std::string message);
  void report_warning(std::string_view key, std::string code, std::string message);

  // One "unknown_field" warning for each member no read or has() asked for.
  // At the top level (path ""), the envelope members of model/envelope_members.h
  // and "archive" (model/archive_options.h) count as known.
  void warn_unknown_fields();

 private:
  // The member's value, or nullopt when absent or null (a "required" error when required).
  std::optional<Poco::Dynamic::Var> member(std::string_view key, std::string_view label, Presence presence);
  void wrong_type(std::string_view key, std::string_view label, std::string_view expected);

  Poco::JSON::Object::Ptr holder_;  // keeps a nested object alive
  const Poco::JSON::Object* object_;
  std::string path_;
  Diagnostics* diagnostics_;
  std::set<std::string, std::less<>> asked_;
};

// One object of a list, with its position in the list.
struct ListItem {
  std::size_t index;  // 0-based position in the JSON array
  JsonReader reader;
};

// Records the JSON path of every member a JsonReader on this thread asks for
// (a read or has()) while it lives, "agreements[0].what" as "agreements[].what",
// and the values a choice() allows at each path.
// For the test that keeps readers and schemas equal (compose/declared_members_test.cpp).
// Recorders nest; each records only on the thread that made it.
class MemberRecorder {
 public:
  MemberRecorder();
  ~MemberRecorder();
  MemberRecorder(const MemberRecorder&) = delete;
  MemberRecorder& operator=(const MemberRecorder&) = delete;
  const std::set<std::string>& paths() const { return paths_; }
  const std::map<std::string, std::set<std::string>>& choices() const { return choices_; }
  void record(std::string_view path);
  void record_choice(std::string_view path, std::span<const std::string_view> allowed);

 private:
  std::set<std::string> paths_;
  std::map<std::string, std::set<std::string>> choices_;
  MemberRecorder* outer_;
};

// "agreements[3].when" → "agreements[].when".
std::string without_indices(std::string_view path);

// "Medarbejderens navn" + " mangler." helpers for callers' own messages.
std::string sentence(std::string_view label, std::string_view rest);
// Number of characters (code points); bytes when the text is not valid UTF-8.
std::size_t character_count(std::string_view text);

}  // namespace sygedok::model
