#pragma once
// The render engine shared by the JSON fuzz targets: loaded once per
// process (fonts, hyphenation, templates); Engine is thread-safe and const.
#include <cstdlib>

#include "digitalpost/memo_options.h"
#include "render/engine.h"

namespace sygedok::fuzz {

inline const render::Engine& engine() {
  static const std::shared_ptr<const render::Engine> loaded = [] {
    auto created = render::Engine::create();
    if (!created) std::abort();
    return std::move(created).take();
  }();
  return *loaded;
}

}  // namespace sygedok::fuzz
