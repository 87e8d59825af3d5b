#pragma once
// Words that look like health details (a diagnosis, a disease, medicine, an
// operation) in free text a manager writes. The Danish act on health
// information (helbredsoplysningsloven, lov nr. 286 af 24. april 1996, § 2)
// forbids an employer to ask what the employee suffers from; when the employee
// volunteers it, it may be written down. So a match is only a reason for a
// gentle note to the author, never for changing the text.
//
// The list is short on purpose and documented in docs/warnings.md. Each term
// is a lower-case word stem matched against the words of the text (runs of
// letters; a hyphen splits words, so "stress-diagnose" is found through
// "diagnose"):
//   at the word's start     medicin → "medicinen", "medicinering"
//   anywhere in the word    kræft → "brystkræft", diagnos → "stressdiagnose"
//   as the whole word       adhd
// and a term can name letters that must not follow the stem, for ordinary
// words that share it ("kræfter" is strength, "operationel" is not surgery).
// Not flagged by design: "læge", "psykolog", "behandlingsforløb", "sygdom",
// "stress" — the seeds' own dialog questions ask about them ("Hvad siger din
// læge/psykolog …", "Er der behandlingsforløb, som fremadrettet vil medføre
// fravær?"), because they concern absence and return, not the diagnosis.
// Pure functions over constant data; thread-safe.
#include <string>
#include <string_view>
#include <vector>

namespace sygedok::model {

// The words of `text` (as written, in order of appearance, each once) that
// match a health term. Empty when nothing matches or the text is not UTF-8.
std::vector<std::string> find_health_terms(std::string_view text);

}  // namespace sygedok::model
