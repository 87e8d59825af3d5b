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

}  // namespace sygedok::e2e
