#pragma once
// The organisation profile: what a municipality sets once for all its
// documents besides the templates themselves (docs/organisation.md):
//
//   {
//     "logo": {"file": "logo.png", "width_mm": 40, "position": "top_right", "alt": "Testrup Kommunes logo"},
//     "wordings": {"closing": "Venlig hilsen", "further_contact": "…"},
//     "notice_working_days": 5,
//     "return_working_days": 5,       (an unsigned referat's time to return it signed)
//     "absence_days": "arbejdsdage",    (or "kalenderdage": how the fraværskort counts)
//     "signature_title": "capitalised", (or "lower_case", "as_written": the manager's title under a signature)
//     "policy": "dialogguide"           (the follow-up policy of the planner: templates/policies/ID.json)
//   }
//
// The built-in profile is templates/profile.json (no logo, the default
// wordings). A templates directory given at run time may hold its own
// DIR/profile.json: its logo is used, and each wording it names replaces
// the built-in one (the others stay). The logo file is read relative to
// DIR; here it is checked as a file (a whole PNG or JPEG, its size and
// proportions); whether the PDF writer can embed it (bit depth, colours,
// transparency, intact pixel data) is pdf::check_image's to say, which the
// engine asks at start, so it refuses to start rather than render a letter
// without its logo. Every problem is an error with code "profile_error"
// naming the file and the member. Immutable once loaded; thread-safe to share.
#include <kainjow/mustache.hpp>

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/frame.h"
#include "core/result.h"
#include "model/warning_rules.h"

namespace sygedok::compose {

enum class LogoPosition { TopRight, TopLeft };

// The logo on page 1 of every document. Plain data.
struct Logo {
  std::shared_ptr<const ImageData> image;
  double width_mm = 0;
  double height_mm = 0;  // from the width and the image's aspect ratio
  LogoPosition position = LogoPosition::TopRight;
  std::string alt;   // what it shows, read by screen readers; empty: "Logo for <sender>"
  std::string file;  // where it was read, for messages
};

// Limits of a logo (docs/organisation.md).
inline constexpr double kMinLogoWidthMm = 10;
inline constexpr double kMaxLogoWidthMm = 80;
inline constexpr double kMaxLogoHeightMm = 30;
inline constexpr std::size_t kMaxLogoFileBytes = 1024 * 1024;
inline constexpr std::uint32_t kMaxLogoPixels = 8000;  // on either side
inline constexpr std::size_t kMaxWordingLength = 300;  // characters

// How the manager's title is written on its own line under a signature or
// a closing: "Dagtilbudsleder" (Capitalised, the default), "dagtilbudsleder"
// (LowerCase; an abbreviation such as "HR-konsulent" keeps its capitals), or
// as the request gives it.
enum class TitleCase { Capitalised, LowerCase, AsWritten };
inline constexpr const char* kTitleCaseCodes[] = {"capitalised", "lower_case", "as_written"};

struct OrganisationProfile {
  std::optional<Logo> logo;
  std::map<std::string, std::string, std::less<>> wordings;  // every known name → its text (NFC)
  std::string origin;                                        // "indbygget" or the overlay's profile.json
  model::ReadOptions reading;  // how readers apply the organisation's rules (model/warning_rules.h)
  TitleCase signature_title = TitleCase::Capitalised;
  // The id of the follow-up policy (plan/policy_set.h); the engine checks
  // at start that it names a policy it has.
  std::string policy;
};

// Limits of notice_working_days (a local agreement may ask for more than the
// default 3) and return_working_days.
inline constexpr int kMinWorkingDays = 1;
inline constexpr int kMaxWorkingDays = 20;

// The built-in profile overlaid by DIR/profile.json when `overlay_dir` has one.
Result<OrganisationProfile> load_organisation_profile(const std::optional<std::string>& overlay_dir = {});

// The profile text `json` (read from `origin`) over `base`. Wording names
// must be names `base` knows (any name when `base` has none: the built-in
// profile). The logo file is looked up in `directory`; without one a logo
// is an error.
Result<OrganisationProfile> overlay_profile(const OrganisationProfile& base, std::string_view json,
                                            const std::string& origin,
                                            const std::optional<std::filesystem::path>& directory);

// {closing: "Med venlig hilsen", …}: the wordings as the templates' "wording" object.
kainjow::mustache::data wording_data(const OrganisationProfile& profile);

}  // namespace sygedok::compose
