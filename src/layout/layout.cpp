#include "layout/layout.h"

#include "layout/block_layout.h"
#include "layout/first_page.h"
#include "layout/footer.h"
#include "layout/layout_context.h"
#include "layout/paginator.h"
#include "layout/running_head.h"
#include "layout/vertical_list.h"

namespace sygedok::layout {
namespace {

// The letterhead table, drawn beside the window address instead of in the flow.
// Every text item's glyphs, shaped as layout measured them, for the PDF.
void shape_text_items(std::vector<FramePage>& pages, const FontMetrics& metrics) {
  for (FramePage& page : pages)
    for (FrameItem& item : page.items)
      if (auto* text = std::get_if<TextItem>(&item)) {
        text->glyphs.clear();
        metrics.shape(text->style, text->text, text->size, text->glyphs);
      }
}

const Block* letterhead_block(const BlockDocument& document) {
  for (const Block& block : document.blocks)
    if (const auto* table = std::get_if<Table>(&block.node); table && table->role == Table::Role::Letterhead)
      return &block;
  return nullptr;
}

}  // namespace

Result<FrameDocument> lay_out(const BlockDocument& document, const FontMetrics& metrics,
                              const Hyphenator* hyphenator, const LayoutStyle& style, DocumentInfo info) {
  return lay_out(document, metrics, hyphenator, style, std::move(info), FirstPage{});
}

Result<FrameDocument> lay_out(const BlockDocument& document, const FontMetrics& metrics,
                              const Hyphenator* hyphenator, const LayoutStyle& style, DocumentInfo info,
                              const FirstPage& first_page) {
  LayoutContext context(metrics, hyphenator, style);
  const StructId root = context.add_element(StructRole::Document, kArtifact);
  const Block* letterhead = first_page.window ? letterhead_block(document) : nullptr;
  Diagnostics page_one_problems;
  FirstPageParts page_one = lay_out_first_page(
      first_page, letterhead ? &std::get<Table>(letterhead->node) : nullptr, root, context, page_one_problems);
  std::vector<FrameItem> running_head;
  if (const Table* head = running_head_table(document)) running_head = lay_out_running_head(*head, context);
  VerticalList list;
  BlockLayout(context, list)
      .lay_out_sequence(document.blocks, context.text_left(), context.text_width(), false, root, letterhead);
  if (context.problems.any() || !page_one_problems.empty()) {
    Diagnostics all = context.problems.take();
    append(all, std::move(page_one_problems));
    return Result<FrameDocument>::failure(std::move(all));
  }

  FrameDocument frame;
  frame.info = std::move(info);
  frame.structure = std::move(context.structure);
  frame.pages = paginate(list, style, page_one.flow_top);
  auto& first_items = frame.pages.front().items;
  first_items.insert(first_items.begin(), std::make_move_iterator(page_one.items.begin()),
                     std::make_move_iterator(page_one.items.end()));
  add_running_heads(frame.pages, running_head);
  add_page_footers(frame.pages, metrics, style, context.problems);
  if (context.problems.any()) return Result<FrameDocument>::failure(context.problems.take());
  shape_text_items(frame.pages, metrics);
  return Result<FrameDocument>::success(std::move(frame));
}

}  // namespace sygedok::layout
