#pragma once
// Validation of a MeMo message against the official XSD with libxml2
// (the same engine as `xmllint --schema`). A KombiPostAfsend request is
// validated by its memo:Message. Used by the tests, and by any caller that
// wants to check a message before it goes out. A loaded MemoSchema is
// immutable; validate() may run on many threads at once.
#include <libxml/xmlschemas.h>

#include <memory>
#include <string>
#include <string_view>

#include "core/result.h"

namespace sygedok::digitalpost {

class MemoSchema {
 public:
  // `xsd_path`: e.g. ../shared/memo/xsd/1.2/MeMo_core.xsd (its imports are
  // resolved relative to it). Error "schema_load_failed".
  static Result<std::shared_ptr<const MemoSchema>> load(const std::string& xsd_path);

  // One error (code "memo_invalid") per problem libxml2 reports, with its
  // line; empty when the message is valid.
  Diagnostics validate(std::string_view xml) const;

  explicit MemoSchema(xmlSchemaPtr schema);
  ~MemoSchema();
  MemoSchema(const MemoSchema&) = delete;
  MemoSchema& operator=(const MemoSchema&) = delete;

 private:
  xmlSchemaPtr schema_;
};

}  // namespace sygedok::digitalpost
