// The sygedok executable: hands its arguments to the CLI.
#include <iostream>
#include <string>
#include <vector>

#include "cli/cli.h"

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  return sygedok::cli::run_cli(args, std::cout, std::cerr);
}
