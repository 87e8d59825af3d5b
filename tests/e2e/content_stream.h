#pragma once
// The operations of a PDF content stream (ISO 32000-1 7.8.2), read token by
// token, for tests that judge what a page draws and how it is marked:
// operands are kept as the tokens they were written as ("/P", "<<",
// "/MCID", "3", ">>", "(text)", "[", ...). Inline images (BI … ID … EI)
// become one operation "BI" without their data.
#include <string>
#include <vector>

namespace sygedok::e2e {

struct ContentOperation {
  std::string op;                     // "BDC", "Tj", "re", ...
  std::vector<std::string> operands;  // the tokens since the previous operator
};

std::vector<ContentOperation> parse_content_stream(const std::string& data);

// How a page's content is marked: what is wrong, the MCIDs in content
// order, and how many operators show text or paint.
struct MarkedContent {
  std::vector<std::string> problems;
  std::vector<int> mcids;
  int painting_operators = 0;
};

// Every operator that shows text or paints (ISO 32000-1 tables 51, 59, 77,
// 87, 107) must lie inside exactly one marked-content sequence, which is
// either real content (`/Tag <</MCID n>> BDC`) or an artifact (`/Artifact
// BMC` or `/Artifact <<…>> BDC`); no sequence inside another; each MCID once.
MarkedContent judge_marked_content(const std::string& content);

}  // namespace sygedok::e2e
