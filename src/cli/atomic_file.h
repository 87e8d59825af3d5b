#pragma once
// Writes files so that readers see either the old file or the whole new one,
// never a half-written file: the bytes go to a temporary file in the same
// folder, which is then renamed over the target. Thread-safe (no shared state).
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"

namespace sygedok::cli {

// Returns an empty list on success, otherwise one error naming the path.
Diagnostics write_file_atomically(const std::string& path, std::string_view bytes);

struct FileToWrite {
  std::string path;
  std::string_view bytes;
};

// Several files that belong together (a PDF and its envelope), all or none:
// every file goes to its temporary file first, and only when all are written
// are they renamed into place. Should a rename fail, the files already
// renamed are removed again (a target they replaced is then gone too).
// The paths must differ.
Diagnostics write_files_atomically(const std::vector<FileToWrite>& files);

// Reads a whole file ("-" reads standard input).
bool read_file(const std::string& path, std::string& bytes);

}  // namespace sygedok::cli
