// Digital Post's file-name and https rules and the schema's text limits.
#include "digitalpost/memo_rules.h"

#include <gtest/gtest.h>

#include "core/text.h"

namespace sygedok::digitalpost {
namespace {

// Every character shared/memo/README.md lists as forbidden in a file name.
std::u32string forbidden_characters() {
  std::u32string all = U"<>:\"/\\|?*\r\n\u00A0\u2028\u205F\u2060\u3000";
  for (char32_t c = 0x2000; c <= 0x200A; ++c) all += c;
  return all;
}

TEST(FileName, EachForbiddenCharacterMakesANameUnsafe) {
  EXPECT_TRUE(is_safe_file_name("Indkaldelse til fraværssamtale 7. december 2026.pdf"));
  for (char32_t c : forbidden_characters()) {
    std::string name = "Referat" + encode_utf8(std::u32string(1, c)) + "x.pdf";
    EXPECT_TRUE(is_forbidden_in_file_name(c)) << code_point_label(c);
    EXPECT_FALSE(is_safe_file_name(name)) << code_point_label(c);
  }
  EXPECT_FALSE(is_safe_file_name(""));
  EXPECT_FALSE(is_safe_file_name(" . "));
  EXPECT_FALSE(is_safe_file_name("a\tb.pdf"));  // a control character
  EXPECT_FALSE(is_safe_file_name(std::string(257, 'a')));
  EXPECT_FALSE(is_safe_file_name("\xC3("));  // not UTF-8
}

TEST(FileName, SafeFileNameRemovesEveryForbiddenCharacter) {
  for (char32_t c : forbidden_characters()) {
    std::string wanted = "Bilag" + encode_utf8(std::u32string(1, c)) + "1.pdf";
    std::string safe = safe_file_name(wanted);
    EXPECT_TRUE(is_safe_file_name(safe)) << code_point_label(c) << " → " << safe;
    EXPECT_EQ(safe.substr(0, 5), "Bilag");
    EXPECT_EQ(safe.substr(safe.size() - 4), ".pdf");
  }
}

TEST(FileName, SafeFileNameKeepsDanishLettersAndReadsWell) {
  EXPECT_EQ(safe_file_name("Referat 7/12: Søren Ærø", ".pdf"), "Referat 7-12- Søren Ærø.pdf");
  EXPECT_EQ(safe_file_name("Hvad nu?  \"Plan\" <ny>*.txt"), "Hvad nu Plan ny.txt");
  EXPECT_EQ(safe_file_name("Plan\u00A0for\u2003mødet", ".pdf"), "Plan for mødet.pdf");
  EXPECT_EQ(safe_file_name("  ..skjult.pdf. ", ".pdf"), "skjult.pdf");
  EXPECT_EQ(safe_file_name("notat.PDF", ".pdf"), "notat.PDF");         // the extension is there
  EXPECT_EQ(safe_file_name("notat.docx", ".pdf"), "notat.docx.pdf");    // another extension is not
  EXPECT_EQ(safe_file_name("???", ".pdf"), "dokument.pdf");
  EXPECT_EQ(safe_file_name("linje\r\nskift.txt"), "linjeskift.txt");
  std::string long_name = safe_file_name(std::string(300, 'x') + ".pdf");
  EXPECT_EQ(long_name, std::string(kFileNameStemLength, 'x') + ".pdf");
}

TEST(Https, OnlyHttpsUrlsWithAHostPass) {
  EXPECT_TRUE(is_https_url("https://www.eksempel.dk/samtale"));
  EXPECT_TRUE(is_https_url("HTTPS://eksempel.dk"));
  EXPECT_FALSE(is_https_url("http://www.eksempel.dk"));
  EXPECT_FALSE(is_https_url("https://"));
  EXPECT_FALSE(is_https_url("https:///sti"));
  EXPECT_FALSE(is_https_url("ftp://eksempel.dk"));
  EXPECT_FALSE(is_https_url("https://eksempel.dk/med mellemrum"));
  EXPECT_FALSE(is_https_url("www.eksempel.dk"));
  EXPECT_FALSE(is_https_url("https://eksempel.dk/" + std::string(250, 'a')));  // over memoUriType's 256
}

TEST(Uuid, FollowsTheMemoPattern) {
  EXPECT_TRUE(is_memo_uuid("8C2EA15D-61FB-4BA9-9366-42F8B194C114"));
  EXPECT_TRUE(is_memo_uuid("78212f5c-6d79-4012-8ed1-e2420243bd17"));
  EXPECT_FALSE(is_memo_uuid("78212f5c-6d79-1012-8ed1-e2420243bd17"));  // version 1
  EXPECT_FALSE(is_memo_uuid("78212f5c-6d79-4012-7ed1-e2420243bd17"));  // variant 0
  EXPECT_FALSE(is_memo_uuid("78212f5c6d7940128ed1e2420243bd17"));
  EXPECT_FALSE(is_memo_uuid("78212f5c-6d79-4012-8ed1-e2420243bd1g"));
}

TEST(FitText, CutsByCharactersAndMarksTheCut) {
  EXPECT_EQ(fit_text("kort", 256), "kort");
  std::string long_danish;
  for (int i = 0; i < 300; ++i) long_danish += "ø";
  std::string fitted = fit_text(long_danish, kMemoTextLength);
  EXPECT_EQ(decode_utf8(fitted)->size(), kMemoTextLength);  // characters, not bytes
  EXPECT_EQ(fitted.substr(fitted.size() - 3), "…");
  EXPECT_EQ(fit_text("abc def", 5), "abc…");  // no space before the ellipsis
  EXPECT_EQ(fit_text(std::string(256, 'a'), 256), std::string(256, 'a'));
}

MemoMessage valid_message() {
  MemoMessage message;
  message.uuid = "8c2ea15d-61fb-4ba9-9366-42f8b194c114";
  message.label = "Referat af fraværssamtale 7. december 2026";
  message.sender = {"12345674", "CVR", "Eksempel Kommune"};
  message.recipient = {"0101901234", "CPR", "Søren Eksempel"};
  MemoBody body;
  body.created = {{2026, 11, 22}, 9, 30, 0};
  body.main.files.push_back({"application/pdf", "Referat.pdf", "da", "%PDF"});
  message.body = body;
  return message;
}

TEST(CheckMessage, AValidMessagePasses) { EXPECT_TRUE(check_memo_message(valid_message()).empty()); }

TEST(CheckMessage, CatchesEachBrokenRule) {
  auto broken = [](auto change) {
    MemoMessage message = valid_message();
    change(message);
    Diagnostics problems = check_memo_message(message);
    return problems.empty() ? std::string("ok") : problems.front().code + ": " + problems.front().message;
  };
  EXPECT_NE(broken([](MemoMessage& m) { m.body->main.files[0].filename = "a/b.pdf"; }), "ok");
  EXPECT_NE(broken([](MemoMessage& m) { m.label = std::string(257, 'x'); }), "ok");
  EXPECT_NE(broken([](MemoMessage& m) { m.uuid = "not-a-uuid"; }), "ok");
  EXPECT_NE(broken([](MemoMessage& m) { m.sender.label.reset(); }), "ok");
  EXPECT_NE(broken([](MemoMessage& m) { m.body.reset(); }), "ok");
  EXPECT_NE(broken([](MemoMessage& m) { m.body->main.files.clear(); }), "ok");
  EXPECT_NE(broken([](MemoMessage& m) { m.recipient.label = "bell\x07"; }), "ok");
  EXPECT_NE(broken([](MemoMessage& m) {
              m.body->main.actions.push_back({"Læs mere", "INFORMATION", {}, {}, MemoEntryPoint{"http://x.dk"}});
            }),
            "ok");
  EXPECT_EQ(broken([](MemoMessage& m) {
              m.body->main.actions.push_back({"Læs mere", "INFORMATION", {}, {}, MemoEntryPoint{"https://x.dk"}});
            }),
            "ok");
  std::string problem = broken([](MemoMessage& m) { m.body->main.files[0].filename = "a:b.pdf"; });
  EXPECT_NE(problem.find("memo_rule"), std::string::npos) << problem;
  EXPECT_NE(problem.find("filename"), std::string::npos) << problem;
}

}  // namespace
}  // namespace sygedok::digitalpost
