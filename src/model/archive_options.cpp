#include "model/archive_options.h"

#include "model/json_reader.h"

namespace sygedok::model {

ArchiveOptions read_archive_options(const Poco::JSON::Object& request, Diagnostics& diagnostics) {
  ArchiveOptions options;
  JsonReader top(request, "", diagnostics);
  auto archive = top.object(kArchiveMember, "arkiveringsindstillingerne", Presence::Optional);
  if (!archive) return options;
  options.embed_source =
      archive->boolean("embed_source", "valget om at indlejre kildedata", Presence::Optional).value_or(false);
  archive->warn_unknown_fields();
  return options;
}

}  // namespace sygedok::model
