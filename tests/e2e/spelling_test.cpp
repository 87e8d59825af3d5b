// Danish that passes a judge: the text of every rendered sample, minus the
// words that come from the sample's own input (names, free text), is checked
// with hunspell and Debian's Danish dictionary (hunspell -d da_DK -l). Every
// word it does not know must be in tests/spelling-allowlist.txt: a short list
// of terms ("Sagsnr"), which may never hold a word of any sample's input, so
// no name of a sample person can hide there.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/TextIterator.h>
#include <Poco/UTF8Encoding.h>
#include <Poco/UTF8String.h>
#include <Poco/Unicode.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "rendered_samples.h"

namespace sygedok::e2e {
namespace {

constexpr std::size_t kMaxAllowListEntries = 30;

bool is_letter_or_digit(int code_point) {
  return Poco::Unicode::isAlpha(code_point) || Poco::Unicode::isDigit(code_point);
}

std::vector<int> code_points(const std::string& text) {
  Poco::UTF8Encoding utf8;
  std::vector<int> points;
  for (Poco::TextIterator it(text, utf8), end(text); it != end; ++it) points.push_back(*it);
  return points;
}

void append_code_point(std::string& out, int code_point) {
  Poco::UTF8Encoding utf8;
  unsigned char bytes[8];
  int n = utf8.convert(code_point, bytes, sizeof bytes);
  out.append(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(n));
}

// Words as hunspell should see them: runs of letters and digits, split at
// hyphens ("hæve-sænkebord" → "hæve", "sænkebord"), with full stops inside
// and directly after kept ("f.eks.", "kl." are words, "kl" is not). Words
// with digits and single letters are left out.
std::vector<std::string> words_of(const std::string& text) {
  std::vector<int> points = code_points(text);
  std::vector<std::string> words;
  std::string word;
  bool has_digit = false;
  std::size_t letters = 0;
  auto finish = [&](bool full_stop) {
    if (!word.empty() && !has_digit && letters > 1) words.push_back(full_stop ? word + "." : word);
    word.clear();
    has_digit = false;
    letters = 0;
  };
  for (std::size_t i = 0; i < points.size(); ++i) {
    int c = points[i];
    if (is_letter_or_digit(c)) {
      append_code_point(word, c);
      has_digit = has_digit || Poco::Unicode::isDigit(c);
      ++letters;
    } else if (c == '.' && !word.empty() && i + 1 < points.size() && Poco::Unicode::isAlpha(points[i + 1])) {
      word += '.';  // "f.eks."
    } else {
      finish(c == '.');
    }
  }
  finish(false);
  return words;
}

bool starts_with_capital(const std::string& text) {
  auto points = code_points(text);
  return !points.empty() && Poco::Unicode::isUpper(points.front());
}

// pdftotext -raw puts the rest of a hyphenated word on the next line. Joins
// "tilbage-\nvenden" to "tilbagevenden", but keeps a hyphen that belongs to
// the word: one the input itself has ("hæve-\nsænkebord"), one after a digit
// ("56-\naftale"), or one before a capital letter ("Ångström-\nMüller").
std::string join_hyphenated_line_ends(const std::string& text, const std::string& input_text) {
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t hyphen = text.find("-\n", i);
    if (hyphen == std::string::npos) {
      out.append(text, i, std::string::npos);
      break;
    }
    out.append(text, i, hyphen - i);
    std::size_t space = out.find_last_of(" \n\t(");
    std::string before = out.substr(space == std::string::npos ? 0 : space + 1);
    std::size_t after_end = text.find_first_of(" \n\t,.)", hyphen + 2);
    if (after_end == std::string::npos) after_end = text.size();
    std::string after = text.substr(hyphen + 2, after_end - hyphen - 2);
    bool glued = !before.empty() && !after.empty();
    bool keeps_hyphen =
        glued && (input_text.find(before + "-" + after) != std::string::npos ||
                  std::isdigit(static_cast<unsigned char>(before.back())) || starts_with_capital(after));
    out += glued ? (keeps_hyphen ? "-" : "") : "-\n";
    i = hyphen + 2;
  }
  return out;
}

void collect_strings(const Poco::Dynamic::Var& value, std::string& out) {
  if (value.isString()) {
    out += value.extract<std::string>() + "\n";
  } else if (value.type() == typeid(Poco::JSON::Object::Ptr)) {
    auto object = value.extract<Poco::JSON::Object::Ptr>();
    for (const auto& [key, member] : *object) collect_strings(member, out);
  } else if (value.type() == typeid(Poco::JSON::Array::Ptr)) {
    auto array = value.extract<Poco::JSON::Array::Ptr>();
    for (std::size_t i = 0; i < array->size(); ++i) collect_strings(array->get(static_cast<unsigned>(i)), out);
  }
}

// Every string value of the input, one per line.
std::string input_strings(const Sample& sample) {
  Poco::JSON::Parser parser;
  std::string out;
  collect_strings(parser.parse(read_text(sample.path)), out);
  return out;
}

std::string without_full_stop(std::string word) {
  if (!word.empty() && word.back() == '.') word.pop_back();
  return word;
}

std::set<std::string> lower_words(const std::string& text) {
  std::set<std::string> words;
  for (const auto& word : words_of(text)) words.insert(Poco::UTF8::toLower(without_full_stop(word)));
  return words;
}

std::set<std::string> allow_list() {
  std::set<std::string> words;
  std::istringstream in(read_text(source_dir() / "tests" / "spelling-allowlist.txt"));
  for (std::string line; std::getline(in, line);)
    if (!line.empty() && line[0] != '#') words.insert(line.substr(0, line.find_first_of(" \t")));
  return words;
}

// The words hunspell does not know, without a final full stop.
std::set<std::string> unknown_to_hunspell(const std::set<std::string>& words) {
  TempDir dir;
  std::string list;
  for (const auto& word : words) list += word + "\n";
  write_text(dir / "words.txt", list);
  auto r = run("hunspell -d da_DK -l < " + quote((dir / "words.txt").string()));
  EXPECT_EQ(r.exit_code, 0) << "hunspell with the da_DK dictionary is needed (scripts/install-deps.sh): " << r.err;
  std::set<std::string> unknown;
  std::istringstream out(r.out);
  for (std::string word; std::getline(out, word);)
    if (!word.empty()) unknown.insert(without_full_stop(word));
  return unknown;
}

TEST(Spelling, HunspellIsThereAndFlagsMisspelledDanish) {
  auto unknown = unknown_to_hunspell({"medarbejderen", "fastholdelsesplan", "kl.", "medarbejdern", "fravarssamtale"});
  EXPECT_EQ(unknown, (std::set<std::string>{"medarbejdern", "fravarssamtale"}));
}

TEST(Spelling, WordsAndHyphenatedLineEnds) {
  EXPECT_EQ(words_of("Mødet er kl. 10.00 i lokale 2, hæve-sænkebord (§ 56-aftale) f.eks. ÆØÅ"),
            (std::vector<std::string>{"Mødet", "er", "kl.", "lokale", "hæve", "sænkebord", "aftale", "f.eks.", "ÆØÅ"}));
  EXPECT_EQ(join_hyphenated_line_ends("gradvis tilbage-\nvenden til", ""), "gradvis tilbagevenden til");
  EXPECT_EQ(join_hyphenated_line_ends("Zoë Ångström-\nMüller", "Zoë Ångström-Müller"), "Zoë Ångström-Müller");
  EXPECT_EQ(join_hyphenated_line_ends("hæve-\nsænkebord", "Et hæve-sænkebord"), "hæve-sænkebord");
  EXPECT_EQ(join_hyphenated_line_ends("en § 56-\naftale", ""), "en § 56-aftale");
  EXPECT_EQ(join_hyphenated_line_ends("liste:\n-\npunkt", ""), "liste:\n-\npunkt");
}

TEST(Spelling, TheAllowListIsShortAndHoldsNoWordOfAnySample) {
  auto allowed = allow_list();
  EXPECT_LE(allowed.size(), kMaxAllowListEntries);
  for (const auto& sample : all_samples()) {
    auto input = lower_words(input_strings(sample));
    for (const auto& word : allowed)
      EXPECT_FALSE(input.count(Poco::UTF8::toLower(word))) << word << " is a word of " << sample.path;
  }
}

// The same judge over the template files themselves, so that sentences no
// sample reaches (other meeting types, other § 56 states) are checked too.
// Mustache tags, HTML comments and Markdown table syntax are not words.
std::string template_text(const std::string& source) {
  std::string out;
  std::size_t i = 0;
  while (i < source.size()) {
    std::size_t tag = source.find("{{", i), comment = source.find("<!--", i);
    std::size_t next = std::min(tag, comment);
    out.append(source, i, next == std::string::npos ? std::string::npos : next - i);
    if (next == std::string::npos) break;
    std::size_t close = next == tag ? source.find("}}", next) : source.find("-->", next);
    if (close == std::string::npos) break;
    out += ' ';
    i = close + (next == tag ? 2 : 3);
  }
  return out;
}

TEST(Spelling, EveryWordOfEveryTemplateIsDanish) {
  std::set<std::string> words;
  std::size_t templates = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(source_dir() / "templates")) {
    if (entry.path().extension() != ".mustache") continue;
    ++templates;
    for (const auto& word : words_of(template_text(read_text(entry.path())))) words.insert(word);
  }
  ASSERT_GE(templates, 4u);
  auto allowed = allow_list();
  for (const auto& word : unknown_to_hunspell(words))
    EXPECT_TRUE(allowed.count(word)) << "hunspell da_DK does not know »" << word << "« in templates/; fix the "
                                     << "template or add the term to tests/spelling-allowlist.txt";
}

class SampleSpelling : public ::testing::TestWithParam<Sample> {};

TEST_P(SampleSpelling, EveryFixedWordIsDanish) {
  const Sample& sample = GetParam();
  auto text = run("pdftotext -enc UTF-8 -raw " + quote(rendered_pdf(sample).string()) + " -");
  ASSERT_EQ(text.exit_code, 0) << text.err;
  std::string input = input_strings(sample);
  std::set<std::string> from_input = lower_words(input);
  std::set<std::string> fixed;
  for (const auto& word : words_of(join_hyphenated_line_ends(text.out, input)))
    if (!from_input.count(Poco::UTF8::toLower(without_full_stop(word)))) fixed.insert(word);
  ASSERT_GT(fixed.size(), 50u) << "too little template text found in " << rendered_pdf(sample);
  auto allowed = allow_list();
  for (const auto& word : unknown_to_hunspell(fixed))
    EXPECT_TRUE(allowed.count(word)) << "hunspell da_DK does not know »" << word << "« in " << sample.kind << "/"
                                     << sample.name << "; fix the template or add the term to "
                                     << "tests/spelling-allowlist.txt";
}

INSTANTIATE_TEST_SUITE_P(Samples, SampleSpelling, ::testing::ValuesIn(all_samples()), sample_test_name);

}  // namespace
}  // namespace sygedok::e2e
