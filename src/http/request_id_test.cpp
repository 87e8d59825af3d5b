#include "http/request_id.h"

#include <Poco/Net/HTTPRequest.h>
#include <gtest/gtest.h>

#include <regex>

namespace sygedok::http {
namespace {

std::string id_for(const std::string& offered) {
  Poco::Net::HTTPRequest request;
  request.set("X-Request-Id", offered);
  return request_id_for(request);
}

TEST(RequestId, EchoesAUuidAndAnOpaqueToken) {
  for (const char* offered : {"3f2a9c1e-7b4d-4e8a-9f3c-2d1e0b9a8c7f", "3F2A9C1E-7B4D-4E8A-9F3C-2D1E0B9A8C7F",
                              "k8Jd2LxQ9pZr4TbN", "abcdefghijklmnopqrstuvwxyz123456789"}) {
    EXPECT_TRUE(is_opaque_request_id(offered)) << offered;
    EXPECT_EQ(id_for(offered), offered);
  }
}

TEST(RequestId, ReplacesWhatCouldCarryACprNumber) {
  for (const char* offered : {"010190-1234", "0101-90-1234", "010190.1234", "0101901234", "x0101901234",
                              "cpr0101901234abcdef", "a1b2c3d4e5f6g7h8i9j0k",  // ten digits in total
                              "01019012-34ab-4cde-8f00-aaaaaaaaaaaa",       // a CPR across the first hyphen
                              "abcdef01-0190-1234-8f00-aaaaaaaaaaaa"}) {
    EXPECT_FALSE(is_opaque_request_id(offered)) << offered;
    EXPECT_NE(id_for(offered), offered);
  }
  // Ten digits in a row that cannot begin a CPR number (month 34) stay.
  EXPECT_TRUE(is_opaque_request_id("ab123456-7890-4abc-8def-abcdefabcdef"));
}

TEST(RequestId, ReplacesWhatCouldCarryAName) {
  for (const char* offered : {"Søren Hansen", "soren.hansen", "Soren_Hansen", "SorenHansen", "MetteFrederiksen",
                              "Mette-Frederiksen-2", "has space 1234567", "æøå", "", "trace-42.a_b",
                              "abc123"}) {  // short ids and separators could spell a name
    EXPECT_FALSE(is_opaque_request_id(offered)) << offered;
    EXPECT_NE(id_for(offered), offered);
  }
  EXPECT_FALSE(is_opaque_request_id(std::string(60, 'a') + "12345"));  // 65 characters
}

TEST(RequestId, OurOwnIdsAreOpaque) {
  std::regex shape("[A-Za-z0-9]{22}");
  for (int i = 0; i < 1000; ++i) {
    std::string id = new_request_id();
    EXPECT_TRUE(std::regex_match(id, shape)) << id;
    EXPECT_TRUE(is_opaque_request_id(id)) << id;
  }
  EXPECT_TRUE(is_opaque_request_id(request_id_for(Poco::Net::HTTPRequest())));
}

}  // namespace
}  // namespace sygedok::http
