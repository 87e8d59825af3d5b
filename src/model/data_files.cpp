#include "model/data_files.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/resources.h"

namespace sygedok::model {

namespace fs = std::filesystem;

std::vector<DataFile> builtin_and_overlay_files(std::string_view builtin_prefix,
                                                const std::optional<std::string>& overlay_dir, std::string_view folder,
                                                std::size_t max_bytes, std::string_view code, Diagnostics& problems) {
  std::vector<DataFile> files;
  for (const auto& [name, text] : embedded_resources())
    if (name.starts_with(builtin_prefix) && name.ends_with(".json")) files.push_back({std::string(text), name});
  if (!overlay_dir) return files;
  std::error_code ec;
  const fs::path directory = fs::path(*overlay_dir) / folder;
  if (!fs::is_directory(directory, ec)) return files;
  std::vector<fs::path> paths;
  for (const auto& entry : fs::directory_iterator(directory, ec))
    if (entry.path().extension() == ".json") paths.push_back(entry.path());
  std::sort(paths.begin(), paths.end());
  for (const auto& path : paths) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in || text.str().size() > max_bytes) {
      problems.push_back(error("", std::string(code),
                               "Filen »" + path.string() + "« kunne ikke læses eller er større end " +
                                   std::to_string(max_bytes / 1024) + " KB."));
      continue;
    }
    files.push_back({text.str(), path.string()});
  }
  return files;
}

}  // namespace sygedok::model
