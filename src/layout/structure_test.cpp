// The logical structure layout records beside the pages: roles, reading
// order, and which items are artifacts.
#include <gtest/gtest.h>

#include "layout/first_page.h"
#include "layout/layout.h"
#include "layout/test_support.h"

namespace sygedok::layout {
namespace {

using namespace testing;

FrameDocument lay_out_tagged(const BlockDocument& document, const FirstPage& first_page = {},
                             const LayoutStyle& style = small_style()) {
  FakeMetrics metrics;
  auto frame = lay_out(document, metrics, nullptr, style, {}, first_page);
  EXPECT_TRUE(frame.ok()) << (frame.diagnostics().empty() ? "" : frame.diagnostics().front().message);
  return frame.ok() ? std::move(frame).take() : FrameDocument{};
}

StructRole role_of(const FrameDocument& frame, StructId id) { return frame.structure[id].role; }

// The element a text item with drawn text `t` belongs to (kArtifact when
// it is one; -2 when there is no such text).
StructId element_of_text(const FrameDocument& frame, const std::string& t, std::size_t page = 0) {
  const TextItem* item = find_text(frame.pages.at(page), t);
  return item ? item->element : -2;
}

// The roles of `id`'s children.
std::vector<StructRole> child_roles(const FrameDocument& frame, StructId id) {
  std::vector<StructRole> roles;
  for (StructId child : frame.structure[id].children) roles.push_back(role_of(frame, child));
  return roles;
}

TEST(Structure, EveryBlockIsAnElementOfTheDocumentInOrder) {
  auto frame = lay_out_tagged({{heading(1, "Titel"), heading(2, "Afsnit"), paragraph("Tekst"), heading(7, "Dybt")}});
  ASSERT_FALSE(frame.structure.empty());
  EXPECT_EQ(role_of(frame, 0), StructRole::Document);
  EXPECT_EQ(child_roles(frame, 0),
            (std::vector<StructRole>{StructRole::H1, StructRole::H2, StructRole::P, StructRole::H6}));
  EXPECT_EQ(role_of(frame, element_of_text(frame, "Titel")), StructRole::H1);
  EXPECT_EQ(role_of(frame, element_of_text(frame, "Tekst")), StructRole::P);
}

TEST(Structure, ThePageFooterAndRulesAreArtifacts) {
  auto frame = lay_out_tagged({{paragraph("Tekst"), Block{ThematicBreak{}}}});
  EXPECT_EQ(element_of_text(frame, "Side 1 af 1"), kArtifact);
  for (const auto& item : frame.pages[0].items)
    if (std::holds_alternative<LineItem>(item)) EXPECT_EQ(element_of(item), kArtifact);
}

TEST(Structure, TheHyphenOfADividedWordIsAnArtifact) {
  // 32 characters fit a line; the word breaks at its soft hyphen.
  auto frame = lay_out_tagged({{paragraph("aaaaaaaaaaaaaaaaaaaa\u00ADbbbbbbbbbbbbbbbbbbbb")}});
  const auto texts = texts_on(frame.pages[0]);
  ASSERT_GE(texts.size(), 3u);
  EXPECT_EQ(texts[0]->text, "aaaaaaaaaaaaaaaaaaaa");
  EXPECT_EQ(role_of(frame, texts[0]->element), StructRole::P);
  EXPECT_EQ(texts[1]->text, "-");
  EXPECT_EQ(texts[1]->element, kArtifact) << "read as one word";
  EXPECT_DOUBLE_EQ(texts[1]->origin.x, texts[0]->origin.x + 20 * 5) << "drawn right after the first half";
  EXPECT_EQ(texts[2]->text, "bbbbbbbbbbbbbbbbbbbb");
  EXPECT_EQ(texts[2]->element, texts[0]->element);
}

TEST(Structure, AListItemReadsItsLabelBeforeItsBody) {
  List list;
  list.items = {{paragraph("en")}, {paragraph("to")}};
  auto frame = lay_out_tagged({{Block{list}}});
  const StructId l = frame.structure[0].children.at(0);
  ASSERT_EQ(role_of(frame, l), StructRole::L);
  ASSERT_EQ(frame.structure[l].children.size(), 2u);
  const StructId li = frame.structure[l].children[0];
  EXPECT_EQ(child_roles(frame, li), (std::vector<StructRole>{StructRole::Lbl, StructRole::LBody}));
  EXPECT_EQ(element_of_text(frame, "•"), frame.structure[li].children[0]);
  // The label is drawn first too, so that the content reads in the same order.
  const auto texts = texts_on(frame.pages[0]);
  ASSERT_GE(texts.size(), 2u);
  EXPECT_EQ(texts[0]->text, "\u2022");
  EXPECT_EQ(texts[1]->text, "en");
  const StructId body = frame.structure[li].children[1];
  EXPECT_EQ(frame.structure[element_of_text(frame, "en")].parent, body);
}

TEST(Structure, AHeaderRowHeadsColumnsAndBoldLabelsOfAKeyValueTableHeadRows) {
  Table key_value;
  key_value.rows = {{{text("Medarbejder", true)}, {text("Søren")}}, {{text("Sted", true)}, {text("Rådhuset")}}};
  auto frame = lay_out_tagged({{table({"Hvad", "Hvem"}, {{"Plan", "Mette"}}), Block{key_value}}});
  const StructId hvad = element_of_text(frame, "Hvad");
  EXPECT_EQ(role_of(frame, hvad), StructRole::TH);
  EXPECT_EQ(frame.structure[hvad].scope, HeaderScope::Column);
  EXPECT_EQ(role_of(frame, element_of_text(frame, "Plan")), StructRole::TD);
  const StructId label = element_of_text(frame, "Medarbejder");
  EXPECT_EQ(role_of(frame, label), StructRole::TH);
  EXPECT_EQ(frame.structure[label].scope, HeaderScope::Row);
  EXPECT_EQ(role_of(frame, element_of_text(frame, "Søren")), StructRole::TD);
  const StructId row = frame.structure[label].parent;
  EXPECT_EQ(role_of(frame, row), StructRole::TR);
  EXPECT_EQ(role_of(frame, frame.structure[row].parent), StructRole::Table);
  for (const auto& item : frame.pages[0].items)
    if (std::holds_alternative<RectItem>(item)) EXPECT_EQ(element_of(item), kArtifact) << "borders are artifacts";
}

TEST(Structure, AHeaderRowRepeatedOnTheNextPageIsAnArtifact) {
  std::vector<std::vector<std::string>> rows;
  for (int i = 1; i <= 20; ++i) rows.push_back({"række " + std::to_string(i), "x"});
  auto frame = lay_out_tagged({{table({"Hvad", "Hvem"}, rows)}});
  ASSERT_GE(frame.pages.size(), 2u);
  EXPECT_EQ(role_of(frame, element_of_text(frame, "Hvad", 0)), StructRole::TH);
  EXPECT_EQ(element_of_text(frame, "Hvad", 1), kArtifact);
  EXPECT_EQ(element_of_text(frame, "Hvem", 1), kArtifact);
}

TEST(Structure, ALetterReadsSenderThenRecipientThenDateAndCaseNumber) {
  BlockDocument document;
  document.blocks.push_back(table({"", ""},
                                  {{"Eksempel Kommune", "CVR 12345674"}, {"Rådhuspladsen 1", "Sagsnr. 2026-1"}},
                                  Table::Role::Letterhead));
  document.blocks.push_back(heading(1, "Indkaldelse"));
  FirstPage first;
  first.window = WindowAddress{"Eksempel Kommune, Rådhuspladsen 1", {{"Tove Test", "employee.name"}}};
  auto frame = lay_out_tagged(document, first, LayoutStyle{});
  const auto& top = frame.structure[0].children;
  ASSERT_GE(top.size(), 4u);
  auto parent_of = [&](const std::string& t) { return frame.structure[element_of_text(frame, t)].parent; };
  EXPECT_EQ(parent_of("Eksempel Kommune"), top[0]);
  EXPECT_EQ(parent_of("Tove Test"), top[1]);
  EXPECT_EQ(parent_of("Sagsnr. 2026-1"), top[2]);
  EXPECT_EQ(role_of(frame, top[3]), StructRole::H1);
  // The return address repeats the sender for the postman.
  EXPECT_EQ(element_of_text(frame, "Eksempel Kommune, Rådhuspladsen 1"), kArtifact);
}

TEST(Structure, TheLogoIsAFigureWithItsAlternativeText) {
  auto image = std::make_shared<ImageData>();
  image->width_px = image->height_px = 100;
  FirstPage first;
  first.logo = PageLogo{image, 40, 40, false, "Logo for Eksempel Kommune"};
  auto frame = lay_out_tagged({{heading(1, "Titel")}}, first, LayoutStyle{});
  const auto* logo = std::get_if<ImageItem>(&frame.pages[0].items.front());
  ASSERT_NE(logo, nullptr);
  ASSERT_GE(logo->element, 0);
  EXPECT_EQ(role_of(frame, logo->element), StructRole::Figure);
  EXPECT_EQ(frame.structure[logo->element].alt, "Logo for Eksempel Kommune");
  EXPECT_EQ(frame.structure[0].children.front(), logo->element) << "read first";
}

TEST(Structure, ASignatureFieldIsAFormElementDescribedByItsLabel) {
  auto frame = lay_out_tagged({{table({"Dato og underskrift, leder"}, {{"Mette"}}, Table::Role::Signatures,
                                      {"Underskrift_leder"})}});
  const SignatureFieldItem* field = nullptr;
  for (const auto& item : frame.pages[0].items)
    if (const auto* f = std::get_if<SignatureFieldItem>(&item)) field = f;
  ASSERT_NE(field, nullptr);
  ASSERT_GE(field->element, 0);
  EXPECT_EQ(role_of(frame, field->element), StructRole::Form);
  EXPECT_EQ(frame.structure[field->element].alt, "Dato og underskrift, leder");
}

TEST(Structure, EveryTextBelongsToALeafElementOrIsAnArtifact) {
  List list;
  list.items = {{paragraph("en")}};
  auto frame = lay_out_tagged({{heading(1, "Titel"), Block{list}, table({"a", "b"}, {{"c", "d"}})}});
  for (const auto& page : frame.pages)
    for (const auto* text : texts_on(page)) {
      if (text->element == kArtifact) {
        EXPECT_EQ(text->text.rfind("Side ", 0), 0u) << text->text;
        continue;
      }
      ASSERT_LT(static_cast<std::size_t>(text->element), frame.structure.elements.size());
      EXPECT_TRUE(frame.structure[text->element].children.empty()) << text->text;
    }
}

}  // namespace
}  // namespace sygedok::layout
