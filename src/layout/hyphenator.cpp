#include "layout/hyphenator.h"

#include <hyphen.h>
#include <utf8proc.h>

#include <cstdlib>
#include <cstring>

#include "core/text.h"

namespace sygedok::layout {

struct Hyphenator::Dictionary {
  HyphenDict* dict = nullptr;
  bool utf8 = false;
  ~Dictionary() {
    if (dict != nullptr) hnj_hyphen_free(dict);
  }
};

namespace {

// Replacement arrays of non-standard hyphenation, allocated by libhyphen.
struct NonStandardHyphens {
  char** rep = nullptr;
  int* pos = nullptr;
  int* cut = nullptr;
  int size = 0;
  ~NonStandardHyphens() {
    if (rep != nullptr)
      for (int i = 0; i < size; ++i) std::free(rep[i]);
    std::free(rep);
    std::free(pos);
    std::free(cut);
  }
};

char32_t lower(char32_t c) { return static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(c))); }

// The word in the dictionary's encoding, lower case, plus for each byte the
// index of the character it belongs to. False when the encoding cannot spell it.
bool encode_word(std::u32string_view word, bool utf8, std::string& bytes, std::vector<std::size_t>& owner) {
  bytes.clear();
  owner.clear();
  for (std::size_t i = 0; i < word.size(); ++i) {
    char32_t c = lower(word[i]);
    if (c == 0) return false;
    std::size_t before = bytes.size();
    if (utf8) {
      append_utf8(bytes, c);
    } else {
      if (c > 0xFF) return false;
      bytes.push_back(static_cast<char>(c));
    }
    owner.insert(owner.end(), bytes.size() - before, i);
  }
  return true;
}

}  // namespace

Result<std::shared_ptr<const Hyphenator>> Hyphenator::load(const std::string& dictionary_path,
                                                           HyphenationExceptions exceptions) {
  using R = Result<std::shared_ptr<const Hyphenator>>;
  auto dictionary = std::make_unique<Dictionary>();
  dictionary->dict = hnj_hyphen_load(dictionary_path.c_str());
  if (dictionary->dict == nullptr)
    return R::failure(error("", "hyphenation_dictionary",
                            "Orddelingsordbogen " + dictionary_path + " kunne ikke indlæses."));
  std::string charset = dictionary->dict->cset;
  dictionary->utf8 = dictionary->dict->utf8 != 0;
  if (!dictionary->utf8 && charset != "ISO8859-1" && charset != "ISO-8859-1")
    return R::failure(error("", "hyphenation_dictionary",
                            "Orddelingsordbogen " + dictionary_path + " bruger tegnsættet " + charset +
                                ", men kun UTF-8 og ISO8859-1 understøttes."));
  return R::success(std::make_shared<const Hyphenator>(std::move(dictionary), std::move(exceptions)));
}

Hyphenator::Hyphenator(std::unique_ptr<Dictionary> dictionary, HyphenationExceptions exceptions)
    : dictionary_(std::move(dictionary)), exceptions_(std::move(exceptions)) {}
Hyphenator::~Hyphenator() = default;

void Hyphenator::pattern_points(std::u32string_view word, std::vector<std::size_t>& points) const {
  points.clear();
  thread_local std::string bytes;
  thread_local std::vector<std::size_t> owner;
  thread_local std::string hyphens;
  if (!encode_word(word, dictionary_->utf8, bytes, owner)) return;
  const int size = static_cast<int>(bytes.size());
  hyphens.assign(bytes.size() + 5, '\0');
  NonStandardHyphens non_standard;
  non_standard.size = size;
  // bytes.c_str() is NUL-terminated, which libhyphen's "nohyphen" check relies on.
  hnj_hyphen_hyphenate2(dictionary_->dict, bytes.c_str(), size, hyphens.data(), nullptr, &non_standard.rep,
                        &non_standard.pos, &non_standard.cut);
  // In UTF-8 mode libhyphen renumbers the result per character, else per byte (= character).
  const std::size_t count = dictionary_->utf8 ? word.size() : bytes.size();
  for (std::size_t i = 0; i + 1 < count; ++i) {
    if ((hyphens[i] & 1) == 0) continue;
    if (non_standard.rep != nullptr && non_standard.rep[i] != nullptr) continue;  // needs spelling changes
    points.push_back(dictionary_->utf8 ? i + 1 : owner[i] + 1);
  }
}

void Hyphenator::hyphen_points(std::u32string_view word, std::vector<HyphenPoint>& points) const {
  points.clear();
  auto far_from_ends = [&](std::size_t at, std::size_t letters) {
    return at >= letters && at <= word.size() && word.size() - at >= letters;
  };
  if (const auto* listed = exceptions_.find(word)) {
    for (const HyphenPoint& point : *listed)
      if (far_from_ends(point.at, kMinimumListedFragment)) points.push_back(point);
    return;
  }
  if (word.size() < kMinimumPatternWord) return;
  thread_local std::vector<std::size_t> found;
  pattern_points(word, found);
  for (std::size_t i = 0; i < found.size(); ++i) {
    // Two points around a single letter mark an uncertain compound joint
    // ("fravær-s-samtale", "ra-s-kmelding"); the later one is the joint.
    if (i + 1 < found.size() && found[i + 1] == found[i] + 1) continue;
    const bool joint = i > 0 && found[i - 1] + 1 == found[i];
    if (far_from_ends(found[i], kMinimumPatternFragment)) points.push_back({found[i], joint});
  }
}

std::vector<HyphenPoint> Hyphenator::hyphen_points(std::u32string_view word) const {
  std::vector<HyphenPoint> points;
  hyphen_points(word, points);
  return points;
}

std::string Hyphenator::hyphenate(std::string_view utf8_word, std::string_view marker,
                                  std::string_view joint_marker) const {
  auto word = decode_utf8(utf8_word);
  if (!word) return std::string(utf8_word);
  auto points = hyphen_points(*word);
  std::string out;
  std::size_t next = 0;
  for (std::size_t i = 0; i < word->size(); ++i) {
    if (next < points.size() && points[next].at == i) {
      out.append(points[next].joint ? joint_marker : marker);
      ++next;
    }
    append_utf8(out, (*word)[i]);
  }
  return out;
}

}  // namespace sygedok::layout
