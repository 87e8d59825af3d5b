#include "pdf/image_embedder.h"

#include "pdf/image_check.h"

namespace sygedok::pdf {

std::string ImageEmbedder::resource_name(const ImageData& image) {
  for (const Loaded& loaded : loaded_)
    if (loaded.data == &image) return loaded.name;
  Loaded entry;
  entry.data = &image;
  Diagnostics problems = check_image(image);
  if (problems.empty()) {
    entry.object = load(image);
    if (entry.object) entry.name = "Im" + std::to_string(++named_);
  } else {
    append(problems_, std::move(problems));
  }
  loaded_.push_back(entry);
  return entry.name;
}

HPDF_Image ImageEmbedder::object(std::string_view name) const {
  for (const Loaded& loaded : loaded_)
    if (!loaded.name.empty() && loaded.name == name) return loaded.object;
  return nullptr;
}

HPDF_Image ImageEmbedder::load(const ImageData& image) {
  if (!document_.ok()) return nullptr;
  const auto* bytes = reinterpret_cast<const HPDF_BYTE*>(image.bytes.data());
  const auto size = static_cast<HPDF_UINT>(image.bytes.size());
  if (image.format == ImageFormat::Jpeg) return document_.require(HPDF_LoadJpegImageFromMem(document_.get(), bytes, size));
  HPDF_Image object = document_.require(HPDF_LoadPngImageFromMem(document_.get(), bytes, size));
  // libharu stores the decoded samples; compress them as every other stream.
  if (object && document_.compress()) object->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
  return document_.check(HPDF_OK) ? object : nullptr;
}

}  // namespace sygedok::pdf
