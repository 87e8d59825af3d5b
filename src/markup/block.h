#pragma once
// The document as a tree of blocks: what the markup stage reads out of the
// composed Markdown (CommonMark + GFM tables) and what layout lays out.
// Plain data; thread-compatible.
#include <string>
#include <variant>
#include <vector>

namespace sygedok {

// A piece of inline text with one emphasis. Soft line breaks become spaces;
// a hard line break (two trailing spaces or a backslash) is its own span.
// `name`: the text of a name field (a person, the organisation), marked in
// the Markdown by kNameStart … kNameEnd (core/text.h); layout never
// hyphenates it (docs/typesetting.md).
struct Span {
  enum class Kind { Text, HardBreak };
  Kind kind = Kind::Text;
  std::string text;  // UTF-8, NFC; empty for HardBreak
  bool bold = false;
  bool italic = false;
  bool name = false;
};
using Inlines = std::vector<Span>;

struct Block;

struct Heading {
  int level = 1;  // 1..6
  Inlines text;
};

struct Paragraph {
  Inlines text;
};

struct List {
  bool ordered = false;
  int start = 1;                           // first number of an ordered list
  std::vector<std::vector<Block>> items;   // each item is a sequence of blocks
};

// A GFM table. Templates mark special tables with an HTML comment on the
// line before them:
//   <!-- sygedok:letterhead -->                     sender block, no borders
//   <!-- sygedok:running-head -->                   one row, drawn small at
//        the top of pages 2 and later (decoration: an artifact)
//   <!-- sygedok:signatures NAME_1 NAME_2 ... -->   one signature line per
//        column, the header row is the label above the name in the body row,
//        NAME_i names the signature field of column i.
//   <!-- sygedok:timeline START TODAY -->          a timeline figure (layout/timeline.h):
//        START and TODAY are ISO dates, the rows are | from | to | what | state |
//        with ISO dates and a state code (done, overdue, due, upcoming).
//   <!-- sygedok:score-chart LOW HIGH -->           a score chart (layout/score_chart.h):
//        LOW and HIGH are the scale's ends, the rows are | what | mean | spread | answers |
//        with decimals as the text writes them ("3,4"), "–" without answers.
// A table whose header cells are all empty has no header row (key/value
// tables such as the referat's facts).
struct Table {
  enum class Role { Plain, Letterhead, Signatures, RunningHead, Timeline, ScoreChart };
  enum class Align { Default, Left, Center, Right };
  Role role = Role::Plain;
  std::vector<std::string> field_names;  // Signatures: one per column; Timeline: START and TODAY; ScoreChart: LOW and HIGH
  std::vector<Align> align;              // one per column
  std::vector<Inlines> header;           // empty when the table has no header row
  std::vector<std::vector<Inlines>> rows;
};

struct ThematicBreak {};

// A block after the line <!-- sygedok:new-page --> begins a new page
// (an appendix, such as a summons' preparation sheet on paper).
struct Block {
  std::variant<Heading, Paragraph, List, Table, ThematicBreak> node;
  bool new_page = false;
};

struct BlockDocument {
  std::vector<Block> blocks;
};

}  // namespace sygedok
