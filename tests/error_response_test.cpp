// Tests for swr/error_response.hpp: the SWR error that answers each kind of problem (code, HTTP status, the
// field of the table), describe(), and the error body, read back by parse_error_response into the same code,
// message and detail; a detail that is not UTF-8 is refused, never written into the JSON.
#include "swr/swr.hpp"

#include <string>
#include <string_view>
#include <vector>

#include "test_support.hpp"

using swr::error;
using swr::error_code;
using swr::field;

namespace {
std::string answer(const error& e) {
  const swr::service_error_info& info = swr::service_error_for(e);
  return std::string(info.code) + " " + std::to_string(info.http_status);
}
}  // namespace

static_assert(swr::service_error_for(error{error_code::too_long, field::description, 30000}).http_status == 413);

TEST_CASE("error_response: the SWR error that answers each kind of problem") {
  CHECK(answer({error_code::invalid_start, field::namespace_name, 0}) == "SVCSTG.SWR.4001028 400");
  CHECK(answer({error_code::reserved, field::namespace_name, 0}) == "SVCSTG.SWR.4001028 400");
  CHECK(answer({error_code::adjacent_separators, field::repository, 5}) == "SVCSTG.SWR.4001029 400");
  CHECK(answer({error_code::too_long, field::description, 30000}) == "SVCSTG.SWR.4131012 413");
  CHECK(answer({error_code::invalid_utf8, field::description, 3}) == "SVCSTG.SWR.4001025 400");
  CHECK(answer({error_code::unknown_category, field::category, 0}) == "SVCSTG.SWR.4001025 400");
  CHECK(answer({error_code::empty, field::token, 0}) == "SVCSTG.SWR.4010000 401");
  CHECK(answer({error_code::missing_member, field::repository, 2, 2}) == "SVCSTG.SWR.4001014 400");
  CHECK(answer({error_code::missing_member, field::is_public, 2, 2}) == "SVCSTG.SWR.4001014 400");
  CHECK(answer({error_code::wrong_type, field::is_public, 13, 13}) == "SVCSTG.SWR.4001009 400");
  CHECK(answer({error_code::wrong_type, field::repository, 14, 14}) == "SVCSTG.SWR.4000014 400");
  CHECK(answer({error_code::unexpected_end, field::none, 7, 7}) == "SVCSTG.SWR.4000014 400");
  CHECK(answer({error_code::nesting_too_deep, field::none, 64, 64}) == "SVCSTG.SWR.4000014 400");
  CHECK(answer({error_code::duplicate_member, field::repository, 20, 20}) == "SVCSTG.SWR.4000014 400");
  CHECK(answer({error_code::not_an_object, field::none, 0, 0}) == "SVCSTG.SWR.4000014 400");
  CHECK(answer({error_code::invalid_host, field::host, 3}) == "SVCSTG.SWR.4000014 400");
  // The table's field agrees with the problem's, where the code concerns one field.
  CHECK(swr::service_error_for({error_code::invalid_character, field::repository, 1}).field == field::repository);
  CHECK(swr::service_error_for({error_code::empty, field::namespace_name, 0}).field == field::namespace_name);
}

TEST_CASE("error_response: describe() says field, code and where, then the message") {
  CHECK(swr::describe({error_code::adjacent_separators, field::repository, 5}) ==
        "repository: adjacent_separators at byte 5: " +
            std::string(swr::message(error{error_code::adjacent_separators, field::repository, 5})));
  CHECK(swr::describe({error_code::unexpected_end, field::none, 7, 7}) ==
        "unexpected_end at offset 7: The JSON document ends too early.");
  CHECK(swr::describe({error_code::unknown_category, field::category, 0}).rfind("category: unknown_category: ", 0) ==
        0);
}

TEST_CASE("error_response: the body parses back into the same code, message and detail") {
  const auto body = swr::parse_create_repo_body(R"({"repository":"team//app","is_public":true})");
  REQUIRE_FALSE(body.has_value());
  const std::string json = swr::error_response_json(body.error());
  CHECK(json.rfind(R"([{"errorCode":"SVCSTG.SWR.4001029","errorMessage":"Invalid image name","detail":"repository: )",
                   0) == 0);
  const auto parsed = swr::parse_error_response(json);
  REQUIRE(parsed.has_value());
  REQUIRE(parsed->size() == 1);
  const swr::service_error& entry = parsed->front();
  CHECK(entry.code == "SVCSTG.SWR.4001029");
  CHECK(entry.message == "Invalid image name");
  CHECK(entry.detail == swr::describe(body.error()));
  REQUIRE(entry.info() != nullptr);
  CHECK(entry.info()->field == field::repository);
  CHECK(entry.info()->http_status == 400);

  // Every problem the parser can report gives a body that reads back.
  for (const std::string_view document : {"", "{", "[]", R"({"repository":1,"is_public":true})",
                                          R"({"repository":"a","is_public":true,"description":null,"x":[[[]]]} x)",
                                          R"({"is_public":true})", R"({"repository":"a","is_public":"yes"})"}) {
    CAPTURE(document);
    const auto refused = swr::parse_create_repo_body(document);
    REQUIRE_FALSE(refused.has_value());
    const auto back = swr::parse_error_response(swr::error_response_json(refused.error()));
    REQUIRE(back.has_value());
    CHECK(back->front().info() == &swr::service_error_for(refused.error()));
  }
}

TEST_CASE("error_response: any detail is escaped; one that is not UTF-8 is refused") {
  const swr::service_error_info& exists = *swr::find_service_error("SVCSTG.SWR.4090006");
  const auto json = swr::error_response_json(exists, "\"quoted\"\r\n\\ and caf\xC3\xA9");
  REQUIRE(json.has_value());
  const auto parsed = swr::parse_error_response(*json);
  REQUIRE(parsed.has_value());
  CHECK(parsed->front().detail == "\"quoted\"\r\n\\ and caf\xC3\xA9");
  CHECK(*swr::error_response_json(exists) ==
        R"([{"errorCode":"SVCSTG.SWR.4090006","errorMessage":"The image already exists","detail":""}])");
  const auto refused = swr::error_response_json(exists, "ab\xFFz");
  REQUIRE_FALSE(refused.has_value());
  CHECK(refused.error() == error{error_code::invalid_utf8, field::none, 2});
}
