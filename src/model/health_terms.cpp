#include "model/health_terms.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <initializer_list>

#include "core/text.h"

namespace sygedok::model {
namespace {

enum class Where { WordStart, InWord, WholeWord };

// One entry of the list: a lower-case stem, where it may stand in a word, and
// the beginnings of what may not follow it (ordinary words that share the stem).
struct HealthTerm {
  std::u32string_view stem;
  Where where;
  std::initializer_list<std::u32string_view> not_followed_by = {};
};

// Sorted by theme, not alphabetically; see docs/warnings.md for the reasons.
const std::array kTerms = {
    // The diagnosis itself.
    HealthTerm{U"diagnos", Where::InWord},  // diagnose, diagnosen, diagnosticeret, stressdiagnose
    // Mental health.
    HealthTerm{U"depression", Where::InWord},
    HealthTerm{U"depressiv", Where::InWord},
    HealthTerm{U"angst", Where::WordStart},  // angst, angstanfald (not "langsthårede")
    HealthTerm{U"psykiat", Where::InWord},   // psykiater, psykiatrisk
    HealthTerm{U"skizofren", Where::InWord},
    HealthTerm{U"bipolar", Where::InWord},
    HealthTerm{U"spiseforstyrrelse", Where::InWord},
    HealthTerm{U"burnout", Where::InWord},
    HealthTerm{U"udbrændt", Where::InWord},
    HealthTerm{U"stressramt", Where::InWord},
    HealthTerm{U"stresssygemeld", Where::InWord},  // stresssygemeldt, stresssygemelding
    HealthTerm{U"adhd", Where::WholeWord},
    HealthTerm{U"ptsd", Where::WholeWord},
    HealthTerm{U"ocd", Where::WholeWord},
    HealthTerm{U"autis", Where::InWord},  // autisme, autistisk
    HealthTerm{U"misbrug", Where::InWord},
    HealthTerm{U"alkoholi", Where::InWord},  // alkoholiker, alkoholisme (not "alkoholpolitik")
    // Diseases.
    HealthTerm{U"kræft", Where::InWord, {U"er"}},  // kræften, brystkræft; not kræfter, arbejdskræfterne
    HealthTerm{U"cancer", Where::InWord},
    HealthTerm{U"tumor", Where::InWord},
    HealthTerm{U"leukæmi", Where::InWord},
    HealthTerm{U"kemoterapi", Where::InWord},
    HealthTerm{U"strålebehandling", Where::InWord},
    HealthTerm{U"sklerose", Where::InWord},
    HealthTerm{U"sclerose", Where::InWord},
    HealthTerm{U"diabetes", Where::InWord},
    HealthTerm{U"sukkersyge", Where::InWord},
    HealthTerm{U"epilepsi", Where::InWord},
    HealthTerm{U"migræne", Where::InWord},
    HealthTerm{U"gigt", Where::InWord},  // gigt, leddegigt, slidgigt
    HealthTerm{U"fibromyalgi", Where::InWord},
    HealthTerm{U"prolaps", Where::InWord},  // diskusprolaps
    HealthTerm{U"piskesmæld", Where::InWord},
    HealthTerm{U"hjernerystelse", Where::InWord},
    HealthTerm{U"hjerneblødning", Where::InWord},
    HealthTerm{U"blodprop", Where::InWord},
    HealthTerm{U"hjerteanfald", Where::InWord},
    HealthTerm{U"blodtryk", Where::InWord},
    HealthTerm{U"betændelse", Where::InWord},  // lungebetændelse
    HealthTerm{U"infektion", Where::InWord},
    HealthTerm{U"covid", Where::InWord},
    HealthTerm{U"knoglebrud", Where::InWord},
    HealthTerm{U"brækket", Where::WordStart},
    HealthTerm{U"gravid", Where::WordStart},  // gravid, graviditet, graviditeten
    HealthTerm{U"influenza", Where::InWord},
    HealthTerm{U"forkølelse", Where::InWord},
    HealthTerm{U"feber", Where::InWord},  // feber, halsfeber
    HealthTerm{U"astma", Where::InWord},
    HealthTerm{U"allergi", Where::InWord},  // allergi, allergisk, pollenallergi
    HealthTerm{U"hovedpine", Where::InWord},
    HealthTerm{U"kvalme", Where::InWord},
    // Symptoms.
    HealthTerm{U"smerte", Where::WordStart},  // smerter, smertestillende
    HealthTerm{U"søvn", Where::WordStart},    // søvn, søvnløs, søvnproblemer
    HealthTerm{U"sover", Where::WholeWord},
    HealthTerm{U"sovet", Where::WholeWord},
    HealthTerm{U"træt", Where::WordStart},  // træt, trætte, træthed
    // Who treats, and treatment that names what is wrong.
    HealthTerm{U"læge", Where::WordStart, {U"erklæring", U"attest"}},  // lægen, lægens; not the employer's request for a lægeerklæring
    HealthTerm{U"psykolog", Where::InWord, {U"isk"}},                 // psykologen, arbejdspsykolog; not "psykologisk arbejdsmiljø"
    HealthTerm{U"behandling", Where::WordStart},                      // behandlingen, behandlingsforløb; not sagsbehandling
    HealthTerm{U"undersøgelse", Where::WordStart},                    // not the verb: "undersøges"
    HealthTerm{U"indlagt", Where::WordStart},
    HealthTerm{U"indlæggelse", Where::WordStart},
    HealthTerm{U"medicin", Where::WordStart},                    // medicin, medicinen, medicinering, medicinsk
    HealthTerm{U"operation", Where::WordStart, {U"el", U"al"}},  // not operationel, operationalisere
    HealthTerm{U"opereret", Where::WordStart},
};

bool is_letter(char32_t c) {
  auto category = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_LO;
}

std::u32string lower(std::u32string_view word) {
  std::u32string out;
  for (char32_t c : word) out.push_back(static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(c))));
  return out;
}

bool stem_at(const std::u32string& word, std::size_t at, const HealthTerm& term) {
  if (word.compare(at, term.stem.size(), term.stem) != 0) return false;
  std::u32string_view rest = std::u32string_view(word).substr(at + term.stem.size());
  return std::none_of(term.not_followed_by.begin(), term.not_followed_by.end(),
                      [&](std::u32string_view start) { return rest.starts_with(start); });
}

bool matches(const std::u32string& word, const HealthTerm& term) {
  if (word.size() < term.stem.size()) return false;
  switch (term.where) {
    case Where::WholeWord:
      return word == term.stem;
    case Where::WordStart:
      return stem_at(word, 0, term);
    case Where::InWord:
      for (std::size_t at = 0; at + term.stem.size() <= word.size(); ++at)
        if (stem_at(word, at, term)) return true;
      return false;
  }
  return false;
}

}  // namespace

std::vector<std::string> find_health_terms(std::string_view text) {
  std::vector<std::string> found;
  if (!decode_utf8(text)) return found;
  auto decoded = decode_utf8(normalize_nfc(text));
  if (!decoded) return found;
  const std::u32string& letters = *decoded;
  for (std::size_t i = 0; i < letters.size();) {
    if (!is_letter(letters[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < letters.size() && is_letter(letters[end])) ++end;
    std::u32string_view word = std::u32string_view(letters).substr(i, end - i);
    std::u32string lowered = lower(word);
    bool health = std::any_of(kTerms.begin(), kTerms.end(), [&](const HealthTerm& t) { return matches(lowered, t); });
    std::string written = encode_utf8(word);
    if (health && std::find(found.begin(), found.end(), written) == found.end()) found.push_back(written);
    i = end;
  }
  return found;
}

}  // namespace sygedok::model
