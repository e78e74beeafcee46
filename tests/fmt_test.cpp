// Tests for swr/fmt.hpp: the {fmt} formatters.
#include "swr/fmt.hpp"

#include <chrono>

#include "swr/swr.hpp"
#include "test_support.hpp"

TEST_CASE("enums format as their identifiers or wire strings") {
  CHECK(fmt::format("{}", swr::name_error::reserved) == "reserved");
  CHECK(fmt::format("{}", swr::name_error::too_many_underscores) == "too_many_underscores");
  CHECK(fmt::format("{}", swr::name_kind::namespace_name) == "namespace");
  CHECK(fmt::format("{}", swr::category::linux_) == "linux");
  CHECK(fmt::format("{}", swr::category::arm) == "arm");
}

TEST_CASE("format specs of strings apply") {
  CHECK(fmt::format("[{:>8}]", swr::category::lang) == "[    lang]");
  CHECK(fmt::format("[{:<6}]", swr::name_error::empty) == "[empty ]");
  CHECK(fmt::format("[{:*^10}]", swr::check_namespace("ok")) == "[****ok****]");
}

TEST_CASE("name_check formats as ok or error at byte position") {
  CHECK(fmt::format("{}", swr::check_namespace("my-org")) == "ok");
  CHECK(fmt::format("{}", swr::check_namespace("org-")) == "invalid_end at byte 3");
  CHECK(fmt::format("{}", swr::check_repository("team//app")) == "adjacent_separators at byte 5");
}

TEST_CASE("errors format with field, code and where") {
  CHECK(fmt::format("{}", swr::error{swr::error_code::adjacent_separators, swr::field::repository, 5}) ==
        "repository: adjacent_separators at byte 5");
  CHECK(fmt::format("{}", swr::error{swr::error_code::adjacent_separators, swr::field::repository, 5, 14}) ==
        "repository: adjacent_separators at byte 5 of the value at offset 14");
  CHECK(fmt::format("{}", swr::error{swr::error_code::unexpected_end, swr::field::none, 7, 7}) ==
        "unexpected_end at offset 7");
  CHECK(fmt::format("{}", swr::error{swr::error_code::wrong_type, swr::field::is_public, 30, 30}) ==
        "is_public: wrong_type at offset 30");
  CHECK(fmt::format("{}|{}|{}", swr::field::namespace_name, swr::error_code::nesting_too_deep,
                    swr::error_kind::schema) == "namespace|nesting_too_deep|schema");
}

TEST_CASE("bodies and requests format with their strings escaped") {
  const swr::create_repo_body body{"team/app", true, swr::category::linux_, std::string("a\"b\n\x1b[2J")};
  CHECK(fmt::format("{}", body) ==
        R"({repository: "team/app", is_public: true, category: linux, description: "a\"b\n\x1b[2J"})");
  CHECK(fmt::format("{}", swr::create_repo_request{"my-org", {"r", false, {}, {}}}) ==
        R"({namespace: "my-org", body: {repository: "r", is_public: false}})");
}

TEST_CASE("an HTTP request formats as its message with the token redacted") {
  const std::string token = "MIIZ-very-secret-token";
  const auto request = swr::to_http_request({"my-org", {"team/app", true, {}, {}}}, "localhost:8443", token);
  REQUIRE(request.has_value());
  const std::string text = fmt::format("{}", *request);
  CHECK(text.find(token) == std::string::npos);
  CHECK(text.find("X-Auth-Token: <redacted>\r\n") != std::string::npos);
  CHECK(text == swr::debug_string(*request));
  CHECK(text.rfind("POST /v2/manage/namespaces/my-org/repos HTTP/1.1\r\n", 0) == 0);
}

TEST_CASE("a signed HTTP request formats with its security token and signature redacted") {
  const swr::access_key key{"AKEXAMPLE", "SECRETKEY-never-shown", "security-token-never-shown"};
  const auto request = swr::to_http_request({"my-org", {"team/app", true, {}, {}}}, "localhost:8443", key,
                                            std::chrono::system_clock::time_point(std::chrono::seconds(1704164645)));
  REQUIRE(request.has_value());
  const std::string text = fmt::format("{}", *request);
  CHECK(text == swr::debug_string(*request));
  CHECK(text.find("never-shown") == std::string::npos);
  CHECK(text.find("X-Security-Token: <redacted>\r\n") != std::string::npos);
  CHECK(text.find("Authorization: SDK-HMAC-SHA256 Access=AKEXAMPLE, "
                  "SignedHeaders=content-type;host;x-sdk-date;x-security-token, Signature=<redacted>\r\n") !=
        std::string::npos);
  CHECK(text.find("X-Sdk-Date: 20240102T030405Z\r\n") != std::string::npos);
}

TEST_CASE("outcomes and service errors") {
  CHECK(fmt::format("{}", swr::create_repo_outcome_of(409)) == "repository_exists");
  CHECK(fmt::format("{}", swr::service_error{"SVCSTG.SWR.4001029", "Invalid image name", ""}) ==
        R"("SVCSTG.SWR.4001029": "Invalid image name")");
  CHECK(fmt::format("{}", swr::service_error{"C", "M", "d\n"}) == R"("C": "M" ("d\n"))");
}

TEST_CASE("codes about a whole value format without a position") {
  CHECK(fmt::format("{}", swr::error{swr::error_code::unknown_category, swr::field::category, 0}) ==
        "category: unknown_category");
  CHECK(fmt::format("{}", swr::region_host("mars-1").error()) == "region: unknown_region");
  CHECK(fmt::format("{}", swr::error{swr::error_code::reserved, swr::field::namespace_name, 0}) ==
        "namespace: reserved at byte 0");
}
