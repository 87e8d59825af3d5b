#pragma once
// The fixture of the tagged-PDF judges (tagged_pdf_test.cpp,
// tagged_pdf_objects_test.cpp): one rendered sample, its objects read
// through qpdf on first use, its pages as pdf.js reads them. One instance
// per test; not thread-safe.
#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <vector>

#include "pdf_objects.h"
#include "pdfjs_structure.h"
#include "rendered_samples.h"

namespace sygedok::e2e {

class TaggedPdf : public ::testing::TestWithParam<Sample> {
 protected:
  void SetUp() override { pdf_ = rendered_pdf(GetParam()); }
  const PdfObjects& objects() {
    if (!objects_) objects_ = std::make_unique<PdfObjects>(pdf_);
    return *objects_;
  }
  std::vector<PdfjsPage> pdfjs() { return pdfjs_pages(pdf_); }

  std::filesystem::path pdf_;
  std::unique_ptr<PdfObjects> objects_;
};

}  // namespace sygedok::e2e
