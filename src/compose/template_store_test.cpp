#include "compose/template_store.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <thread>

#include "core/temp_dir_test_support.h"

namespace sygedok::compose {
namespace {

namespace fs = std::filesystem;

using sygedok::testing::TempDir;

std::shared_ptr<const TemplateStore> store_of(std::map<std::string, TemplateSource> sources) {
  auto store = TemplateStore::from_sources(std::move(sources));
  EXPECT_TRUE(store.ok()) << (store.ok() ? "" : store.diagnostics()[0].message);
  return store.ok() ? store.value() : nullptr;
}

bool mentions(const Diagnostics& diagnostics, const std::string& code, const std::string& text) {
  for (const auto& d : diagnostics)
    if (d.code == code && d.message.find(text) != std::string::npos) return true;
  return false;
}

TEST(TemplateStore, LoadsTheBuiltInTemplates) {
  auto store = TemplateStore::load();
  ASSERT_TRUE(store.ok()) << store.diagnostics()[0].message;
  EXPECT_TRUE(store.value()->contains("referat/referat"));
  EXPECT_TRUE(store.value()->contains("partials/letterhead"));
  EXPECT_TRUE(store.value()->contains("partials/signatures"));
  EXPECT_EQ(store.value()->origin("referat/referat"), "indbygget");
}

TEST(TemplateStore, EscapesEveryValueForMarkdown) {
  auto store = store_of({{"t", {"Hej {{name}}!", "test"}}});
  kainjow::mustache::data data;
  data.set("name", "*Anna* [x]");
  auto out = store->render("t", data);
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(out.value(), "Hej \\*Anna\\* \\[x\\]!");
}

TEST(TemplateStore, InlinesPartialsByNameOrUnderPartials) {
  auto store = store_of({{"doc", {"A\n{{> head}}\n{{> partials/foot}}\nB\n", "test"}},
                         {"partials/head", {"<{{title}}>\n", "test"}},
                         {"partials/foot", {"({{title}})\n", "test"}}});
  kainjow::mustache::data data;
  data.set("title", "T");
  auto out = store->render("doc", data);
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(out.value(), "A\n<T>\n(T)\nB\n");
}

TEST(TemplateStore, AnOverlayFileReplacesTheBuiltInTemplate) {
  TempDir dir;
  dir.write("partials/signatures.mustache", "Underskrevet af {{manager.name}}\n");
  dir.write("extra/notits.mustache", "Ny skabelon {{x}}\n");
  dir.write("README.txt", "ignored");
  auto store = TemplateStore::load(dir.path().string());
  ASSERT_TRUE(store.ok()) << store.diagnostics()[0].message;
  EXPECT_TRUE(store.value()->contains("extra/notits"));
  EXPECT_EQ(store.value()->origin("partials/signatures"), (dir.path() / "partials/signatures.mustache").string());
  kainjow::mustache::data manager;
  manager.set("name", "Mette");
  kainjow::mustache::data data;
  data.set("manager", manager);
  // The built-in referat template includes the overlaid partial.
  auto out = store.value()->render("referat/referat", data);
  ASSERT_TRUE(out.ok());
  EXPECT_NE(out.value().find("Underskrevet af Mette"), std::string::npos) << out.value();
  EXPECT_EQ(out.value().find("sygedok:signatures"), std::string::npos);
}

TEST(TemplateStore, HoldsTheHyphenationListsBuiltInFirstThenTheOverlays) {
  auto built_in = TemplateStore::load();
  ASSERT_TRUE(built_in.ok());
  ASSERT_EQ(built_in.value()->hyphenation_exceptions().size(), 1u);
  EXPECT_NE(built_in.value()->hyphenation_exceptions()[0].text.find("dag=til-buds=le-der"), std::string::npos);
  TempDir dir;
  dir.write("hyphenation-da.txt", "ud=vik-lings=sam-ta-le\n");
  auto overlaid = TemplateStore::load(dir.path().string());
  ASSERT_TRUE(overlaid.ok());
  const auto& lists = overlaid.value()->hyphenation_exceptions();
  ASSERT_EQ(lists.size(), 2u);
  EXPECT_EQ(lists[0].origin, "indbygget");
  EXPECT_EQ(lists[1].text, "ud=vik-lings=sam-ta-le\n");
  EXPECT_EQ(lists[1].origin, (dir.path() / "hyphenation-da.txt").string());
}

TEST(TemplateStore, ABrokenOverlayTemplateIsAnErrorNamingTheFileAndLine) {
  TempDir dir;
  dir.write("referat/referat.mustache", "# {{title}}\n\n{{#status}}\n{{.}}\n");
  auto store = TemplateStore::load(dir.path().string());
  ASSERT_FALSE(store.ok());
  const auto& d = store.diagnostics();
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].code, "template_error");
  EXPECT_NE(d[0].message.find("referat/referat"), std::string::npos) << d[0].message;
  EXPECT_NE(d[0].message.find((dir.path() / "referat/referat.mustache").string()), std::string::npos);
  EXPECT_NE(d[0].message.find("{{#status}} bliver ikke lukket (linje 3)"), std::string::npos) << d[0].message;
}

TEST(TemplateStore, RefusesTemplatesThatCouldNotRenderSafely) {
  struct Case {
    std::map<std::string, TemplateSource> sources;
    const char* message_part;
  };
  const Case cases[] = {
      {{{"t", {"{{{raw}}}", "test"}}}, "{{{…}}}"},
      {{{"t", {"{{& raw}}", "test"}}}, "{{{…}}}"},
      {{{"t", {"{{=<% %>=}}", "test"}}}, "skilletegn"},
      {{{"t", {"A {{> nowhere}}", "test"}}}, "»nowhere« findes ikke"},
      {{{"t", {"{{> t}}", "test"}}}, "i ring"},
      {{{"t", {"{{/x}}", "test"}}}, "ikke er åbnet"},
      {{{"t", {"A {{x", "test"}}}, "bliver ikke lukket"},
      {{{"t", {"A \xff", "test"}}}, "UTF-8"},
  };
  for (const auto& c : cases) {
    auto store = TemplateStore::from_sources(c.sources);
    ASSERT_FALSE(store.ok()) << c.message_part;
    EXPECT_TRUE(mentions(store.diagnostics(), "template_error", c.message_part)) << store.diagnostics()[0].message;
  }
}

TEST(TemplateStore, ReportsEveryBrokenTemplateAtOnce) {
  auto store = TemplateStore::from_sources(
      {{"a", {"{{#x}}", "test"}}, {"b", {"fine {{y}}", "test"}}, {"c", {"{{{z}}}", "test"}}});
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.diagnostics().size(), 2u);
}

TEST(TemplateStore, AMissingOverlayDirectoryIsAnError) {
  auto store = TemplateStore::load("/nonexistent/sygedok/templates");
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.diagnostics()[0].code, "templates_dir");
}

TEST(TemplateStore, RenderingAnUnknownTemplateIsAnError) {
  auto store = store_of({{"t", {"x", "test"}}});
  auto out = store->render("nope", kainjow::mustache::data{});
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.diagnostics()[0].code, "template_missing");
}

TEST(TemplateStore, ManyThreadsRenderTheSameTemplateAtOnce) {
  auto store = store_of({{"t", {"{{#items}}- {{name}}\n{{/items}}", "test"}}});
  std::vector<std::thread> threads;
  std::vector<int> good(8, 0);
  for (int t = 0; t < 8; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 300; ++i) {
        kainjow::mustache::data items{kainjow::mustache::data::type::list};
        kainjow::mustache::data item;
        item.set("name", "tråd " + std::to_string(t));
        items.push_back(item);
        kainjow::mustache::data data;
        data.set("items", items);
        auto out = store->render("t", data);
        if (out.ok() && out.value() == "- tråd " + std::to_string(t) + "\n") ++good[static_cast<std::size_t>(t)];
      }
    });
  for (auto& thread : threads) thread.join();
  for (int count : good) EXPECT_EQ(count, 300);
}

}  // namespace
}  // namespace sygedok::compose
