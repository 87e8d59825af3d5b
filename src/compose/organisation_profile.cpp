#include "compose/organisation_profile.h"

#include <Poco/JSON/Object.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <vector>

#include "core/image_header.h"
#include "core/resources.h"
#include "core/text.h"
#include "model/json_input.h"

namespace sygedok::compose {
namespace {

namespace fs = std::filesystem;
using ProfileResult = Result<OrganisationProfile>;

constexpr std::string_view kBuiltInResource = "templates/profile.json";
constexpr std::string_view kProfileFile = "profile.json";
constexpr std::string_view kBuiltInOrigin = "indbygget";

// "40", "12.5" → "12,5": millimetres as Danish readers write them.
std::string danish_number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", value);
  std::string out = text;
  if (out.size() > 2 && out.compare(out.size() - 2, 2, ".0") == 0) out.resize(out.size() - 2);
  for (char& c : out)
    if (c == '.') c = ',';
  return out;
}

// Collects the problems of one profile file, each naming the file and
// member. One per file read; not thread-safe.
class ProfileProblems {
 public:
  explicit ProfileProblems(std::string origin) : origin_(std::move(origin)) {}
  void add(std::string_view member, const std::string& problem) {
    std::string where = "Organisationsprofilen »" + origin_ + "«";
    if (!member.empty()) where += ", " + std::string(member);
    problems_.push_back(error("", "profile_error", where + ": " + problem));
  }
  bool any() const { return !problems_.empty(); }
  Diagnostics take() { return std::move(problems_); }

 private:
  std::string origin_;
  Diagnostics problems_;
};

std::optional<std::string> read_file(const fs::path& path, std::size_t limit, std::string& problem) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) {
    problem = "filen »" + path.string() + "« findes ikke.";
    return std::nullopt;
  }
  const auto size = fs::file_size(path, ec);
  if (ec || size > limit) {
    problem = "filen »" + path.string() + "« er større end " + std::to_string(limit / 1024) + " KB.";
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (!in) {
    problem = "filen »" + path.string() + "« kunne ikke læses.";
    return std::nullopt;
  }
  return bytes.str();
}

std::optional<Logo> read_logo(const Poco::JSON::Object& logo, const std::optional<fs::path>& directory,
                              ProfileProblems& problems) {
  std::vector<std::string> names;
  logo.getNames(names);
  for (const auto& name : names)
    if (name != "file" && name != "width_mm" && name != "position" && name != "alt")
      problems.add("logo." + name, "ukendt felt; logo kan have file, width_mm, position og alt.");

  Logo result;
  bool ok = true;
  const Poco::Dynamic::Var width = logo.get("width_mm");
  if (width.isEmpty()) {
    problems.add("logo.width_mm", "mangler: logoets bredde i millimeter.");
    ok = false;
  } else if (!width.isNumeric() || width.isBoolean() ||
             !(width.convert<double>() >= kMinLogoWidthMm && width.convert<double>() <= kMaxLogoWidthMm)) {
    problems.add("logo.width_mm", "skal være et tal fra " + danish_number(kMinLogoWidthMm) + " til " +
                                      danish_number(kMaxLogoWidthMm) + " (millimeter), ikke " + width.toString() + ".");
    ok = false;
  } else {
    result.width_mm = width.convert<double>();
  }

  const Poco::Dynamic::Var position = logo.get("position");
  if (!position.isEmpty()) {
    const std::string value = position.isString() ? position.extract<std::string>() : std::string();
    if (value == "top_right") {
      result.position = LogoPosition::TopRight;
    } else if (value == "top_left") {
      result.position = LogoPosition::TopLeft;
    } else {
      problems.add("logo.position", "skal være \"top_right\" (øverst til højre) eller \"top_left\" (øverst til venstre).");
      ok = false;
    }
  }

  const Poco::Dynamic::Var alt = logo.get("alt");
  if (!alt.isEmpty()) {
    auto code_points = alt.isString() ? decode_utf8(alt.extract<std::string>()) : std::nullopt;
    if (!code_points || code_points->empty() || code_points->size() > kMaxWordingLength ||
        alt.extract<std::string>().find_first_of("\r\n\t") != std::string::npos) {
      problems.add("logo.alt", "skal være en tekst på én linje med 1 til " + std::to_string(kMaxWordingLength) +
                                   " tegn, der siger, hvad logoet viser (læses op af skærmlæsere).");
      ok = false;
    } else {
      result.alt = normalize_nfc(alt.extract<std::string>());
    }
  }

  const Poco::Dynamic::Var file = logo.get("file");
  if (file.isEmpty() || !file.isString() || file.extract<std::string>().empty()) {
    problems.add("logo.file", "mangler: navnet på billedfilen (PNG eller JPEG) i skabelonmappen.");
    return std::nullopt;
  }
  const fs::path relative = fs::path(file.extract<std::string>()).lexically_normal();
  if (relative.is_absolute() || relative.empty() || *relative.begin() == "..") {
    problems.add("logo.file", "skal være et filnavn i skabelonmappen (en relativ sti inden for mappen), ikke »" +
                                  file.extract<std::string>() + "«.");
    return std::nullopt;
  }
  if (!directory) {
    problems.add("logo.file", "den indbyggede profil kan ikke have et logo; læg det i en skabelonmappe (--templates).");
    return std::nullopt;
  }
  result.file = (*directory / relative).string();
  std::string problem;
  auto bytes = read_file(*directory / relative, kMaxLogoFileBytes, problem);
  if (!bytes) {
    problems.add("logo.file", problem);
    return std::nullopt;
  }
  auto header = read_image_header(*bytes);
  if (!header) {
    problems.add("logo.file", "»" + result.file + "«: " + header.diagnostics().front().message);
    return std::nullopt;
  }
  const ImageHeader& h = header.value();
  if (h.width > kMaxLogoPixels || h.height > kMaxLogoPixels) {
    problems.add("logo.file", "»" + result.file + "« er " + std::to_string(h.width) + " × " + std::to_string(h.height) +
                                  " punkter; højst " + std::to_string(kMaxLogoPixels) + " på hver led.");
    return std::nullopt;
  }
  if (!ok) return std::nullopt;
  result.height_mm = result.width_mm * static_cast<double>(h.height) / static_cast<double>(h.width);
  if (result.height_mm > kMaxLogoHeightMm) {
    problems.add("logo.width_mm", "ved bredden " + danish_number(result.width_mm) + " mm bliver logoet " +
                                      danish_number(result.height_mm) + " mm højt; højst " +
                                      danish_number(kMaxLogoHeightMm) +
                                      " mm. Gør bredden mindre, eller brug et bredere billede.");
    return std::nullopt;
  }
  auto image = std::make_shared<ImageData>();
  image->format = h.format;
  image->width_px = h.width;
  image->height_px = h.height;
  image->bytes = std::move(*bytes);
  result.image = std::move(image);
  return result;
}

// A count of working days (notice_working_days, return_working_days) within
// the profile's limits; `days` keeps its default when the member is absent.
void read_working_days(const Poco::JSON::Object& object, const std::string& member, int& days,
                       ProfileProblems& problems) {
  if (!object.has(member)) return;
  const Poco::Dynamic::Var value = object.get(member);
  if (!value.isInteger() || value.convert<int>() < kMinWorkingDays || value.convert<int>() > kMaxWorkingDays)
    problems.add(member, "skal være et helt antal arbejdsdage fra " + std::to_string(kMinWorkingDays) + " til " +
                             std::to_string(kMaxWorkingDays) + ".");
  else
    days = value.convert<int>();
}

void read_wordings(const Poco::JSON::Object& wordings, const OrganisationProfile& base,
                   OrganisationProfile& profile, ProfileProblems& problems) {
  std::vector<std::string> names;
  wordings.getNames(names);
  std::string known;
  for (const auto& entry : base.wordings) known += (known.empty() ? "" : ", ") + entry.first;
  for (const auto& name : names) {
    const std::string member = "wordings." + name;
    if (!base.wordings.empty() && base.wordings.find(name) == base.wordings.end()) {
      problems.add(member, "ukendt formulering; kendte formuleringer: " + known + ".");
      continue;
    }
    const Poco::Dynamic::Var value = wordings.get(name);
    if (!value.isString()) {
      problems.add(member, "skal være en tekst.");
      continue;
    }
    const std::string text = value.extract<std::string>();
    auto code_points = decode_utf8(text);
    if (!code_points) {
      problems.add(member, "er ikke gyldig UTF-8.");
      continue;
    }
    if (code_points->size() > kMaxWordingLength) {
      problems.add(member, "er " + std::to_string(code_points->size()) + " tegn lang; højst " +
                               std::to_string(kMaxWordingLength) + ".");
      continue;
    }
    if (text.find_first_of("\r\n\t") != std::string::npos) {
      problems.add(member, "skal stå på én linje (uden linjeskift og tabulatorer).");
      continue;
    }
    profile.wordings[name] = normalize_nfc(text);
  }
}

}  // namespace

Result<OrganisationProfile> overlay_profile(const OrganisationProfile& base, std::string_view json,
                                            const std::string& origin, const std::optional<fs::path>& directory) {
  ProfileProblems problems(origin);
  auto parsed = model::parse_json_object(json);
  if (!parsed) {
    problems.add("", parsed.diagnostics().front().message);
    return ProfileResult::failure(problems.take());
  }
  const Poco::JSON::Object& object = *parsed.value();
  OrganisationProfile profile = base;
  profile.origin = origin;
  std::vector<std::string> names;
  object.getNames(names);
  for (const auto& name : names)
    if (name != "logo" && name != "wordings" && name != "notice_working_days" && name != "return_working_days" &&
        name != "absence_days" && name != "signature_title" && name != "policy")
      problems.add(name, "ukendt felt; en profil kan have logo, wordings, notice_working_days, "
                         "return_working_days, absence_days, signature_title og policy.");
  if (object.has("policy")) {
    const Poco::Dynamic::Var value = object.get("policy");
    if (!value.isString() || value.extract<std::string>().empty())
      problems.add("policy", "skal være id'et på en opfølgningspolitik, for eksempel \"dialogguide\".");
    else
      profile.policy = value.extract<std::string>();
  }
  if (object.has("signature_title")) {
    const Poco::Dynamic::Var value = object.get("signature_title");
    const std::string code = value.isString() ? value.extract<std::string>() : std::string();
    const auto* found = std::find(std::begin(kTitleCaseCodes), std::end(kTitleCaseCodes), code);
    if (found == std::end(kTitleCaseCodes))
      problems.add("signature_title", "skal være \"capitalised\", \"lower_case\" eller \"as_written\": sådan "
                                      "skrives lederens titel under underskriften.");
    else
      profile.signature_title = static_cast<TitleCase>(found - std::begin(kTitleCaseCodes));
  }
  if (object.has("absence_days")) {
    const Poco::Dynamic::Var count = object.get("absence_days");
    const std::string code = count.isString() ? count.extract<std::string>() : std::string();
    if (code == model::kAbsenceDayCountCodes[0])
      profile.reading.absence_day_count = model::AbsenceDayCount::WorkingDays;
    else if (code == model::kAbsenceDayCountCodes[1])
      profile.reading.absence_day_count = model::AbsenceDayCount::CalendarDays;
    else
      problems.add("absence_days", "skal være \"arbejdsdage\" eller \"kalenderdage\": sådan tælles de "
                                   "fraværsperioder på fraværskortet, som ikke har et antal dage fra fraværssystemet.");
  }
  read_working_days(object, "notice_working_days", profile.reading.notice_working_days, problems);
  read_working_days(object, "return_working_days", profile.reading.return_working_days, problems);
  if (object.has("logo")) {
    if (!object.isObject("logo")) {
      problems.add("logo", "skal være et objekt: {\"file\": …, \"width_mm\": …}.");
    } else if (auto logo = read_logo(*object.getObject("logo"), directory, problems)) {
      profile.logo = std::move(*logo);
    }
  }
  if (object.has("wordings")) {
    if (!object.isObject("wordings"))
      problems.add("wordings", "skal være et objekt med navngivne tekster.");
    else
      read_wordings(*object.getObject("wordings"), base, profile, problems);
  }
  if (problems.any()) return ProfileResult::failure(problems.take());
  return ProfileResult::success(std::move(profile));
}

Result<OrganisationProfile> load_organisation_profile(const std::optional<std::string>& overlay_dir) {
  const auto& resources = embedded_resources();
  auto built_in_text = resources.find(std::string(kBuiltInResource));
  if (built_in_text == resources.end())
    return ProfileResult::failure(
        error("", "profile_error", "Den indbyggede organisationsprofil (templates/profile.json) mangler."));
  auto built_in = overlay_profile(OrganisationProfile{}, built_in_text->second, std::string(kBuiltInOrigin), std::nullopt);
  if (!built_in || !overlay_dir) return built_in;

  const fs::path file = fs::path(*overlay_dir) / kProfileFile;
  std::error_code ec;
  if (!fs::exists(file, ec)) return built_in;
  std::string problem;
  auto text = read_file(file, kMaxLogoFileBytes, problem);
  if (!text) return ProfileResult::failure(error("", "profile_error", "Organisationsprofilen: " + problem));
  return overlay_profile(built_in.value(), *text, file.string(), fs::path(*overlay_dir));
}

kainjow::mustache::data wording_data(const OrganisationProfile& profile) {
  kainjow::mustache::data data;
  // An empty wording is false, so that {{#wording.name}}…{{/wording.name}} leaves out its sentence.
  for (const auto& [name, text] : profile.wordings)
    data.set(name, text.empty() ? kainjow::mustache::data(false) : kainjow::mustache::data(text));
  return data;
}

}  // namespace sygedok::compose
