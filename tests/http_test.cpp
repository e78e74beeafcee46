// Tests for swr/http.hpp against docs/api.md (POST /v2/manage/namespaces/{namespace}/repos with
// "Content-Type: application/json;charset=utf-8" and "X-Auth-Token", the JSON body of json_writer.hpp) and
// the header's contract: tokens are visible ASCII (0x21-0x7E); an http_request is built only from a valid
// namespace, body, host and token, so nothing in it can inject a header or a request line; to_http_message is
// the exact HTTP/1.1 message (CRLF line ends); debug_string is the same with the token redacted; problems are
// reported in the order namespace, repository, category, description, host, token.
#include "swr/swr.hpp"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "test_support.hpp"

using swr::check_token;
using swr::create_repo_body;
using swr::create_repo_request;
using swr::error;
using swr::error_code;
using swr::field;
using swr::http_request;
using swr::is_sensitive_header;

namespace {
constexpr std::string_view api_host = "swr-api.cn-north-4.myhuaweicloud.com";
constexpr std::string_view sample_token = "MIIEXAMPLE-token_123";

using swr_test::value_error;

create_repo_request sample_request() {
  return {"my-org", {"team/app", true, swr::category::linux_, std::string("web front")}};
}

create_repo_request request_with_description(std::string description) {
  return {"my-org", {"app", true, std::nullopt, std::move(description)}};
}

std::size_t count(std::string_view text, std::string_view what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string_view::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

std::size_t count(std::string_view text, char what) {
  std::size_t n = 0;
  for (const char c : text) n += c == what ? 1 : 0;
  return n;
}

bool is_tchar(char c) {  // RFC 9110 token characters, the alphabet of a header name
  const std::string_view symbols = "!#$%&'*+-.^_`|~";
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         symbols.find(c) != std::string_view::npos;
}

// The value of the header named `name` in `request`, or "(absent)".
std::string header_value(const http_request& request, std::string_view name) {
  for (const swr::http_header& h : request.headers()) {
    if (h.name == name) return h.value;
  }
  return "(absent)";
}

// Checks the shape of an HTTP/1.1 message rendered from `request`: a head of CRLF-terminated lines without
// any other CR or LF, a request line, "Name: value" header lines, a blank line, then the body, whose size is
// the Content-Length. The only CRLFs of the message are the line ends of the head and the blank line.
void check_message_structure(const std::string& message, const http_request& request) {
  const std::size_t head_end = message.find("\r\n\r\n");
  REQUIRE(head_end != std::string::npos);
  const std::string_view head = std::string_view(message).substr(0, head_end);
  const std::string_view body = std::string_view(message).substr(head_end + 4);

  std::vector<std::string_view> lines;
  for (std::size_t start = 0;;) {
    const std::size_t end = head.find("\r\n", start);
    lines.push_back(head.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) break;
    start = end + 2;
  }
  REQUIRE(lines.size() == 1 + request.headers().size());
  for (const std::string_view line : lines) {
    CAPTURE(line);
    CHECK(line.find('\r') == std::string_view::npos);
    CHECK(line.find('\n') == std::string_view::npos);
    CHECK(line.find('\0') == std::string_view::npos);
  }
  CHECK(lines[0] == request.method() + " " + request.target() + " HTTP/1.1");

  std::string content_length = "(absent)";
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const std::string_view line = lines[i];
    CAPTURE(line);
    const std::size_t colon = line.find(':');
    REQUIRE(colon != std::string_view::npos);
    REQUIRE(colon > 0);
    const std::string_view name = line.substr(0, colon);
    for (const char c : name) CHECK(is_tchar(c));
    REQUIRE(line.size() > colon + 2);
    CHECK(line[colon + 1] == ' ');
    const std::string_view value = line.substr(colon + 2);
    CHECK(value.front() != ' ');
    CHECK(value.back() != ' ');
    for (const char c : value) CHECK((c >= 0x20 && c <= 0x7E));
    CHECK(name == request.headers()[i - 1].name);
    CHECK(value == request.headers()[i - 1].value);
    if (name == "Content-Length") content_length = std::string(value);
  }
  CHECK(content_length == std::to_string(body.size()));
  CHECK(body == request.body());

  // No CR or LF anywhere but in the line ends of the head and the blank line.
  CHECK(count(message, "\r\n") == lines.size() + 1);
  CHECK(count(message, '\r') == lines.size() + 1);
  CHECK(count(message, '\n') == lines.size() + 1);
  CHECK(body.find('\r') == std::string_view::npos);
  CHECK(body.find('\n') == std::string_view::npos);
}

// A token of `size` bytes in the shape of an IAM token: "MII" and base64 characters.
std::string realistic_token(std::size_t size) {
  constexpr std::string_view alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string token = "MII";
  std::uint32_t state = 12345;
  while (token.size() < size) {
    state = state * 1103515245u + 12345u;
    token += alphabet[(state >> 16) % 64u];
  }
  return token;
}
}  // namespace

// Compiled in every build: the checks are usable in constant expressions and do not throw.
static_assert(check_token("MIIEXAMPLE-token_123").ok());
static_assert(check_token("") == value_error(error_code::empty, field::token, 0));
static_assert(check_token("ab c") == value_error(error_code::invalid_character, field::token, 2));
static_assert(check_token("ab\x7f") == value_error(error_code::invalid_character, field::token, 2));
static_assert(is_sensitive_header("X-Auth-Token") && is_sensitive_header("x-auth-token"));
static_assert(!is_sensitive_header("Host"));
static_assert(noexcept(check_token(std::string_view{})) && noexcept(is_sensitive_header(std::string_view{})));
// Built only by to_http_request: no public way to make one from unchecked parts.
static_assert(!std::is_default_constructible_v<http_request>);
static_assert(swr::json_content_type == "application/json;charset=utf-8");
static_assert(swr::redacted == "<redacted>");

TEST_CASE("check_token: empty, and every byte value") {
  CHECK(check_token("") == value_error(error_code::empty, field::token, 0));
  for (int value = 0; value < 256; ++value) {
    const char c = static_cast<char>(value);
    CAPTURE(value);
    const bool visible = value >= 0x21 && value <= 0x7E;
    CHECK(check_token(std::string(1, c)) ==
          (visible ? error{} : value_error(error_code::invalid_character, field::token, 0)));
    CHECK(check_token(std::string("abc") + c + "def") ==
          (visible ? error{} : value_error(error_code::invalid_character, field::token, 3)));
    CHECK(check_token(std::string("abcdef") + c) ==
          (visible ? error{} : value_error(error_code::invalid_character, field::token, 6)));
  }
  // The first offending byte is reported, counted in bytes.
  CHECK(check_token(std::string_view("ab\0c d", 6)) == value_error(error_code::invalid_character, field::token, 2));
  CHECK(check_token("tok\xc3\xa9n") == value_error(error_code::invalid_character, field::token, 3));
  CHECK(check_token("good\r\nX-Evil: 1") == value_error(error_code::invalid_character, field::token, 4));
  CHECK(check_token(" token") == value_error(error_code::invalid_character, field::token, 0));
  CHECK(check_token("token ") == value_error(error_code::invalid_character, field::token, 5));
}

TEST_CASE("check_token: a realistic token of several KB") {
  const std::string token = realistic_token(8192);
  REQUIRE(token.size() == 8192);
  CHECK(check_token(token) == error{});
  CHECK(check_token(token + " ") == value_error(error_code::invalid_character, field::token, 8192));
  CHECK(check_token("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~") == error{});
}

TEST_CASE("check_token: the message of a token error never quotes the token") {
  const std::string token = "SeCrEt-Value\r\n";
  const error problem = check_token(token);
  REQUIRE(problem.code == error_code::invalid_character);
  const std::string_view text = swr::message(problem);
  CHECK(!text.empty());
  CHECK(text.find("SeCrEt") == std::string_view::npos);
  CHECK(swr::message(check_token("")).find("token") != std::string_view::npos);
}

TEST_CASE("is_sensitive_header: exact names, compared case-insensitively") {
  for (const char* name :
       {"X-Auth-Token", "x-auth-token", "X-AUTH-TOKEN", "x-AuTh-ToKeN", "X-Subject-Token", "x-subject-token",
        "Authorization", "authorization", "AUTHORIZATION", "Proxy-Authorization", "proxy-authorization", "Cookie",
        "cookie", "COOKIE", "X-Security-Token", "x-security-token"}) {
    CAPTURE(name);
    CHECK(is_sensitive_header(name));
  }
  for (const char* name :
       {"", "Host", "Content-Type", "Content-Length", "Accept", "X-Auth", "X-Auth-Tokens", "X-Auth-Token ",
        " X-Auth-Token", "X_Auth_Token", "XAuthToken", "Authorisation", "Cookies", "Proxy-Authorization:", "token"}) {
    CAPTURE(name);
    CHECK(!is_sensitive_header(name));
  }
  // Only A-Z fold: "\r" | 0x20 == '-' and "\x0f" | 0x20 == '/' must not match by a sloppy lowercasing.
  CHECK(!is_sensitive_header("x\rauth\rtoken"));
  CHECK(!is_sensitive_header("X\rAUTH\rTOKEN"));
  CHECK(!is_sensitive_header(std::string_view("cookie\0", 7)));
}

TEST_CASE("to_http_request: method, target, headers and body of a valid request") {
  const create_repo_request request = sample_request();
  const auto built = swr::to_http_request(request, api_host, sample_token);
  REQUIRE(built.has_value());
  const http_request& http = *built;
  CHECK(http.method() == "POST");
  CHECK(http.target() == "/v2/manage/namespaces/my-org/repos");
  const std::string expected_body =
      R"({"repository":"team$app","is_public":true,"category":"linux","description":"web front"})";
  CHECK(http.body() == expected_body);
  const auto json = swr::to_json(request.body);
  REQUIRE(json.has_value());
  CHECK(http.body() == *json);

  struct expected_header {
    std::string_view name;
    std::string_view value;
  };
  const expected_header expected[] = {
      {"Host", "swr-api.cn-north-4.myhuaweicloud.com"},
      {"Content-Type", "application/json;charset=utf-8"},
      {"Content-Length", "87"},
      {"X-Auth-Token", "MIIEXAMPLE-token_123"},
  };
  REQUIRE(http.headers().size() == 4);
  for (std::size_t i = 0; i < 4; ++i) {
    CAPTURE(i);
    CHECK(http.headers()[i].name == expected[i].name);
    CHECK(http.headers()[i].value == expected[i].value);
  }
  CHECK(http.host() == "swr-api.cn-north-4.myhuaweicloud.com");
  CHECK(expected_body.size() == 87);
}

TEST_CASE("to_http_request: the target carries the namespace, the body the repository in wire form") {
  const create_repo_request request{"a__b.c-d9", {"x/y/z", false, std::nullopt, std::nullopt}};
  const auto built = swr::to_http_request(request, api_host, sample_token);
  REQUIRE(built.has_value());
  CHECK(built->target() == "/v2/manage/namespaces/a__b.c-d9/repos");
  CHECK(built->body() == R"({"repository":"x$y$z","is_public":false})");
  CHECK(header_value(*built, "Content-Length") == "40");
}

TEST_CASE("to_http_request: the Host header and host() are the host as given, port included") {
  for (const char* host : {"swr-api.eu-west-101.myhuaweicloud.eu", "localhost:8443", "192.0.2.1:8080", "[::1]:8443",
                           "[2001:db8::1]", "SWR-API.EXAMPLE.COM"}) {
    CAPTURE(host);
    const auto built = swr::to_http_request(sample_request(), host, sample_token);
    REQUIRE(built.has_value());
    CHECK(built->host() == host);
    CHECK(built->headers().front().name == "Host");
    CHECK(built->headers().front().value == host);
  }
}

TEST_CASE("to_http_request: Content-Length is the body's size in bytes") {
  struct sample {
    create_repo_request request;
    std::string body;  // written by hand from json_writer.hpp's rules
    const char* content_length;
  };
  const sample samples[] = {
      {{"my-org", {"app", true, std::nullopt, std::nullopt}}, R"({"repository":"app","is_public":true})", "37"},
      // Multi-byte UTF-8: 2 code points, 6 bytes.
      {request_with_description("\xe6\x97\xa5\xe6\x9c\xac"),
       "{\"repository\":\"app\",\"is_public\":true,\"description\":\"\xe6\x97\xa5\xe6\x9c\xac\"}", "60"},
      // Control characters, escaped: a tab as \t, U+0001 as \u0001.
      {request_with_description("a\tb\x01"), R"({"repository":"app","is_public":true,"description":"a\tb\u0001"})",
       "64"},
      {request_with_description("\x01\x1f\"\\\b\f\x7f"),
       "{\"repository\":\"app\",\"is_public\":true,\"description\":\"\\u0001\\u001f\\\"\\\\\\b\\f\x7f\"}", "75"},
  };
  for (const sample& s : samples) {
    CAPTURE(s.body);
    const auto built = swr::to_http_request(s.request, api_host, sample_token);
    REQUIRE(built.has_value());
    CHECK(built->body() == s.body);
    CHECK(header_value(*built, "Content-Length") == s.content_length);
    CHECK(header_value(*built, "Content-Length") == std::to_string(s.body.size()));
  }

  // The longest description: 30,000 code points of two bytes each.
  std::string longest;
  for (int i = 0; i < 30000; ++i) longest += "\xc3\xa9";
  const auto built = swr::to_http_request(request_with_description(longest), api_host, sample_token);
  REQUIRE(built.has_value());
  CHECK(built->body().size() == 60054);
  CHECK(header_value(*built, "Content-Length") == "60054");
}

TEST_CASE("to_http_message: the exact bytes") {
  const auto built = swr::to_http_request(sample_request(), api_host, sample_token);
  REQUIRE(built.has_value());
  const std::string expected =
      "POST /v2/manage/namespaces/my-org/repos HTTP/1.1\r\n"
      "Host: swr-api.cn-north-4.myhuaweicloud.com\r\n"
      "Content-Type: application/json;charset=utf-8\r\n"
      "Content-Length: 87\r\n"
      "X-Auth-Token: MIIEXAMPLE-token_123\r\n"
      "\r\n"
      R"({"repository":"team$app","is_public":true,"category":"linux","description":"web front"})";
  CHECK(swr::to_http_message(*built) == expected);

  const auto minimal = swr::to_http_request({"o", {"r", false, std::nullopt, std::nullopt}}, "[::1]:8443", "t");
  REQUIRE(minimal.has_value());
  CHECK(swr::to_http_message(*minimal) ==
        "POST /v2/manage/namespaces/o/repos HTTP/1.1\r\n"
        "Host: [::1]:8443\r\n"
        "Content-Type: application/json;charset=utf-8\r\n"
        "Content-Length: 36\r\n"
        "X-Auth-Token: t\r\n"
        "\r\n"
        R"({"repository":"r","is_public":false})");
}

TEST_CASE("to_http_message and debug_string: the structure of the message") {
  const create_repo_request requests[] = {
      sample_request(),
      {"o", {"r", false, std::nullopt, std::nullopt}},
      request_with_description("line one\r\nline two\n\ttabbed \"quoted\" \\ caf\xc3\xa9 \xf0\x9f\x8e\x89"),
      request_with_description("\r\n\r\nGET / HTTP/1.1\r\nHost: evil\r\n\r\n"),
      {"my-org", {"a/b/c", true, swr::category::arm, std::string()}},
  };
  for (const create_repo_request& request : requests) {
    CAPTURE(request.body.repository);
    const auto built = swr::to_http_request(request, "[2001:db8::1]:443", realistic_token(3000));
    REQUIRE(built.has_value());
    check_message_structure(swr::to_http_message(*built), *built);
    // debug_string has the same shape; only the token's value differs.
    const std::string debug = swr::debug_string(*built);
    const std::size_t head_end = debug.find("\r\n\r\n");
    REQUIRE(head_end != std::string::npos);
    CHECK(debug.substr(head_end + 4) == built->body());
    CHECK(count(debug, "\r\n") == 6);
  }
}

TEST_CASE("debug_string: the message with the token redacted") {
  const auto built = swr::to_http_request(sample_request(), api_host, sample_token);
  REQUIRE(built.has_value());
  const std::string expected =
      "POST /v2/manage/namespaces/my-org/repos HTTP/1.1\r\n"
      "Host: swr-api.cn-north-4.myhuaweicloud.com\r\n"
      "Content-Type: application/json;charset=utf-8\r\n"
      "Content-Length: 87\r\n"
      "X-Auth-Token: <redacted>\r\n"
      "\r\n"
      R"({"repository":"team$app","is_public":true,"category":"linux","description":"web front"})";
  CHECK(swr::debug_string(*built) == expected);
  // The request itself still carries the token for the client.
  CHECK(header_value(*built, "X-Auth-Token") == sample_token);
}

TEST_CASE("debug_string: no byte of a distinctive token appears in it") {
  // Every byte of this token is absent from the rest of the message.
  const std::string token = "~^|`!*~^|`!*";
  const auto built = swr::to_http_request(sample_request(), api_host, token);
  REQUIRE(built.has_value());
  const std::string message = swr::to_http_message(*built);
  CHECK(count(message, token) == 1);
  CHECK(message.find("X-Auth-Token: " + token + "\r\n") != std::string::npos);
  const std::string debug = swr::debug_string(*built);
  for (const char c : token) {
    CAPTURE(c);
    CHECK(debug.find(c) == std::string::npos);
  }
  std::string redacted_message = message;
  redacted_message.replace(message.find(token), token.size(), "<redacted>");
  CHECK(debug == redacted_message);

  // A realistic token: neither it nor any 8-byte slice of it shows.
  const std::string long_token = realistic_token(6000);
  const auto with_long = swr::to_http_request(sample_request(), api_host, long_token);
  REQUIRE(with_long.has_value());
  const std::string long_debug = swr::debug_string(*with_long);
  CHECK(long_debug.find(long_token) == std::string::npos);
  for (std::size_t at = 0; at + 8 <= long_token.size(); at += 97) {
    CAPTURE(at);
    CHECK(long_debug.find(long_token.substr(at, 8)) == std::string::npos);
  }
  CHECK(long_debug.find("X-Auth-Token: <redacted>\r\n") != std::string::npos);
  CHECK(swr::to_http_message(*with_long).find("X-Auth-Token: " + long_token + "\r\n") != std::string::npos);
}

TEST_CASE("refusals: to_http_request returns the first problem, validate all of them, in field order") {
  // One bad value per part, each with its exact error.
  const std::string bad_namespace = "my org";
  const error namespace_error = value_error(error_code::invalid_character, field::namespace_name, 2);
  const std::string bad_repository = "team//app";
  const error repository_error = value_error(error_code::adjacent_separators, field::repository, 5);
  const auto bad_category = static_cast<swr::category>(42);
  const error category_error = value_error(error_code::unknown_category, field::category, 0);
  const std::string bad_description = "ok\xff";
  const error description_error = value_error(error_code::invalid_utf8, field::description, 2);
  const std::string_view bad_host = "api.example.com\r\nX-Evil: 1";
  const error host_error = value_error(error_code::invalid_host, field::host, 15);
  const std::string_view bad_token = "abc\r\ndef";
  const error token_error = value_error(error_code::invalid_character, field::token, 3);

  // Every combination of bad parts.
  for (unsigned mask = 0; mask < 64; ++mask) {
    CAPTURE(mask);
    create_repo_request request = sample_request();
    std::string_view host = api_host;
    std::string_view token = sample_token;
    std::vector<error> expected;
    if ((mask & 1u) != 0) {
      request.namespace_name = bad_namespace;
      expected.push_back(namespace_error);
    }
    if ((mask & 2u) != 0) {
      request.body.repository = bad_repository;
      expected.push_back(repository_error);
    }
    if ((mask & 4u) != 0) {
      request.body.category = bad_category;
      expected.push_back(category_error);
    }
    if ((mask & 8u) != 0) {
      request.body.description = bad_description;
      expected.push_back(description_error);
    }
    if ((mask & 16u) != 0) {
      host = bad_host;
      expected.push_back(host_error);
    }
    if ((mask & 32u) != 0) {
      token = bad_token;
      expected.push_back(token_error);
    }

    const std::vector<error> problems = swr::validate(request, host, token);
    REQUIRE(problems.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
      CAPTURE(i);
      CHECK(problems[i] == expected[i]);
    }
    const auto built = swr::to_http_request(request, host, token);
    CHECK(built.has_value() == expected.empty());
    if (!expected.empty()) {
      REQUIRE_FALSE(built.has_value());
      CHECK(built.error() == expected.front());
    }
  }
}

TEST_CASE("refusals: empty parts") {
  const create_repo_request request = sample_request();
  const auto no_host = swr::to_http_request(request, "", sample_token);
  REQUIRE_FALSE(no_host.has_value());
  CHECK(no_host.error() == value_error(error_code::empty, field::host, 0));
  const auto no_token = swr::to_http_request(request, api_host, "");
  REQUIRE_FALSE(no_token.has_value());
  CHECK(no_token.error() == value_error(error_code::empty, field::token, 0));

  const create_repo_request empty_names{"", {"", false, std::nullopt, std::nullopt}};
  const auto empty_request = swr::to_http_request(empty_names, "", "");
  REQUIRE_FALSE(empty_request.has_value());
  CHECK(empty_request.error() == value_error(error_code::empty, field::namespace_name, 0));
  const std::vector<error> problems = swr::validate(empty_names, "", "");
  REQUIRE(problems.size() == 4);
  CHECK(problems[0] == value_error(error_code::empty, field::namespace_name, 0));
  CHECK(problems[1] == value_error(error_code::empty, field::repository, 0));
  CHECK(problems[2] == value_error(error_code::empty, field::host, 0));
  CHECK(problems[3] == value_error(error_code::empty, field::token, 0));

  // An empty description is a description, and valid.
  CHECK(swr::validate(request_with_description(""), api_host, sample_token).empty());
}

TEST_CASE("refusals: other problems of the body, in order") {
  // A reserved namespace, a repository too long, a description too long (30,001 code points).
  create_repo_request request{"library", {std::string(129, 'a'), true, std::nullopt, std::string(30001, 'd')}};
  const std::vector<error> problems = swr::validate(request, api_host, sample_token);
  REQUIRE(problems.size() == 3);
  CHECK(problems[0] == value_error(error_code::reserved, field::namespace_name, 0));
  CHECK(problems[1] == value_error(error_code::too_long, field::repository, 128));
  CHECK(problems[2] == value_error(error_code::too_long, field::description, 30000));
  const auto built = swr::to_http_request(request, api_host, sample_token);
  REQUIRE_FALSE(built.has_value());
  CHECK(built.error() == problems[0]);
  CHECK(swr::validate(sample_request(), api_host, sample_token).empty());
}

TEST_CASE("injection: CR/LF and path tricks in the token, host, namespace and repository are refused") {
  const create_repo_request request = sample_request();
  struct token_attempt {
    std::string_view token;
    std::size_t position;
  };
  for (const token_attempt& t : {token_attempt{"good\r\nX-Evil: 1", 4}, token_attempt{"\r\n", 0},
                                 token_attempt{"tok en", 3}, token_attempt{"tok\x85", 3}}) {
    CAPTURE(t.token);
    const auto built = swr::to_http_request(request, api_host, t.token);
    REQUIRE_FALSE(built.has_value());
    CHECK(built.error() == value_error(error_code::invalid_character, field::token, t.position));
  }

  const auto evil_host = swr::to_http_request(request, "api.example.com\r\nX-Evil: 1", sample_token);
  REQUIRE_FALSE(evil_host.has_value());
  CHECK(evil_host.error() == value_error(error_code::invalid_host, field::host, 15));
  const auto evil_host2 = swr::to_http_request(request, "\r\nX-Evil: 1", sample_token);
  REQUIRE_FALSE(evil_host2.has_value());
  CHECK(evil_host2.error() == value_error(error_code::invalid_host, field::host, 0));

  struct name_attempt {
    std::string_view name;
    error problem;
  };
  const name_attempt namespaces[] = {
      {"my-org/../admin", value_error(error_code::invalid_character, field::namespace_name, 6)},
      {"a/../b", value_error(error_code::invalid_character, field::namespace_name, 1)},
      {"../admin", value_error(error_code::invalid_start, field::namespace_name, 0)},
      {"my org", value_error(error_code::invalid_character, field::namespace_name, 2)},
      {"my-org/repos HTTP/1.1\r\nX-Evil: 1", value_error(error_code::invalid_character, field::namespace_name, 6)},
      {"%2e%2e", value_error(error_code::invalid_character, field::namespace_name, 0)},
      {"my-org?x=1", value_error(error_code::invalid_character, field::namespace_name, 6)},
  };
  for (const name_attempt& n : namespaces) {
    CAPTURE(n.name);
    create_repo_request evil = request;
    evil.namespace_name = std::string(n.name);
    const auto built = swr::to_http_request(evil, api_host, sample_token);
    REQUIRE_FALSE(built.has_value());
    CHECK(built.error() == n.problem);
  }

  const name_attempt repositories[] = {
      {"team\napp", value_error(error_code::invalid_character, field::repository, 4)},
      {"app\r\nX-Evil: 1", value_error(error_code::invalid_character, field::repository, 3)},
      {"app\"}", value_error(error_code::invalid_character, field::repository, 3)},
  };
  for (const name_attempt& r : repositories) {
    CAPTURE(r.name);
    create_repo_request evil = request;
    evil.body.repository = std::string(r.name);
    const auto built = swr::to_http_request(evil, api_host, sample_token);
    REQUIRE_FALSE(built.has_value());
    CHECK(built.error() == r.problem);
  }
}

TEST_CASE("injection: a description with CR/LF is allowed, JSON-escaped, never raw CR/LF on the wire") {
  const auto built = swr::to_http_request(request_with_description("\r\n\r\nGET / HTTP/1.1"), api_host, sample_token);
  REQUIRE(built.has_value());
  const std::string expected_body = R"({"repository":"app","is_public":true,"description":"\r\n\r\nGET / HTTP/1.1"})";
  CHECK(built->body() == expected_body);
  const std::string message = swr::to_http_message(*built);
  CHECK(message ==
        "POST /v2/manage/namespaces/my-org/repos HTTP/1.1\r\n"
        "Host: swr-api.cn-north-4.myhuaweicloud.com\r\n"
        "Content-Type: application/json;charset=utf-8\r\n"
        "Content-Length: " +
            std::to_string(expected_body.size()) +
            "\r\n"
            "X-Auth-Token: MIIEXAMPLE-token_123\r\n"
            "\r\n" +
            expected_body);
  CHECK(expected_body.size() == 76);
  // The only CRLFs: the request line, four header lines and the blank line, all before the body.
  const std::size_t body_start = message.find("\r\n\r\n") + 4;
  CHECK(body_start == message.size() - expected_body.size());
  CHECK(count(message, "\r\n") == 6);
  CHECK(count(message, '\r') == 6);
  CHECK(count(message, '\n') == 6);
  CHECK(message.rfind("\r\n") == body_start - 2);
  CHECK(message.find("\r\nGET") == std::string::npos);
  CHECK(message.find("GET / HTTP/1.1") > body_start);
  check_message_structure(message, *built);
}

namespace {
// A request built from the sample, as a value of its own.
http_request sample_http_request() {
  auto built = swr::to_http_request(sample_request(), api_host, sample_token);
  REQUIRE(built.has_value());
  return *std::move(built);
}

// Every member function and free function of an http_request, on one that was moved from: each is defined
// and sees the documented empty request.
void check_moved_from(const http_request& moved_from) {
  CHECK(moved_from.method().empty());
  CHECK(moved_from.target().empty());
  CHECK(moved_from.headers().empty());
  CHECK(moved_from.body().empty());
  CHECK(moved_from.host().empty());
  // Rendering is defined too (it shows the empty request as it is; there is nothing to send).
  CHECK(swr::to_http_message(moved_from) == "  HTTP/1.1\r\n\r\n");
  CHECK(swr::debug_string(moved_from) == "  HTTP/1.1\r\n\r\n");
  CHECK(header_value(moved_from, "Host") == "(absent)");
}

// Self-move through a reference, so that the compiler does not warn about it (-Wself-move).
void move_assign(http_request& to, http_request& from) { to = std::move(from); }
}  // namespace

static_assert(std::is_nothrow_move_constructible_v<http_request> && std::is_nothrow_move_assignable_v<http_request>);
static_assert(std::is_copy_constructible_v<http_request> && std::is_copy_assignable_v<http_request>);

TEST_CASE("a moved-from http_request is the empty request: every member is defined") {
  const http_request expected = sample_http_request();
  const std::string expected_message = swr::to_http_message(expected);

  SUBCASE("move construction") {
    http_request source = sample_http_request();
    const http_request moved(std::move(source));
    CHECK(swr::to_http_message(moved) == expected_message);
    CHECK(moved.host() == api_host);
    check_moved_from(source);  // NOLINT(bugprone-use-after-move): what this test is about
  }
  SUBCASE("move assignment") {
    http_request source = sample_http_request();
    http_request target = sample_http_request();
    target = std::move(source);
    CHECK(swr::to_http_message(target) == expected_message);
    check_moved_from(source);  // NOLINT(bugprone-use-after-move)
  }
  SUBCASE("moved twice, and moved into from a moved-from one") {
    http_request source = sample_http_request();
    http_request first(std::move(source));
    http_request second(std::move(source));  // NOLINT(bugprone-use-after-move)
    check_moved_from(source);                // NOLINT(bugprone-use-after-move)
    check_moved_from(second);
    first = std::move(second);  // assigning the empty request empties the target
    check_moved_from(first);
    check_moved_from(second);  // NOLINT(bugprone-use-after-move)
  }
  SUBCASE("a moved-from request can be copied, assigned a new request, and used again") {
    http_request source = sample_http_request();
    const http_request keep(std::move(source));
    const http_request copy = source;  // NOLINT(bugprone-use-after-move)
    check_moved_from(copy);
    source = keep;
    CHECK(swr::to_http_message(source) == expected_message);
    CHECK(source.host() == api_host);
    http_request other(std::move(source));
    source = sample_http_request();
    CHECK(swr::to_http_message(source) == expected_message);
  }
  SUBCASE("self-move leaves the request as it was") {
    http_request request = sample_http_request();
    move_assign(request, request);
    CHECK(swr::to_http_message(request) == expected_message);
    CHECK(request.host() == api_host);
  }
}

// ---- Header rules (swr/http_header.hpp) ----

static_assert(swr::check_header_name("X-Sdk-Date").ok());
static_assert(swr::check_header_name("X:Y") == error{error_code::invalid_character, field::header_name, 1});
static_assert(swr::check_header_value("a\tb").ok());
static_assert(swr::check_header_value("a\r\nb") == error{error_code::invalid_character, field::header_value, 1});

TEST_CASE("check_header_name and check_header_value: every byte value") {
  const std::string_view token_specials = "!#$%&'*+-.^_`|~";
  for (int b = 0; b < 256; ++b) {
    const char c = static_cast<char>(b);
    CAPTURE(b);
    const bool token = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') ||
                       token_specials.find(c) != std::string_view::npos;
    const std::string name = std::string("X-") + c;
    CHECK(swr::check_header_name(name).ok() == token);
    if (!token) CHECK(swr::check_header_name(name) == error{error_code::invalid_character, field::header_name, 2});
    const std::string value = std::string("v ") + c;
    const bool allowed_in_value = b == '\t' || (b >= 0x20 && b != 0x7F);
    CHECK(swr::check_header_value(value).ok() == allowed_in_value);
    if (!allowed_in_value) {
      CHECK(swr::check_header_value(value) == error{error_code::invalid_character, field::header_value, 2});
    }
  }
  CHECK(swr::check_header_name("") == error{error_code::empty, field::header_name, 0});
  CHECK(swr::check_header_value("").ok());
}

TEST_CASE("redacted_value: credentials hidden, an AK/SK Authorization shows all but its signature") {
  CHECK(swr::redacted_value("Host", "h") == "h");
  CHECK(swr::redacted_value("X-Security-Token", "temporary") == "<redacted>");
  CHECK(swr::redacted_value("x-auth-token", "t") == "<redacted>");
  CHECK(swr::redacted_value("Authorization", "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=" +
                                                 std::string(64, 'a')) ==
        "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=<redacted>");
  // Anything else in Authorization is hidden whole: another scheme, or text after the signature.
  CHECK(swr::redacted_value("authorization", "Bearer abc") == "<redacted>");
  CHECK(swr::redacted_value("Authorization", "SDK-HMAC-SHA256 Signature=abc, Access=AK") == "<redacted>");
  CHECK(swr::redacted_value("Authorization", "SDK-HMAC-SHA256 Access=AK") == "<redacted>");
  // A malformed value with "Signature=" twice shows no part of either: all after the first one is hidden.
  const std::string twice = swr::redacted_value(
      "Authorization", "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=0123abcd Signature=");
  CHECK(twice == "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=<redacted>");
  CHECK(twice.find("0123abcd") == std::string::npos);
  CHECK(swr::redacted_value("Authorization", "SDK-HMAC-SHA256 Access=Signature=0123abcd, Signature=ffff") ==
        "<redacted>");
}

// ---- The create-repository request signed with an access key ----

namespace {
const swr::access_key sample_key{"QTWAOYTTINDUT2QVKYUC", "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc"};
const std::chrono::system_clock::time_point sample_time{std::chrono::seconds(1704164645)};  // 20240102T030405Z

}  // namespace

TEST_CASE("to_http_request with an access key: the headers, and a signature that sign() and the verifier agree on") {
  const auto http = swr::to_http_request(sample_request(), api_host, sample_key, sample_time);
  REQUIRE(http);
  CHECK(http->method() == "POST");
  CHECK(http->target() == "/v2/manage/namespaces/my-org/repos");
  std::vector<std::string> names;
  for (const swr::http_header& h : http->headers()) names.push_back(h.name);
  CHECK(names == std::vector<std::string>{"Host", "Content-Type", "Content-Length", "X-Sdk-Date", "Authorization"});
  CHECK(header_value(*http, "X-Sdk-Date") == "20240102T030405Z");
  CHECK(header_value(*http, "X-Auth-Token") == "(absent)");

  // The same request through the general signer: content-type, host and x-sdk-date are signed.
  const swr::signing_input in{"POST",
                              "/v2/manage/namespaces/my-org/repos",
                              {},
                              {{"Content-Type", std::string(swr::json_content_type)}, {"Host", std::string(api_host)}},
                              http->body()};
  const auto s = swr::sign(in, sample_key, "20240102T030405Z");
  REQUIRE(s);
  CHECK(header_value(*http, "Authorization") == s->authorization);
  CHECK(s->signed_headers == "content-type;host;x-sdk-date");

  const auto secret_for = [](std::string_view ak) -> std::optional<std::string> {
    if (ak == sample_key.id) return sample_key.secret;
    return std::nullopt;
  };
  const swr::received_request received{http->method(), http->target(), http->headers(), http->body()};
  CHECK(swr::verify_signature(received, secret_for, sample_time).ok());
}

TEST_CASE("to_http_request with temporary credentials: X-Security-Token sent and signed") {
  const swr::access_key temporary{sample_key.id, sample_key.secret, "security-token-value"};
  const auto http = swr::to_http_request(sample_request(), api_host, temporary, sample_time);
  REQUIRE(http);
  CHECK(header_value(*http, "X-Security-Token") == "security-token-value");
  CHECK(header_value(*http, "Authorization").find("SignedHeaders=content-type;host;x-sdk-date;x-security-token,") !=
        std::string::npos);
  const std::string debug = swr::debug_string(*http);
  CHECK(debug.find("X-Security-Token: <redacted>\r\n") != std::string::npos);
  CHECK(debug.find("Signature=<redacted>\r\n") != std::string::npos);
  CHECK(debug.find("security-token-value") == std::string::npos);
  CHECK(debug.find(header_value(*http, "Authorization").substr(header_value(*http, "Authorization").size() - 64)) ==
        std::string::npos);
  CHECK(debug.find(sample_key.secret) == std::string::npos);
  CHECK(swr::to_http_message(*http).find("X-Security-Token: security-token-value\r\n") != std::string::npos);
}

TEST_CASE("to_http_request with an access key: the first problem, and validate all of them") {
  const auto refused = [](const create_repo_request& request, std::string_view host, const swr::access_key& key) {
    const auto http = swr::to_http_request(request, host, key, sample_time);
    return http ? error{} : http.error();
  };
  CHECK(refused(sample_request(), api_host, {"", "sk"}) == value_error(error_code::empty, field::access_key_id, 0));
  CHECK(refused(sample_request(), api_host, {"ak", ""}) == value_error(error_code::empty, field::secret_key, 0));
  CHECK(refused(sample_request(), api_host, {"ak\r\nX-Evil: 1", "sk"}) ==
        value_error(error_code::invalid_character, field::access_key_id, 2));
  CHECK(refused(sample_request(), api_host, {"ak", "sk", "to ken"}) ==
        value_error(error_code::invalid_character, field::security_token, 2));
  CHECK(refused(sample_request(), "bad host", sample_key) == value_error(error_code::invalid_host, field::host, 3));
  create_repo_request bad = sample_request();
  bad.namespace_name = "-org";
  CHECK(refused(bad, "bad host", {"", ""}) == value_error(error_code::invalid_start, field::namespace_name, 0));
  CHECK(swr::validate(bad, "bad host", swr::access_key{"", ""}) ==
        std::vector<error>{value_error(error_code::invalid_start, field::namespace_name, 0),
                           value_error(error_code::invalid_host, field::host, 3),
                           value_error(error_code::empty, field::access_key_id, 0)});
  CHECK(swr::validate(sample_request(), api_host, sample_key).empty());
  // A time outside the years 0000-9999 (system_clock of a coarse duration can hold one).
  const std::chrono::time_point<std::chrono::system_clock, std::chrono::hours> far{
      std::chrono::hours(24LL * 366 * 9000)};
  const auto http = swr::to_http_request(sample_request(), api_host, sample_key, far);
  REQUIRE_FALSE(http);
  CHECK(http.error() == value_error(error_code::invalid_date, field::sdk_date, 0));
}
