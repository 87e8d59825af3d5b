#pragma once
// Loads the document's images into libharu once each: every ImageItem that
// shares an ImageData shares one image XObject, named /Im1, /Im2, … in the
// order of first use (so the output stays byte-stable). Each image is
// checked first (pdf/image_check.h): one libharu cannot embed safely is
// refused with a diagnostic and never handed to libpng. PNG samples are
// Flate-compressed when the document is; JPEG stays DCT as it is.
// One instance per document; not thread-safe.
#include <hpdf.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/frame.h"
#include "pdf/hpdf_document.h"

namespace sygedok::pdf {

class ImageEmbedder {
 public:
  explicit ImageEmbedder(HpdfDocument& document) : document_(document) {}

  // The resource name of `image`, loaded on first use; "" when it cannot be
  // embedded (see problems()) or libharu failed (see the document).
  std::string resource_name(const ImageData& image);
  // The XObject of a name resource_name() returned.
  HPDF_Image object(std::string_view name) const;
  // Images refused by check_image(), each once.
  const Diagnostics& problems() const { return problems_; }

 private:
  struct Loaded {
    const ImageData* data = nullptr;
    std::string name;          // "" when refused
    HPDF_Image object = nullptr;
  };
  HPDF_Image load(const ImageData& image);

  HpdfDocument& document_;
  std::vector<Loaded> loaded_;  // a handful at most: a linear search is enough
  int named_ = 0;
  Diagnostics problems_;
};

}  // namespace sygedok::pdf
