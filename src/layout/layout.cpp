#include "layout/layout.h"

#include "layout/block_layout.h"
#include "layout/footer.h"
#include "layout/layout_context.h"
#include "layout/paginator.h"
#include "layout/vertical_list.h"

namespace sygedok::layout {

Result<FrameDocument> lay_out(const BlockDocument& document, const FontMetrics& metrics,
                              const Hyphenator* hyphenator, const LayoutStyle& style, DocumentInfo info) {
  LayoutContext context(metrics, hyphenator, style);
  VerticalList list;
  BlockLayout(context, list).lay_out_sequence(document.blocks, context.text_left(), context.text_width(), false);
  if (context.problems.any()) return Result<FrameDocument>::failure(context.problems.take());

  FrameDocument frame;
  frame.info = std::move(info);
  frame.pages = paginate(list, style);
  add_page_footers(frame.pages, metrics, style, context.problems);
  if (context.problems.any()) return Result<FrameDocument>::failure(context.problems.take());
  return Result<FrameDocument>::success(std::move(frame));
}

}  // namespace sygedok::layout
