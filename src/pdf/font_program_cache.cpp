#include "pdf/font_program_cache.h"

namespace sygedok::pdf {

std::shared_ptr<const CompressedFontProgram> FontProgramCache::find(const std::string& key) const {
  std::lock_guard lock(mutex_);
  const auto it = entries_.find(key);
  return it == entries_.end() ? nullptr : it->second;
}

void FontProgramCache::insert(const std::string& key, std::shared_ptr<const CompressedFontProgram> program) {
  if (capacity_ == 0 || !program) return;
  std::lock_guard lock(mutex_);
  if (!entries_.emplace(key, std::move(program)).second) return;
  order_.push_back(key);
  if (order_.size() > capacity_) {
    entries_.erase(order_.front());
    order_.pop_front();
  }
}

std::size_t FontProgramCache::size() const {
  std::lock_guard lock(mutex_);
  return entries_.size();
}

}  // namespace sygedok::pdf
