// The API description endpoints against a real server on port 0.
#include <Poco/JSON/Parser.h>
#include <Poco/String.h>

#include <set>
#include <sstream>

#include "http/openapi_document.h"
#include "http/router.h"
#include "http/server.h"
#include "http/static_files.h"
#include "http/test_support.h"
#include "model/json_schema.h"

namespace sygedok::http {
namespace {

using namespace testing;

TEST(SchemaEndpoint, ServesTheKindsSchemaWithoutAKey) {
  RunningServer running;
  HttpAnswer answer = get(running.port(), "/v1/schemas/referat");
  ASSERT_EQ(answer.status, 200) << answer.body;
  EXPECT_EQ(answer.header("Content-Type"), "application/schema+json");
  EXPECT_EQ(answer.body, *model::json_schema("referat"));
}

TEST(SchemaEndpoint, UnknownKindIs404Problem) {
  RunningServer running;
  HttpAnswer answer = get(running.port(), "/v1/schemas/kaffeaftale");
  EXPECT_EQ(answer.status, 404);
  EXPECT_EQ(answer.header("Content-Type"), "application/problem+json");
}

TEST(OpenApi, DescribesEveryRouteAndEmbedsEachKindsSchema) {
  RunningServer running;
  HttpAnswer answer = get(running.port(), "/openapi.json");
  ASSERT_EQ(answer.status, 200);
  auto document = parse_object(answer.body);
  EXPECT_EQ(document->getValue<std::string>("openapi"), "3.1.0");
  auto paths = document->getObject("paths");
  for (const char* path : {"/v1/documents/referat", "/v1/documents/referat/memo", "/v1/validate/referat", "/v1/plan",
                           "/v1/schemas/{kind}", "/openapi.json", "/healthz", "/readyz", "/metrics"})
    EXPECT_TRUE(paths->has(path)) << path;
  // A letter to the employee has a Digital Post operation, the manager's plan has none.
  EXPECT_FALSE(paths->has("/v1/documents/opfoelgningsplan/memo"));
  // The per-kind templates are filled in and gone.
  EXPECT_FALSE(paths->has("/v1/documents/{kind}"));
  auto render = paths->getObject("/v1/documents/svar_fastholdelsesplan")->getObject("post");
  EXPECT_EQ(render->getValue<std::string>("operationId"), "renderSvarFastholdelsesplan");
  EXPECT_FALSE(render->has("parameters"));
  // The summary is the schema's title: the kind's name is declared once.
  const auto title = parse_object(*model::json_schema("svar_fastholdelsesplan"))->getValue<std::string>("title");
  EXPECT_EQ(render->getValue<std::string>("summary"), title + " som PDF");
  // 4xx answers from the operation's shape: a body, a key.
  auto responses = render->getObject("responses");
  for (const char* status : {"400", "401", "403", "408", "413", "415", "422", "429", "default"})
    EXPECT_TRUE(responses->has(status)) << status;
  auto health = paths->getObject("/healthz")->getObject("get")->getObject("responses");
  EXPECT_FALSE(health->has("401"));
  EXPECT_TRUE(health->has("429"));
  auto schemas = document->getObject("components")->getObject("schemas");
  auto referat = schemas->getObject("referat");
  ASSERT_TRUE(referat);
  // Without its $id, its references spelled from the document's root.
  EXPECT_FALSE(referat->has("$id"));
  EXPECT_EQ(referat->getObject("properties")->getObject("employee")->getValue<std::string>("$ref"),
            "#/components/schemas/referat/$defs/employee");
  auto kinds = document->getObject("components")->getObject("parameters")->getObject("kind")->getObject("schema")
                   ->getArray("enum");
  ASSERT_TRUE(kinds);
  EXPECT_EQ(kinds->getElement<std::string>(0), "referat");
}

// Declared once: every route of the service but the web pages is an
// operation of the OpenAPI document (a {kind} route as one per kind), needs
// a key exactly when the route does, and every documented path is routed.
TEST(OpenApi, NamesEveryRouteOfTheServiceAndNoOther) {
  std::ostringstream log;
  ServiceState state({}, std::nullopt, log);
  Router router(state);
  add_service_routes(router, state);
  auto paths = parse_object(openapi_document())->getObject("paths");
  std::set<std::pair<std::string, std::string>> documented;  // method, route template
  for (const auto& [path, item] : *paths) {
    auto routed = router.match(path);
    ASSERT_TRUE(routed) << path << " is in the OpenAPI document but not routed";
    for (const auto& [method, operation] : *item.extract<Poco::JSON::Object::Ptr>()) {
      std::string upper = Poco::toUpper(method);
      documented.insert({upper, routed->route});
      auto security = operation.extract<Poco::JSON::Object::Ptr>()->getArray("security");
      bool is_public = security && security->size() == 1 && security->getObject(0)->size() == 0;
      for (const auto& route : router.listed())
        if (route.method == upper && route.route_template == routed->route)
          EXPECT_EQ(is_public, route.access == Access::Public) << method << " " << path;
    }
  }
  for (const auto& route : router.listed())
    if (!dynamic_cast<const StaticFileEndpoint*>(route.endpoint))
      EXPECT_TRUE(documented.contains({route.method, route.route_template}))
          << route.method << " " << route.route_template << " is routed but not in the OpenAPI document";
}

}  // namespace
}  // namespace sygedok::http
