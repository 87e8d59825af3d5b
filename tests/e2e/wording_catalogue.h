#pragma once
// docs/wording.md, derived from the templates: every fixed sentence of each
// document kind in template order under its heading, with when it appears
// (the Mustache sections around it) and its source. The templates declare
// both: a standalone comment `{{! kilde: sygedagpengeloven § 7 a }}` gives
// the source of the next text line, and `{{! når held_today: … }}` (or
// `{{! når ikke held_today: … }}`) says in Danish what a section name means
// wherever it is used, in any template.
// Values the input fills in are shown as ‹name›; a part inside a section on
// the same line as [hvis name: …] (or [hvis ikke name: …]).
// Pure functions; thread-safe.
#include <string>
#include <string_view>

namespace sygedok::e2e {

// One template's catalogue as Markdown: "### heading" blocks with one
// bullet per text line, meanings from this template's own "når" comments.
std::string wording_of_template(std::string_view template_text);

// The whole of docs/wording.md for the templates under `templates_dir`. A
// section name given two different meanings ("når") is added to `conflicts`:
// each meaning is declared once, in any one template.
std::string wording_catalogue(const std::string& templates_dir, std::string& conflicts);

}  // namespace sygedok::e2e
