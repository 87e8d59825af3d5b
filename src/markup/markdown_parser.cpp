#include "markup/markdown_parser.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <sstream>
#include <utility>

#include "core/text.h"

namespace sygedok::markup {
namespace {

// The GFM extensions live in a global registry inside cmark-gfm: register
// them exactly once, from whichever thread parses first.
cmark_syntax_extension* table_extension() {
  static std::once_flag once;
  static cmark_syntax_extension* table = nullptr;
  std::call_once(once, [] {
    cmark_gfm_core_extensions_ensure_registered();
    table = cmark_find_syntax_extension("table");
  });
  return table;
}

struct ParserDeleter {
  void operator()(cmark_parser* parser) const { cmark_parser_free(parser); }
};
struct NodeDeleter {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};

std::string_view type_string(cmark_node* node) {
  const char* name = cmark_node_get_type_string(node);
  return name ? std::string_view(name) : std::string_view();
}

std::string trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  return std::string(text);
}

bool is_line_break_tag(std::string_view html) {
  std::string tag;
  for (char c : html)
    if (!std::isspace(static_cast<unsigned char>(c))) tag += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return tag == "<br>" || tag == "<br/>";
}

bool is_field_name(std::string_view name) {
  return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-';
  });
}

// A sygedok marker read from an HTML comment, waiting for its table.
struct Marker {
  Table::Role role = Table::Role::Plain;
  std::vector<std::string> field_names;
  int line = 0;
};

// Walks the cmark tree once and builds the block tree; not shared between calls.
class Converter {
 public:
  BlockDocument convert(cmark_node* document) {
    BlockDocument result;
    blocks(document, result.blocks);
    if (pending_) marker_problem(pending_->line, "står ikke lige før en tabel");
    return result;
  }

  Diagnostics take_problems() { return std::move(problems_); }

 private:
  void marker_problem(int line, const std::string& what) {
    problems_.push_back(error("", "markdown_marker",
                              "Skabelonen er ugyldig: sygedok-markeringen i linje " + std::to_string(line) + " " +
                                  what + "."));
  }

  void blocks(cmark_node* parent, std::vector<Block>& out) {
    for (cmark_node* node = cmark_node_first_child(parent); node; node = cmark_node_next(node)) block(node, out);
  }

  void push(std::vector<Block>& out, Block block) {
    if (pending_) {
      marker_problem(pending_->line, "står ikke lige før en tabel");
      pending_.reset();
    }
    block.new_page = std::exchange(new_page_, false);
    out.push_back(std::move(block));
  }

  void block(cmark_node* node, std::vector<Block>& out) {
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_PARAGRAPH: {
        Inlines text = inlines(node);
        if (!text.empty()) push(out, Block{Paragraph{std::move(text)}});
        return;
      }
      case CMARK_NODE_HEADING:
        push(out, Block{Heading{cmark_node_get_heading_level(node), inlines(node)}});
        return;
      case CMARK_NODE_LIST:
        push(out, Block{list(node)});
        return;
      case CMARK_NODE_THEMATIC_BREAK:
        push(out, Block{ThematicBreak{}});
        return;
      case CMARK_NODE_BLOCK_QUOTE:
        blocks(node, out);
        return;
      case CMARK_NODE_CODE_BLOCK:
        push(out, Block{Paragraph{literal_lines(node)}});
        return;
      case CMARK_NODE_HTML_BLOCK:
        html_block(node);
        return;
      default:
        break;
    }
    if (type_string(node) == "table") {
      Table table = this->table(node);
      if (pending_) {
        table.role = pending_->role;
        table.field_names = std::move(pending_->field_names);
        if (table.role == Table::Role::Signatures && table.field_names.size() != table.align.size())
          marker_problem(pending_->line, "nævner " + std::to_string(table.field_names.size()) +
                                             " underskriftsfelter, men tabellen har " +
                                             std::to_string(table.align.size()) + " kolonner");
        pending_.reset();
      }
      out.push_back(Block{std::move(table), std::exchange(new_page_, false)});
    }
  }

  List list(cmark_node* node) {
    List list;
    list.ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
    list.start = list.ordered ? cmark_node_get_list_start(node) : 1;
    for (cmark_node* item = cmark_node_first_child(node); item; item = cmark_node_next(item)) {
      std::vector<Block> content;
      blocks(item, content);
      list.items.push_back(std::move(content));
    }
    return list;
  }

  Table table(cmark_node* node) {
    Table table;
    std::size_t columns = cmark_gfm_extensions_get_table_columns(node);
    const uint8_t* alignments = cmark_gfm_extensions_get_table_alignments(node);
    for (std::size_t i = 0; i < columns; ++i) {
      uint8_t a = alignments ? alignments[i] : 0;
      table.align.push_back(a == 'l' ? Table::Align::Left
                            : a == 'c' ? Table::Align::Center
                            : a == 'r' ? Table::Align::Right
                                       : Table::Align::Default);
    }
    for (cmark_node* row = cmark_node_first_child(node); row; row = cmark_node_next(row)) {
      std::vector<Inlines> cells;
      for (cmark_node* cell = cmark_node_first_child(row); cell && cells.size() < columns; cell = cmark_node_next(cell))
        cells.push_back(inlines(cell));
      cells.resize(columns);
      if (cmark_gfm_extensions_get_table_row_is_header(row)) {
        bool all_empty = std::all_of(cells.begin(), cells.end(), [](const Inlines& c) { return c.empty(); });
        if (!all_empty) table.header = std::move(cells);
      } else {
        table.rows.push_back(std::move(cells));
      }
    }
    return table;
  }

  void html_block(cmark_node* node) {
    std::string html = trim(cmark_node_get_literal(node) ? cmark_node_get_literal(node) : "");
    if (html.rfind("<!--", 0) != 0 || html.size() < 7 || html.compare(html.size() - 3, 3, "-->") != 0) return;
    std::istringstream words(html.substr(4, html.size() - 7));
    std::string command;
    words >> command;
    if (command.rfind("sygedok:", 0) != 0) return;  // an ordinary comment
    if (command == "sygedok:new-page") {
      new_page_ = true;
      return;
    }
    if (pending_) marker_problem(pending_->line, "står ikke lige før en tabel");
    Marker marker;
    marker.line = cmark_node_get_start_line(node);
    std::vector<std::string> arguments;
    for (std::string word; words >> word;) arguments.push_back(word);
    if (command == "sygedok:letterhead" && arguments.empty()) {
      marker.role = Table::Role::Letterhead;
    } else if (command == "sygedok:running-head" && arguments.empty()) {
      marker.role = Table::Role::RunningHead;
    } else if (command == "sygedok:timeline" && arguments.size() == 2) {
      marker.role = Table::Role::Timeline;
      marker.field_names = std::move(arguments);
    } else if (command == "sygedok:score-chart" && arguments.size() == 2) {
      marker.role = Table::Role::ScoreChart;
      marker.field_names = std::move(arguments);
    } else if (command == "sygedok:signatures" && !arguments.empty()) {
      marker.role = Table::Role::Signatures;
      std::set<std::string> seen;
      for (const auto& name : arguments) {
        if (!is_field_name(name) || !seen.insert(name).second) {
          marker_problem(marker.line, "har et ugyldigt eller gentaget feltnavn »" + name + "«");
          return;
        }
      }
      marker.field_names = std::move(arguments);
    } else {
      marker_problem(marker.line, "»" + command + "« kendes ikke eller har forkerte argumenter");
      return;
    }
    pending_ = std::move(marker);
  }

  Inlines literal_lines(cmark_node* node) {
    Inlines out;
    in_name_ = false;
    std::string text = cmark_node_get_literal(node) ? cmark_node_get_literal(node) : "";
    while (!text.empty() && text.back() == '\n') text.pop_back();
    std::istringstream lines(text);
    std::string line;
    bool first = true;
    while (std::getline(lines, line)) {
      if (!first) out.push_back(Span{Span::Kind::HardBreak, "", false, false});
      append_text(out, line, false, false);
      first = false;
    }
    finish(out);
    return out;
  }

  Inlines inlines(cmark_node* parent) {
    Inlines out;
    in_name_ = false;
    inline_children(parent, false, false, out);
    finish(out);
    return out;
  }

  void inline_children(cmark_node* parent, bool bold, bool italic, Inlines& out) {
    for (cmark_node* node = cmark_node_first_child(parent); node; node = cmark_node_next(node))
      inline_node(node, bold, italic, out);
  }

  void inline_node(cmark_node* node, bool bold, bool italic, Inlines& out) {
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
        append_text(out, cmark_node_get_literal(node) ? cmark_node_get_literal(node) : "", bold, italic);
        return;
      case CMARK_NODE_SOFTBREAK:
        append_text(out, " ", bold, italic);
        return;
      case CMARK_NODE_LINEBREAK:
        out.push_back(Span{Span::Kind::HardBreak, "", bold, italic});
        return;
      case CMARK_NODE_HTML_INLINE:
        if (is_line_break_tag(cmark_node_get_literal(node) ? cmark_node_get_literal(node) : ""))
          out.push_back(Span{Span::Kind::HardBreak, "", bold, italic});
        return;
      case CMARK_NODE_STRONG:
        inline_children(node, true, italic, out);
        return;
      case CMARK_NODE_EMPH:
        inline_children(node, bold, true, out);
        return;
      default:  // links, images (their text), strikethrough and other extensions
        inline_children(node, bold, italic, out);
        return;
    }
  }

  // Adds text, merged into the previous span when it has the same style;
  // the name marks (kNameStart, kNameEnd) start and end name spans.
  void append_text(Inlines& out, std::string_view text, bool bold, bool italic) {
    while (!text.empty()) {
      const std::size_t start = text.find(kNameStart), end = text.find(kNameEnd);
      const std::size_t mark = std::min(start, end);
      append_piece(out, text.substr(0, mark), bold, italic);
      if (mark == std::string_view::npos) return;
      in_name_ = mark == start;
      text.remove_prefix(mark + (mark == start ? kNameStart.size() : kNameEnd.size()));
    }
  }

  void append_piece(Inlines& out, std::string_view text, bool bold, bool italic) const {
    if (text.empty()) return;
    if (!out.empty() && out.back().kind == Span::Kind::Text && out.back().bold == bold &&
        out.back().italic == italic && out.back().name == in_name_) {
      out.back().text += text;
    } else {
      out.push_back(Span{Span::Kind::Text, std::string(text), bold, italic, in_name_});
    }
  }

  static void finish(Inlines& spans) {
    for (auto& span : spans)
      if (span.kind == Span::Kind::Text) span.text = normalize_nfc(span.text);
  }

  std::optional<Marker> pending_;
  bool new_page_ = false;  // the next block begins a new page
  Diagnostics problems_;
  bool in_name_ = false;  // between kNameStart and kNameEnd in the current inlines
};

}  // namespace

Result<BlockDocument> parse_markdown(std::string_view markdown) {
  cmark_syntax_extension* table = table_extension();
  if (!table)
    return Result<BlockDocument>::failure(
        error("", "markdown_setup", "Tabeludvidelsen til Markdown (cmark-gfm) kunne ikke indlæses."));
  std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(CMARK_OPT_VALIDATE_UTF8));
  cmark_parser_attach_syntax_extension(parser.get(), table);
  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  std::unique_ptr<cmark_node, NodeDeleter> document(cmark_parser_finish(parser.get()));
  if (!document)
    return Result<BlockDocument>::failure(error("", "markdown_setup", "Markdown-teksten kunne ikke læses."));
  Converter converter;
  BlockDocument blocks = converter.convert(document.get());
  Diagnostics problems = converter.take_problems();
  if (!problems.empty()) return Result<BlockDocument>::failure(std::move(problems));
  return Result<BlockDocument>::success(std::move(blocks));
}

}  // namespace sygedok::markup
