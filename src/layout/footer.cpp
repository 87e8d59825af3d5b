#include "layout/footer.h"

#include <string>

namespace sygedok::layout {

void add_page_footers(std::vector<FramePage>& pages, const FontMetrics& metrics, const LayoutStyle& style,
                      TextProblems& problems) {
  const std::string total = std::to_string(pages.size());
  StyledText measured;
  for (std::size_t i = 0; i < pages.size(); ++i) {
    TextItem footer;
    footer.text = "Side " + std::to_string(i + 1) + " af " + total;
    footer.style = FontStyle::Regular;
    footer.size = style.small_size;
    footer.color = style.muted_color;
    build_plain_text(footer.text, footer.style, footer.size, metrics, problems, measured);
    const double right = pages[i].size.width - style.margin_right;
    footer.origin = {right - measured.width(0, measured.length()),
                     pages[i].size.height - style.footer_baseline_from_bottom};
    pages[i].items.emplace_back(std::move(footer));
  }
}

}  // namespace sygedok::layout
