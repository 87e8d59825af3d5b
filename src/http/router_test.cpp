// The router's matching, and the guarantees of GuardedHandler on a bare
// Poco server with test endpoints: an exception becomes a problem+json 500,
// and an unread body does not break the connection.
#include "http/router.h"

#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/String.h>

#include <stdexcept>

#include "http/test_support.h"

namespace sygedok::http {
namespace {

using namespace testing;

class ThrowingEndpoint : public Endpoint {
 public:
  Reply handle(Poco::Net::HTTPServerRequest&, RequestContext&) const override {
    throw std::runtime_error("a bug, not bad input");
  }
};

class HelloEndpoint : public Endpoint {
 public:
  Reply handle(Poco::Net::HTTPServerRequest&, RequestContext& context) const override {
    Reply reply;
    reply.content_type = "text/plain";
    reply.body = "hej " + context.params.at("name");
    return reply;
  }
};

TEST(Router, MatchesTemplatesSegmentBySegment) {
  std::ostringstream log;
  ServiceState state({}, std::nullopt, log);
  Router router(state);
  add_service_routes(router, state);
  router.add("GET", "/hello/{name}", std::make_shared<HelloEndpoint>(), Access::Public);

  auto documents = router.match("/v1/documents/referat");
  ASSERT_TRUE(documents);
  EXPECT_EQ(documents->route, "/v1/documents/{kind}");
  EXPECT_EQ(documents->params.at("kind"), "referat");
  EXPECT_EQ(router.match("/hello/anna")->params.at("name"), "anna");
  EXPECT_EQ(router.match("/healthz")->route, "/healthz");
  EXPECT_FALSE(router.match("/v1/documents/"));          // an empty parameter
  EXPECT_FALSE(router.match("/v1/documents/referat/x"));  // too many segments
  EXPECT_FALSE(router.match("/v1/documents"));
  EXPECT_FALSE(router.match("healthz"));
}

// A bare Poco server with a Router holding only test endpoints.
class BareServer {
 public:
  BareServer() : state_({}, std::nullopt, log_) {
    auto router = new Router(state_);
    router->add("GET", "/boom", std::make_shared<ThrowingEndpoint>(), Access::Public);
    router->add("POST", "/boom", std::make_shared<ThrowingEndpoint>(), Access::Public);
    router->add("GET", "/hello/{name}", std::make_shared<HelloEndpoint>(), Access::Public);
    router->add("POST", "/hello/{name}", std::make_shared<HelloEndpoint>(), Access::Public);
    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
    server_ = std::make_unique<Poco::Net::HTTPServer>(router, socket, new Poco::Net::HTTPServerParams);
    server_->start();
  }
  ~BareServer() { server_->stopAll(true); }
  std::uint16_t port() const { return server_->port(); }

 private:
  std::ostringstream log_;
  ServiceState state_;
  std::unique_ptr<Poco::Net::HTTPServer> server_;
};

TEST(GuardedHandler, AnExceptionInAnEndpointIsAProblem500) {
  BareServer bare;
  HttpAnswer answer = get(bare.port(), "/boom");
  EXPECT_EQ(answer.status, 500);
  EXPECT_EQ(answer.header("Content-Type"), "application/problem+json");
  EXPECT_NE(answer.body.find("\"status\":500"), std::string::npos);
  EXPECT_FALSE(answer.header("X-Request-Id").empty());
  EXPECT_EQ(answer.body.find("a bug"), std::string::npos);  // internals stay inside
}

TEST(GuardedHandler, AnUnreadBodyEndsTheConnectionButTheAnswerArrives) {
  BareServer bare;
  Poco::Net::HTTPClientSession session("127.0.0.1", bare.port());
  HttpAnswer first = call(session, {.method = "POST", .path = "/hello/anna", .body = std::string(100000, 'x')});
  EXPECT_EQ(first.status, 200);
  EXPECT_EQ(first.body, "hej anna");
  EXPECT_EQ(Poco::toLower(first.header("Connection")), "close");
  // The client session reconnects by itself; the server is fine.
  EXPECT_EQ(call(session, {.method = "GET", .path = "/hello/bo"}).body, "hej bo");
  EXPECT_EQ(call(session, {.method = "POST", .path = "/boom", .body = "{}"}).status, 500);
}

}  // namespace
}  // namespace sygedok::http
