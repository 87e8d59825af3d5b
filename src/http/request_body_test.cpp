#include "http/request_body.h"

#include <Poco/Exception.h>
#include <Poco/Net/NetException.h>
#include <gtest/gtest.h>

#include <sstream>
#include <streambuf>

namespace sygedok::http {
namespace {

BodyLimits limits(std::size_t max_bytes) {
  BodyLimits l;
  l.max_bytes = max_bytes;
  return l;
}

TEST(ReadBounded, ReadsADeclaredLengthExactly) {
  std::istringstream in("{\"a\":1}trailing");
  RequestBody body = read_bounded(in, 7, limits(100));
  EXPECT_EQ(body.status, BodyStatus::Complete);
  EXPECT_EQ(body.text, "{\"a\":1}");
}

TEST(ReadBounded, RefusesADeclaredLengthOverTheLimitWithoutReading) {
  std::istringstream in("0123456789");
  RequestBody body = read_bounded(in, 10, limits(9));
  EXPECT_EQ(body.status, BodyStatus::TooLarge);
  EXPECT_EQ(in.tellg(), 0);  // nothing consumed
}

TEST(ReadBounded, StopsAnUndeclaredBodyOneByteAfterTheLimit) {
  std::string big(200000, 'x');
  std::istringstream in(big);
  RequestBody body = read_bounded(in, std::nullopt, limits(100000));
  EXPECT_EQ(body.status, BodyStatus::TooLarge);
  EXPECT_EQ(in.tellg(), 100001);
}

TEST(ReadBounded, AcceptsAnUndeclaredBodyOfExactlyTheLimit) {
  std::string exact(100000, 'y');
  std::istringstream in(exact);
  RequestBody body = read_bounded(in, std::nullopt, limits(100000));
  EXPECT_EQ(body.status, BodyStatus::Complete);
  EXPECT_EQ(body.text.size(), 100000u);
}

TEST(ReadBounded, AShortBodyIsBroken) {
  std::istringstream in("abc");
  EXPECT_EQ(read_bounded(in, 10, limits(100)).status, BodyStatus::Broken);
}

// A stream buffer that yields some bytes and then throws what a socket would.
class FailingBuffer : public std::streambuf {
 public:
  explicit FailingBuffer(bool timeout) : timeout_(timeout) { setg(data_, data_, data_ + 3); }

 protected:
  int_type underflow() override {
    if (timeout_) throw Poco::TimeoutException("receive");
    throw Poco::Net::NetException("reset");
  }

 private:
  char data_[3] = {'a', 'b', 'c'};
  bool timeout_;
};

TEST(ReadBounded, ATimeoutWhileReadingIsReported) {
  FailingBuffer buffer(true);
  std::istream in(&buffer);
  EXPECT_EQ(read_bounded(in, 10, limits(100)).status, BodyStatus::TimedOut);
}

TEST(ReadBounded, ANetworkErrorWhileReadingIsBroken) {
  FailingBuffer buffer(false);
  std::istream in(&buffer);
  EXPECT_EQ(read_bounded(in, std::nullopt, limits(100)).status, BodyStatus::Broken);
}

}  // namespace
}  // namespace sygedok::http
