#pragma once
// The command line: `sygedok render|validate|kinds|help`. run_cli() parses
// the arguments, calls the render engine and writes files atomically; it is
// what main() calls and what the CLI tests call. Exit codes are ExitCode.
#include <iosfwd>
#include <string>
#include <vector>

namespace sygedok::cli {

enum ExitCode : int {
  kOk = 0,
  kInvalidInput = 1,   // the input has errors (malformed JSON, validation errors, characters the fonts lack)
  kUsage = 2,          // unknown command or option, missing argument
  kIoError = 3,        // an input file could not be read or an output file not written
  kStartupError = 4,   // fonts or templates could not be loaded (e.g. a broken --templates overlay)
};

int run_cli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace sygedok::cli
