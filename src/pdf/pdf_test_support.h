#pragma once
// Helpers for the pdf stage's tests (header only, included by *_test.cpp):
// the embedded fonts, small frame documents, running external judges
// (qpdf, pdfinfo, pdfsig, …) on PDF bytes, and reading the objects of an
// uncompressed PDF as text. Not thread-safe (tests run one at a time).
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "pdf/pdf_writer.h"
#include "core/temp_dir_test_support.h"

namespace sygedok::pdf::test {

namespace fs = std::filesystem;

inline const font::FontFamily& fonts() {
  static const auto family = [] {
    auto loaded = font::FontFamily::load_embedded();
    if (!loaded) {
      ADD_FAILURE() << "fonts: " << loaded.diagnostics().front().message;
      std::abort();
    }
    return std::move(loaded).take();
  }();
  return *family;
}

inline TextItem text(double x, double y, std::string content, FontStyle style = FontStyle::Regular,
                     double size = 11) {
  TextItem item;
  item.origin = {x, y};
  item.style = style;
  item.size = size;
  item.text = std::move(content);
  return item;
}

// One A4 page with one line of text and Danish metadata.
inline FrameDocument one_line_document(const std::string& line) {
  FrameDocument document;
  document.info.title = "Referat af fraværssamtale";
  document.info.author = "Eksempel Kommune";
  document.info.subject = "Opfølgning på sygefravær";
  FramePage page;
  page.size = {mm(210), mm(297)};
  page.items.push_back(text(mm(25), mm(40), line));
  document.pages.push_back(std::move(page));
  return document;
}

inline std::string write_or_fail(const FrameDocument& document, PdfOptions options = {}) {
  auto result = write_pdf(document, fonts(), options);
  EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.diagnostics().front().message);
  return result.ok() ? result.value() : std::string();
}

struct ToolRun {
  int exit_code = -1;
  std::string out, err;
};

using sygedok::testing::TempDir;

inline std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline void write_file(const fs::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

// `text` as one single-quoted shell word.
inline std::string shell_quote(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

// Runs a shell command line, capturing stdout and stderr.
inline ToolRun run_command(const std::string& command) {
  TempDir dir;
  const std::string line = "(" + command + ") > '" + (dir / "out").string() + "' 2> '" + (dir / "err").string() +
                           "' < /dev/null";
  ToolRun run;
  const int status = std::system(line.c_str());
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.out = read_file(dir / "out");
  run.err = read_file(dir / "err");
  return run;
}

// Runs `command FILE arguments` on `pdf` (written to a temporary FILE).
inline ToolRun judge(const std::string& command, const std::string& pdf, const std::string& arguments = "") {
  TempDir dir;
  write_file(dir / "doc.pdf", pdf);
  return run_command(command + " '" + (dir / "doc.pdf").string() + "'" + arguments);
}

// `pdf` with its object streams unpacked by qpdf (every object at the top
// level, stream data as it was), so that its dictionaries can be read as
// text; qpdf renumbers the objects.
inline std::string unpacked(const std::string& pdf) {
  TempDir dir;
  write_file(dir / "packed.pdf", pdf);
  const auto run = run_command("qpdf --object-streams=disable --stream-data=preserve '" +
                               (dir / "packed.pdf").string() + "' '" + (dir / "plain.pdf").string() + "'");
  if (run.exit_code != 0) ADD_FAILURE() << "qpdf could not unpack the PDF: " << run.err;
  return read_file(dir / "plain.pdf");
}

// The text of object `number` ("N 0 obj" … "endobj") of an uncompressed
// PDF, with its stream data if it has one; empty when absent.
inline std::string object_text(const std::string& pdf, int number) {
  const std::string head = "\n" + std::to_string(number) + " 0 obj\n";
  const auto start = pdf.find(head);
  if (start == std::string::npos) return "";
  const auto end = pdf.find("\nendobj", start + head.size());
  return end == std::string::npos ? "" : pdf.substr(start + head.size(), end - start - head.size());
}

// Numbers of the objects whose text contains `needle`, in file order.
inline std::vector<int> objects_containing(const std::string& pdf, const std::string& needle) {
  std::vector<int> numbers;
  static const std::regex head("\n(\\d+) 0 obj\n");
  for (auto it = std::sregex_iterator(pdf.begin(), pdf.end(), head); it != std::sregex_iterator(); ++it) {
    const int number = std::stoi((*it)[1].str());
    if (object_text(pdf, number).find(needle) != std::string::npos) numbers.push_back(number);
  }
  return numbers;
}

// The numbers of the array after `key` ("/Rect" -> its four values).
inline std::vector<double> numbers_of(const std::string& text, const std::string& key) {
  std::vector<double> values;
  const auto at = text.find(key + " [");
  if (at == std::string::npos) return values;
  const auto end = text.find(']', at);
  std::istringstream in(text.substr(at + key.size() + 2, end - at - key.size() - 2));
  for (double value; in >> value;) values.push_back(value);
  return values;
}

// The object number a key refers to ("/P 12 0 R" -> 12), or -1.
inline int reference_of(const std::string& text, const std::string& key) {
  std::smatch match;
  if (!std::regex_search(text, match, std::regex(key + " (\\d+) 0 R"))) return -1;
  return std::stoi(match[1].str());
}

// The decoded data of stream object `number`, as qpdf reads it.
inline std::string stream_data(const std::string& pdf, int number) {
  return judge("qpdf --show-object=" + std::to_string(number) + " --filtered-stream-data", pdf).out;
}

// The value pdfinfo prints for `key` ("Title" -> "Referat ..."); pdfinfo
// pads the labels to a width that differs between poppler versions.
inline std::string info_field(const std::string& pdfinfo_output, const std::string& key) {
  std::istringstream lines(pdfinfo_output);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.rfind(key + ":", 0) != 0) continue;
    const auto value = line.find_first_not_of(' ', key.size() + 1);
    return value == std::string::npos ? "" : line.substr(value);
  }
  return "<missing>";
}

}  // namespace sygedok::pdf::test
