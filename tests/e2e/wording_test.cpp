// docs/wording.md lists every fixed sentence of the templates (see
// wording_catalogue.h). It is derived, so it must match the templates: after
// a change of wording, regenerate with SYGEDOK_UPDATE_GOLDEN=1 and review.
#include <gtest/gtest.h>

#include <cstdlib>

#include "tool.h"
#include "wording_catalogue.h"

namespace sygedok::e2e {
namespace {

TEST(Wording, TheCatalogueMatchesTheTemplates) {
  std::string conflicts;
  const std::string catalogue = wording_catalogue((source_dir() / "templates").string(), conflicts);
  EXPECT_EQ(conflicts, "") << "section names with two meanings in the templates' \"når\" comments";
  const auto doc = source_dir() / "docs" / "wording.md";
  const char* update = std::getenv("SYGEDOK_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    write_text(doc, catalogue);
    GTEST_SUCCEED() << "rewrote " << doc;
    return;
  }
  EXPECT_EQ(catalogue, read_text(doc)) << "docs/wording.md is out of date; run with SYGEDOK_UPDATE_GOLDEN=1";
}

// The parts of a line: values, conditional parts with their meaning from the
// template's own "når" comments, the source from a "kilde" comment, and the
// surrounding sections as "når".
TEST(Wording, ShowsValuesConditionsAndSources) {
  const std::string text = wording_of_template(
      "{{! når held_today: referatet er dateret samme dag som samtalen }}\n"
      "{{! når ikke held_today: referatet er dateret senere }}\n"
      "## Formål\n"
      "{{#meeting.is_fravaerssamtale}}\n"
      "{{! kilde: sygedagpengeloven § 7 a }}\n"
      "{{#held_today}}Vi har i dag talt{{#sick_for}}, fordi du har været syg {{.}}{{/sick_for}}.{{/held_today}}"
      "{{^held_today}}Vi talte {{meeting_day}}.{{/held_today}} **Tak**{{#x}}{{.}}{{/x}}\n"
      "{{/meeting.is_fravaerssamtale}}\n"
      "{{.}}\n"
      "Altid her.\n");
  EXPECT_EQ(text,
            "\n### Formål\n\n"
            "- [hvis referatet er dateret samme dag som samtalen: Vi har i dag talt[hvis sick_for: , fordi du har "
            "været syg ‹sick_for›].][hvis referatet er dateret senere: Vi talte ‹meeting_day›.] Tak‹x› — *når:* "
            "meeting.is_fravaerssamtale — *kilde:* sygedagpengeloven § 7 a\n"
            "- Altid her.\n");
  // A line of values only is not a fixed sentence; list items and table rows lose their Markdown.
  // A heading without fixed text is left out; a list reads "for hver".
  EXPECT_EQ(wording_of_template("{{! når rows: for hver række }}\n## Tom\n{{#a}}{{.}}{{/a}}\n## Fuld\n- Punkt {{x}}\n"
                                "| **Sted** | {{y}} |\nSe {{#rows}}{{z}} og {{/rows}}\n"),
            "\n### Fuld\n\n- Punkt ‹x›\n- Sted | ‹y›\n- Se [for hver række: ‹z› og ]\n");
}

}  // namespace
}  // namespace sygedok::e2e
