#pragma once
// The JSON data files of one sort that an organisation may overlay, such as
// the follow-up policies (templates/policies/) or the dialogue tool's
// questionnaires (templates/dialogue/): first the built-in files (compiled
// into the binary under `builtin_prefix`), then the *.json files of
// overlay_dir/`folder` in name order, so a caller that keys them by id lets
// the overlay's replace the built-in ones. Pure functions over the file
// system and the embedded resources; thread-safe.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"

namespace sygedok::model {

// One file's text and where it came from (the resource key or the path).
struct DataFile {
  std::string text;
  std::string origin;
};

// A file that cannot be read or is larger than `max_bytes` is an error with
// `code` naming the file; the others are still returned.
std::vector<DataFile> builtin_and_overlay_files(std::string_view builtin_prefix,
                                                const std::optional<std::string>& overlay_dir, std::string_view folder,
                                                std::size_t max_bytes, std::string_view code, Diagnostics& problems);

}  // namespace sygedok::model
