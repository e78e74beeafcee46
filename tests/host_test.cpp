// Tests for swr/host.hpp (swr::check_host) against the grammar written in the header's comments: a DNS name
// (RFC 1123 labels of [A-Za-z0-9-], 1-63 bytes, no '-' at either end, 253 bytes at most, no trailing dot), a
// dotted-quad IPv4 address (0-255, no leading zeros) or a bracketed RFC 4291 IPv6 address (no zone id),
// optionally followed by ":port" (1-65535, at most five digits). Every other byte is refused, so a host can
// never inject a header or a request line. Errors: `empty`@0, or `invalid_host` at the first offending byte,
// counted in bytes from the start of the whole host. Where a text ends too early, the host grammar reports
// the position where more was expected (its length), as check_dns_name does for "a.", check_port for "a:"
// and check_ipv4 for "1.2.3".
#include "swr/swr.hpp"

#include <cstddef>
#include <string>
#include <string_view>

#include "test_support.hpp"

using swr::check_host;
using swr::error;
using swr::error_code;
using swr::field;

namespace {
constexpr error accepted{};
constexpr error invalid(std::size_t position) {
  return {error_code::invalid_host, field::host, position, swr::no_offset};
}

bool is_alnum(unsigned char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_hex(unsigned char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// A name of exactly `size` bytes made of labels of at most 63 letters.
std::string name_of_size(std::size_t size) {
  std::string name;
  char letter = 'a';
  while (name.size() < size) {
    if (!name.empty()) name += '.';
    const std::size_t room = size - name.size();
    name.append(room < 63 ? room : 63, letter);
    letter = static_cast<char>(letter + 1);
  }
  return name;
}
}  // namespace

// Compiled in every build: check_host is usable in constant expressions and does not throw.
static_assert(check_host("swr-api.cn-north-4.myhuaweicloud.com") == accepted);
static_assert(check_host("[2001:db8::1]:8443") == accepted);
static_assert(check_host("192.0.2.1:443") == accepted);
static_assert(check_host("") == error{error_code::empty, field::host, 0, swr::no_offset});
static_assert(check_host("a..b") == invalid(2));
static_assert(check_host("a\r\nX-Evil: 1") == invalid(1));
static_assert(noexcept(check_host(std::string_view{})));

TEST_CASE("valid DNS names") {
  for (const char* host :
       {"localhost", "a", "Z", "example", "example.com", "host1", "1host", "123abc", "a1-b2.c3", "a--b",
        "xn--bcher-kva.example", "EXAMPLE.COM", "Swr-Api.Cn-North-4.MyHuaweiCloud.Com", "1e100.net", "a.b.c.d.e.f.g"}) {
    CAPTURE(host);
    CHECK(check_host(host) == accepted);
  }
}

TEST_CASE("every host of the region table is valid, with and without a port") {
  for (const swr::region& r : swr::regions) {
    CAPTURE(r.id);
    CHECK(check_host(r.host) == accepted);
    CHECK(check_host(std::string(r.host) + ":443") == accepted);
  }
}

TEST_CASE("label and name length limits: 63 and 253 bytes") {
  const std::string label63(63, 'a');
  CHECK(check_host(label63) == accepted);
  CHECK(check_host(label63 + ".com") == accepted);
  CHECK(check_host("x." + label63) == accepted);
  CHECK(check_host("a" + std::string(61, '-') + "b") == accepted);
  // The 64th byte of a label is the offending one.
  CHECK(check_host(std::string(64, 'a')) == invalid(63));
  CHECK(check_host(std::string(64, 'a') + ".com") == invalid(63));
  CHECK(check_host("x." + std::string(64, 'a')) == invalid(65));
  CHECK(check_host("a." + std::string(64, 'b') + ".c") == invalid(65));
  CHECK(check_host(std::string(100, 'a')) == invalid(63));

  const std::string name253 = name_of_size(253);
  REQUIRE(name253.size() == 253);
  CHECK(check_host(name253) == accepted);
  CHECK(check_host(name253 + ":65535") == accepted);  // the port does not count towards the 253 bytes
  const std::string name254 = name_of_size(254);
  REQUIRE(name254.size() == 254);
  CHECK(check_host(name254) == invalid(253));  // the first byte past the limit
  CHECK(check_host(name254 + ":443") == invalid(253));
  CHECK(check_host(name_of_size(1000)) == invalid(253));
}

TEST_CASE("labels: no '-' at either end, no empty label, only [A-Za-z0-9-]") {
  CHECK(check_host("") == error{error_code::empty, field::host, 0, swr::no_offset});
  CHECK(check_host("-a") == invalid(0));
  CHECK(check_host("a-") == invalid(1));
  CHECK(check_host("a-.b") == invalid(1));
  CHECK(check_host("a.-b") == invalid(2));
  CHECK(check_host("a.b-") == invalid(3));
  CHECK(check_host("-") == invalid(0));
  CHECK(check_host("a..b") == invalid(2));
  CHECK(check_host(".a") == invalid(0));
  CHECK(check_host(".") == invalid(0));
  CHECK(check_host("a.") == invalid(2));  // no trailing dot: the empty label is where the text ends
  CHECK(check_host("a.:443") == invalid(2));
  CHECK(check_host("a_b") == invalid(1));
  CHECK(check_host("_a") == invalid(0));
  CHECK(check_host("my_host.example.com") == invalid(2));
}

TEST_CASE("every byte value inside, before and after a label") {
  for (int value = 0; value < 256; ++value) {
    const auto byte = static_cast<unsigned char>(value);
    const char c = static_cast<char>(byte);
    CAPTURE(value);
    const bool label_byte = is_alnum(byte) || c == '-';

    // Inside: a label byte, or '.' between two labels; ':' starts a port, so the 'b' after it is refused.
    const std::string inside = std::string("a") + c + "b";
    if (label_byte || c == '.') {
      CHECK(check_host(inside) == accepted);
    } else if (c == ':') {
      CHECK(check_host(inside) == invalid(2));
    } else {
      CHECK(check_host(inside) == invalid(1));
    }

    // Before: only a letter or a digit starts a label. A leading '[' opens an IPv6 literal (tested below).
    if (c != '[') {
      const std::string before = std::string(1, c) + "ab";
      CHECK(check_host(before) == (is_alnum(byte) ? accepted : invalid(0)));
    }

    // After: only a letter or a digit ends a label; a trailing '.' or ':' leaves an empty label or port.
    const std::string after = std::string("ab") + c;
    if (is_alnum(byte)) {
      CHECK(check_host(after) == accepted);
    } else if (c == '.' || c == ':') {
      CHECK(check_host(after) == invalid(3));
    } else {
      CHECK(check_host(after) == invalid(2));
    }
  }
}

TEST_CASE("IPv4: dotted quads of 0-255 without leading zeros") {
  for (const char* host : {"0.0.0.0", "255.255.255.255", "192.0.2.1", "10.0.0.1", "127.0.0.1", "1.2.3.4",
                           "100.200.250.99", "0.0.0.0:1", "255.255.255.255:65535", "192.0.2.1:8080"}) {
    CAPTURE(host);
    CHECK(check_host(host) == accepted);
  }
  // An octet over 255 or with a leading zero is refused at its first digit.
  CHECK(check_host("256.1.1.1") == invalid(0));
  CHECK(check_host("1.256.1.1") == invalid(2));
  CHECK(check_host("1.2.3.256") == invalid(6));
  CHECK(check_host("1.2.3.999") == invalid(6));
  CHECK(check_host("999.1.1.1") == invalid(0));
  CHECK(check_host("01.2.3.4") == invalid(0));
  CHECK(check_host("1.02.3.4") == invalid(2));
  CHECK(check_host("1.2.3.00") == invalid(6));
  // A fourth digit cannot belong to an octet.
  CHECK(check_host("1.2.3.1000") == invalid(9));
  CHECK(check_host("1234.1.1.1") == invalid(3));
  // Three parts: the fourth octet was expected where the text ends; five parts: the fourth '.' is too many.
  CHECK(check_host("1.2.3") == invalid(5));
  CHECK(check_host("1.2.3:80") == invalid(5));
  CHECK(check_host("1.2.3.4.5") == invalid(7));
  CHECK(check_host("1.2.3.4.") == invalid(7));
  CHECK(check_host("1..2.3") == invalid(2));
  CHECK(check_host(".1.2.3") == invalid(0));
  // All digits is taken for an address, not a name: a bare number is an incomplete dotted quad.
  CHECK(check_host("9") == invalid(1));
  CHECK(check_host("123") == invalid(3));
  CHECK(check_host("2130706433") == invalid(3));
}

TEST_CASE("ports: 1-65535, at most five digits") {
  for (const char* host : {"a:1", "a:65535", "localhost:8443", "example.com:443", "a:80", "a:9", "a:10000"}) {
    CAPTURE(host);
    CHECK(check_host(host) == accepted);
  }
  // A value out of range is refused as a whole, at its first digit.
  CHECK(check_host("a:0") == invalid(2));
  CHECK(check_host("a:65536") == invalid(2));
  CHECK(check_host("a:99999") == invalid(2));
  CHECK(check_host("example.com:70000") == invalid(12));
  // A sixth digit is the offending byte.
  CHECK(check_host("a:123456") == invalid(7));
  CHECK(check_host("a:000001") == invalid(7));
  // Empty after ':' (where the digits were expected), or not a digit.
  CHECK(check_host("a:") == invalid(2));
  CHECK(check_host("example.com:") == invalid(12));
  CHECK(check_host("a:x") == invalid(2));
  CHECK(check_host("a:8x") == invalid(3));
  CHECK(check_host("a:-1") == invalid(2));
  CHECK(check_host("a:+80") == invalid(2));
  CHECK(check_host("a: 80") == invalid(2));
  CHECK(check_host("a:80 ") == invalid(4));
  CHECK(check_host("a:80:90") == invalid(4));
  CHECK(check_host(":80") == invalid(0));  // no name before the port
}

TEST_CASE("every port number from 0 to 99999, and six digits") {
  for (unsigned port = 0; port < 100000; ++port) {
    CAPTURE(port);
    const error expected = port >= 1 && port <= 65535 ? accepted : invalid(2);
    CHECK(check_host("a:" + std::to_string(port)) == expected);
  }
  CHECK(check_host("a:100000") == invalid(7));
}

TEST_CASE("every byte value after a port digit") {
  for (int value = 0; value < 256; ++value) {
    const char c = static_cast<char>(value);
    CAPTURE(value);
    const std::string host = std::string("a:8") + c;
    CHECK(check_host(host) == (c >= '0' && c <= '9' ? accepted : invalid(3)));
  }
}

TEST_CASE("unbracketed IPv6 addresses are refused") {
  // The first ':' starts a port; what precedes it is a (here empty or numeric) name.
  CHECK(check_host("::1") == invalid(0));
  CHECK(check_host("::") == invalid(0));
  CHECK(check_host("fe80::1") == invalid(5));      // "fe80" is a name, ":1" is not a port
  CHECK(check_host("2001:db8::1") == invalid(3));  // "2001" is all digits: an IPv4 address missing its '.'
  CHECK(check_host("::ffff:192.0.2.1") == invalid(0));
}

TEST_CASE("bracketed IPv6 addresses") {
  for (const char* host : {"[::]",
                           "[::1]",
                           "[2001:db8::1]",
                           "[2001:DB8::1]",
                           "[fe80::1]",
                           "[1::]",
                           "[1::2]",
                           "[1:2:3:4:5:6:7:8]",
                           "[2001:0db8:0000:0000:0000:ff00:0042:8329]",
                           "[ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff]",
                           "[1:2:3:4:5:6:7::]",
                           "[::2:3:4:5:6:7:8]",
                           "[1:2:3::6:7:8]",
                           "[::ffff:192.0.2.1]",
                           "[::192.0.2.1]",
                           "[1:2:3:4:5:6:1.2.3.4]",
                           "[64:ff9b::192.0.2.33]",
                           "[::1]:1",
                           "[::1]:65535",
                           "[::1]:8443",
                           "[2001:db8::1]:443",
                           "[::ffff:192.0.2.1]:8080",
                           "[1:2:3:4:5:6:7:8]:443"}) {
    CAPTURE(host);
    CHECK(check_host(host) == accepted);
  }
}

TEST_CASE("bracketed IPv6: errors inside the address") {
  // A second "::" is refused at its second ':'.
  CHECK(check_host("[1::2::3]") == invalid(6));
  CHECK(check_host("[::1::]") == invalid(5));
  CHECK(check_host("[:::]") == invalid(3));
  CHECK(check_host("[1:::2]") == invalid(4));
  // A fifth hex digit.
  CHECK(check_host("[12345::1]") == invalid(5));
  CHECK(check_host("[2001:db8:12345::1]") == invalid(14));
  // Not a hex digit.
  CHECK(check_host("[2001:db8::g]") == invalid(11));
  CHECK(check_host("[::1g]") == invalid(4));
  CHECK(check_host("[g::1]") == invalid(1));
  CHECK(check_host("[zz]") == invalid(1));
  // A single ':' cannot start an address; a trailing single ':' is refused where it stands.
  CHECK(check_host("[:1]") == invalid(1));
  CHECK(check_host("[1:]") == invalid(2));
  // Nothing between the brackets: the address was expected at the ']'.
  CHECK(check_host("[]") == invalid(1));
  // A zone id is not part of a Host.
  CHECK(check_host("[fe80::1%eth0]") == invalid(8));
  CHECK(check_host("[fe80::1%25eth0]:443") == invalid(8));
  // The embedded IPv4 tail follows the IPv4 rules.
  CHECK(check_host("[::ffff:256.1.1.1]") == invalid(8));
  CHECK(check_host("[::ffff:01.1.1.1]") == invalid(8));
  CHECK(check_host("[::ffff:1.2.3.4.5]") == invalid(15));
  // Too many groups, counting an IPv4 tail as two (positions: see the test case on group counts).
  CHECK(check_host("[1:2:3:4:5:6:7:1.2.3.4]").code == error_code::invalid_host);
  CHECK(check_host("[1:2:3:4:5:6::1.2.3.4]").code == error_code::invalid_host);
  CHECK(check_host("[1:2:3:4:5:6:7:8::]").code == error_code::invalid_host);
}

TEST_CASE("bracketed IPv6: after the ']' only ':port'") {
  CHECK(check_host("[::1]x") == invalid(5));
  CHECK(check_host("[::1]]") == invalid(5));
  CHECK(check_host("[::1] ") == invalid(5));
  CHECK(check_host("[::1].com") == invalid(5));
  CHECK(check_host("[::1][::2]") == invalid(5));
  CHECK(check_host("[::1]:") == invalid(6));
  CHECK(check_host("[::1]:0") == invalid(6));
  CHECK(check_host("[::1]:65536") == invalid(6));
  CHECK(check_host("[::1]:123456") == invalid(11));
  CHECK(check_host("[::1]:80x") == invalid(8));
  CHECK(check_host("[::1]:80:90") == invalid(8));
  CHECK(check_host("x[::1]") == invalid(1));
}

TEST_CASE("bracketed IPv6: every byte value in a group") {
  for (int value = 0; value < 256; ++value) {
    const auto byte = static_cast<unsigned char>(value);
    const char c = static_cast<char>(byte);
    CAPTURE(value);
    const std::string host = std::string("[::") + c + "]";
    if (is_hex(byte)) {
      CHECK(check_host(host) == accepted);
    } else if (c == ']') {
      CHECK(check_host(host) == invalid(4));  // "[::]" is complete; the second ']' is extra
    } else {
      CHECK(check_host(host) == invalid(3));
    }
  }
}

// The three test cases below pin down positions at the end of an IPv6 address. The header promises "the first
// offending byte"; elsewhere in the same header an extra part is refused at the separator that starts it
// ("1.2.3.4.5" at 7, like a trailing ':' in an IPv6 address), and a text that ends too early is refused where
// more was expected ("1.2.3" at 5, "a:" at 2, "a." at 2, and "[::ffff:1.2.3]" at its ']').

TEST_CASE("IPv6: a ninth group is refused at the ':' that starts it") {
  CHECK(check_host("1.2.3.4.5") == invalid(7));  // the IPv4 counterpart
  CHECK(check_host("[1:2:3:4:5:6:7:8:9]") == invalid(16));
  CHECK(check_host("[1:2:3:4:5:6:7:8:9999]") == invalid(16));
  CHECK(check_host("[1:2:3:4:5:6:7:8:9:a:b:c]") == invalid(16));
  // With "::" standing for at least one group, seven more is the most.
  CHECK(check_host("[1::3:4:5:6:7:8:9]") == invalid(15));
}

TEST_CASE("IPv6: an address with too few groups is refused where the next group was expected") {
  CHECK(check_host("1.2.3") == invalid(5));            // the IPv4 counterpart
  CHECK(check_host("[::ffff:1.2.3]") == invalid(13));  // the same inside an IPv6 literal: at the ']'
  CHECK(check_host("[1:2:3]") == invalid(6));
  CHECK(check_host("[1:2:3:4:5:6:7]") == invalid(14));
  CHECK(check_host("[1:2:3:4:5:6:7]:443") == invalid(14));
}

TEST_CASE("brackets: a missing ']' is refused at the first offending byte, or where the ']' was expected") {
  CHECK(check_host("[::1") == invalid(4));
  CHECK(check_host("[") == invalid(1));
  CHECK(check_host("[::1:443") == invalid(8));  // "::1:443" is itself a valid address
  // A byte that no IPv6 address may contain comes before the end: it is the first offending byte.
  CHECK(check_host("[zz") == invalid(1));
  CHECK(check_host("[a b") == invalid(2));
  CHECK(check_host("[::1\r\nX-Evil: 1") == invalid(4));
}

TEST_CASE("header and request-line injection attempts are refused at the offending byte") {
  struct attempt {
    std::string_view host;
    std::size_t position;
  };
  const attempt attempts[] = {
      {"a\r\nX-Evil: 1", 1},
      {"a\nb", 1},
      {"a\rb", 1},
      {"a b", 1},
      {"a\tb", 1},
      {"a/b", 1},
      {"user@host", 4},
      {"user:pass@host", 5},  // "user" is a name, "pass@host" not a port
      {"http://host", 5},     // "http" is a name, "//host" not a port
      {"https://swr-api.cn-north-4.myhuaweicloud.com", 6},
      {"host?x", 4},
      {"host#x", 4},
      {"host/path", 4},
      {"host\\x", 4},
      {"%0d%0a", 0},
      {std::string_view("a\0b", 3), 1},
      {std::string_view("\0", 1), 0},
      {std::string_view("example.com\0", 12), 11},
      {"example.com\r\n", 11},
      {"example.com\r\n\r\nGET / HTTP/1.1", 11},
      {"example.com HTTP/1.1", 11},
      {"example.com:443\r\nX-Evil: 1", 15},
      {"192.0.2.1\r\nX-Evil: 1", 9},
      {"[::1]\r\nX-Evil: 1", 5},
      {" example.com", 0},
      {"example.com ", 11},
  };
  for (const attempt& a : attempts) {
    CAPTURE(a.host);
    CHECK(check_host(a.host) == invalid(a.position));
  }
}

TEST_CASE("non-ASCII bytes are refused, counted in bytes") {
  CHECK(check_host("caf\xc3\xa9.example") == invalid(3));
  CHECK(check_host("\xd0\xbf\xd1\x80\xd0\xb8\xd0\xbc\xd0\xb5\xd1\x80.com") == invalid(0));
  CHECK(check_host("example.com\xc2\xa0") == invalid(11));
  CHECK(check_host("\xe2\x80\x8b"
                   "example.com") == invalid(0));  // zero-width space
  CHECK(check_host("example\xef\xbc\x8e"
                   "com") == invalid(7));                         // fullwidth full stop
  CHECK(check_host("a:\xef\xbc\x98\xef\xbc\x90") == invalid(2));  // fullwidth digits as a port
  CHECK(check_host("[::\xc3\xa9]") == invalid(3));
  CHECK(check_host("\xff") == invalid(0));
}

TEST_CASE("a name whose last label looks like a number is refused: resolvers read it as IPv4") {
  // RFC 3696 section 2: a top-level label is never all-numeric; inet_aton reads 0x7f000001 as 127.0.0.1.
  CHECK(check_host("0x7f000001") == invalid(0));
  CHECK(check_host("0X7F.1") == invalid(5));
  CHECK(check_host("a.1") == invalid(2));
  CHECK(check_host("example.com.0x1F") == invalid(12));
  CHECK(check_host("a.0x") == invalid(2));
  CHECK(check_host("a.1:8080") == invalid(2));
  // A number-like label elsewhere, or a last label with a letter past the number, is a name.
  for (const char* host : {"0x7f.example", "1.a", "a.0xg", "a.1a", "a.x1", "123abc"}) {
    CAPTURE(host);
    CHECK(check_host(host) == accepted);
  }
}
