#include "layout/first_page.h"

#include <gtest/gtest.h>

#include "layout/layout.h"
#include "layout/test_support.h"

namespace sygedok::layout {
namespace {

using namespace testing;

constexpr double kTolerance = 1e-6;

// An A4 letter: letterhead, title, one paragraph.
BlockDocument letter(std::vector<Block> extra = {}) {
  BlockDocument document;
  document.blocks.push_back(table({"", ""},
                                  {{"Eksempel Kommune", "CVR 12345674"},
                                   {"Rådhuspladsen 1, 9999 Eksempelby", "Dato: 25. november 2026"}},
                                  Table::Role::Letterhead));
  document.blocks.push_back(heading(1, "Indkaldelse"));
  document.blocks.push_back(paragraph("Kære Rasmus"));
  for (auto& block : extra) document.blocks.push_back(std::move(block));
  return document;
}

WindowAddress window_of(std::vector<std::string> lines) {
  WindowAddress window;
  window.return_address = "Eksempel Kommune, Rådhuspladsen 1, 9999 Eksempelby";
  for (std::size_t i = 0; i < lines.size(); ++i)
    window.recipient.push_back({lines[i], i == 0 ? "employee.name" : "employee.address[" + std::to_string(i - 1) + "]"});
  return window;
}

FrameDocument render(const BlockDocument& document, const FirstPage& first_page, const LayoutStyle& style = {}) {
  FakeMetrics metrics;
  auto frame = lay_out(document, metrics, nullptr, style, {}, first_page);
  EXPECT_TRUE(frame.ok()) << (frame.diagnostics().empty() ? "" : frame.diagnostics().front().message);
  return frame.ok() ? std::move(frame).take() : FrameDocument{};
}

int count_text(const FramePage& page, const std::string& t) {
  int n = 0;
  for (const auto* item : texts_on(page)) n += item->text == t ? 1 : 0;
  return n;
}

TEST(FirstPage, PutsTheRecipientInTheAddressZoneOfTheWindowField) {
  LayoutStyle style;
  FirstPage first;
  first.window = window_of({"Rasmus Eksempel", "Engvej 14, 1. tv.", "9999 Eksempelby"});
  auto frame = render(letter(), first, style);
  ASSERT_FALSE(frame.pages.empty());
  const FramePage& page = frame.pages[0];
  const double zone_top = mm(45) + mm(17.7), field_bottom = mm(90);
  double previous = zone_top;
  for (const std::string line : {"Rasmus Eksempel", "Engvej 14, 1. tv.", "9999 Eksempelby"}) {
    const TextItem& item = must_find(page, line);
    EXPECT_NEAR(item.origin.x, mm(25), kTolerance) << line;
    EXPECT_GT(item.origin.y - item.size * 0.8, previous - kTolerance) << line;  // below the previous line's top
    EXPECT_LT(item.origin.y + item.size * 0.2, field_bottom) << line;
    EXPECT_EQ(item.size, 10) << line;
    EXPECT_EQ(item.style, FontStyle::Regular) << line;
    previous = item.origin.y;
  }
  EXPECT_NEAR(must_find(page, "Engvej 14, 1. tv.").origin.y - must_find(page, "Rasmus Eksempel").origin.y, 12,
              kTolerance);
}

TEST(FirstPage, WritesTheReturnAddressSmallAtTheBottomOfTheTopZone) {
  FirstPage first;
  first.window = window_of({"Rasmus Eksempel", "9999 Eksempelby"});
  auto frame = render(letter(), first);
  const TextItem& line = must_find(frame.pages[0], "Eksempel Kommune, Rådhuspladsen 1, 9999 Eksempelby");
  EXPECT_EQ(line.size, 7);
  EXPECT_NEAR(line.origin.x, mm(25), kTolerance);
  EXPECT_GT(line.origin.y - 7 * 0.8, mm(45));            // inside the field
  EXPECT_LT(line.origin.y, mm(45) + mm(17.7));            // above the address zone
  EXPECT_GT(line.origin.y, mm(45) + mm(17.7) - 7 * 1.2);  // in its last line
}

TEST(FirstPage, MovesTheLetterheadBesideTheWindowAndTheBodyBelowIt) {
  FirstPage first;
  first.window = window_of({"Rasmus Eksempel", "9999 Eksempelby"});
  auto frame = render(letter(), first);
  const FramePage& page = frame.pages[0];
  // Each letterhead cell once, in one column from 125 mm and 50 mm.
  for (const std::string cell : {"Eksempel Kommune", "Rådhuspladsen 1, 9999 Eksempelby", "CVR 12345674",
                                 "Dato: 25. november 2026"}) {
    EXPECT_EQ(count_text(page, cell), 1) << cell;
    const TextItem& item = must_find(page, cell);
    EXPECT_NEAR(item.origin.x, mm(125), kTolerance) << cell;
    EXPECT_GT(item.origin.y, mm(50)) << cell;
  }
  EXPECT_LT(must_find(page, "Rådhuspladsen 1, 9999 Eksempelby").origin.y, must_find(page, "CVR 12345674").origin.y);
  // Nothing but the window's own text inside the field.
  for (const auto* item : texts_on(page)) {
    bool in_field = item->origin.x < mm(105) && item->origin.y > mm(45) && item->origin.y < mm(90);
    bool window_text = item->text == "Rasmus Eksempel" || item->text == "9999 Eksempelby" ||
                       item->text == "Eksempel Kommune, Rådhuspladsen 1, 9999 Eksempelby";
    EXPECT_EQ(in_field, window_text) << item->text;
  }
  EXPECT_GT(must_find(page, "Indkaldelse").origin.y - 15 * 0.8, mm(90));  // the title starts below the field
  EXPECT_LT(must_find(page, "Indkaldelse").origin.y, mm(110));
}

TEST(FirstPage, WithoutAWindowAddressTheLetterheadStaysAtTheTopMargin) {
  auto plain = render(letter(), FirstPage{});
  FakeMetrics metrics;
  auto before = lay_out(letter(), metrics, nullptr, LayoutStyle{}, {});
  ASSERT_TRUE(before.ok());
  EXPECT_EQ(dump_frame(plain), dump_frame(before.value()));
  EXPECT_LT(must_find(plain.pages[0], "Eksempel Kommune").origin.y, mm(35));
  EXPECT_NEAR(must_find(plain.pages[0], "Eksempel Kommune").origin.x, mm(25), kTolerance);
}

TEST(FirstPage, ShrinksTheRecipientToFitTheWindowWidth) {
  // 80 mm of text width: 45 characters at 10 pt with FakeMetrics, 50 at 9 pt.
  FirstPage first;
  first.window = window_of({"Rasmus Eksempel", std::string(48, 'x')});
  auto frame = render(letter(), first);
  EXPECT_EQ(must_find(frame.pages[0], "Rasmus Eksempel").size, 9);
}

TEST(FirstPage, RefusesALineTooWideForTheWindowWithItsPath) {
  FirstPage first;
  first.window = window_of({"Rasmus Eksempel", "Engvej 14", std::string(60, 'x')});
  FakeMetrics metrics;
  auto frame = lay_out(letter(), metrics, nullptr, LayoutStyle{}, {}, first);
  ASSERT_FALSE(frame.ok());
  ASSERT_EQ(frame.diagnostics().size(), 1u);
  EXPECT_EQ(frame.diagnostics()[0].code, "too_long");
  EXPECT_EQ(frame.diagnostics()[0].path, "employee.address[1]");
}

TEST(FirstPage, RefusesMoreLinesThanTheAddressZoneHolds) {
  FirstPage first;
  first.window = window_of({"A", "B", "C", "D", "E", "F", "G"});
  FakeMetrics metrics;
  auto frame = lay_out(letter(), metrics, nullptr, LayoutStyle{}, {}, first);
  ASSERT_FALSE(frame.ok());
  EXPECT_EQ(frame.diagnostics()[0].code, "window_overflow");
}

std::shared_ptr<const ImageData> logo_image() {
  auto image = std::make_shared<ImageData>();
  image->format = ImageFormat::Png;
  image->width_px = 300;
  image->height_px = 100;
  image->bytes = "not decoded by layout";
  return image;
}

TEST(FirstPage, PlacesTheLogoTopRightAndTheFlowBelowIt) {
  FirstPage first;
  first.logo = PageLogo{logo_image(), mm(60), mm(20), false};
  auto frame = render(letter(), first);
  const FramePage& page = frame.pages[0];
  ASSERT_TRUE(std::holds_alternative<ImageItem>(page.items.front()));
  const auto& logo = std::get<ImageItem>(page.items.front());
  EXPECT_NEAR(logo.rect.x + logo.rect.width, mm(210) - mm(20), kTolerance);
  EXPECT_NEAR(logo.rect.y, mm(10), kTolerance);
  EXPECT_NEAR(logo.rect.width, mm(60), kTolerance);
  EXPECT_NEAR(logo.rect.height, mm(20), kTolerance);
  EXPECT_EQ(logo.image->width_px, 300u);
  // The letterhead starts below the logo (10 + 20 + 5 mm).
  EXPECT_GT(must_find(page, "Eksempel Kommune").origin.y - 9 * 0.8, mm(35) - kTolerance);
  EXPECT_NE(dump_frame(frame).find("image 368.50,28.35 170.08x56.69 png 300x100"), std::string::npos)
      << dump_frame(frame);
}

TEST(FirstPage, PlacesALeftLogoAtTheLeftMarginAboveTheWindow) {
  FirstPage first;
  first.logo = PageLogo{logo_image(), mm(45), mm(15), true};
  first.window = window_of({"Rasmus Eksempel", "9999 Eksempelby"});
  auto frame = render(letter(), first);
  int images = 0;
  for (const auto& item : frame.pages[0].items) {
    if (const auto* image = std::get_if<ImageItem>(&item)) {
      ++images;
      EXPECT_NEAR(image->rect.x, mm(25), kTolerance);
      EXPECT_LT(image->rect.y + image->rect.height, mm(45));
    }
  }
  EXPECT_EQ(images, 1);
}

TEST(FirstPage, OnlyPageOneCarriesTheFixedPartsAndLaterPagesStartAtTheMargin) {
  std::vector<Block> long_text;
  for (int i = 0; i < 60; ++i) long_text.push_back(paragraph("Afsnit " + std::to_string(i)));
  FirstPage first;
  first.logo = PageLogo{logo_image(), mm(60), mm(20), false};
  first.window = window_of({"Rasmus Eksempel", "9999 Eksempelby"});
  auto frame = render(letter(std::move(long_text)), first);
  ASSERT_GE(frame.pages.size(), 2u);
  for (std::size_t p = 1; p < frame.pages.size(); ++p) {
    EXPECT_EQ(find_text(frame.pages[p], "Rasmus Eksempel"), nullptr);
    for (const auto& item : frame.pages[p].items) EXPECT_FALSE(std::holds_alternative<ImageItem>(item));
  }
  const auto texts = texts_on(frame.pages[1]);
  ASSERT_FALSE(texts.empty());
  EXPECT_LT(texts.front()->origin.y, mm(25) + 20);  // the first line right under the top margin
}

}  // namespace
}  // namespace sygedok::layout
