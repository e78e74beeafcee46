// Tests for swr/response.hpp against docs/api.md: the status codes of the create call, the table of
// SVCSTG.SWR error codes (written out by hand below, with the fields each code concerns), and the error
// bodies: the documented array shape, the single object, the API gateway's error_code/error_msg, and every
// way a body can be refused (schema problems at the offending value, syntax errors of strict RFC 8259 JSON).
#include "swr/swr.hpp"

#include <climits>
#include <cstddef>
#include <ostream>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "test_support.hpp"

using swr::create_repo_outcome;
using swr::error_code;
using swr::error_kind;
using swr::field;
using swr::service_error;

namespace {

// A parse failure as the tests compare it: every member of the error, and its kind.
struct failure {
  error_code code = error_code::none;
  error_kind kind = error_kind::value;
  field where = field::none;
  std::size_t position = 0;
  std::size_t offset = 0;

  friend bool operator==(const failure& a, const failure& b) {
    return a.code == b.code && a.kind == b.kind && a.where == b.where && a.position == b.position &&
           a.offset == b.offset;
  }
  friend std::ostream& operator<<(std::ostream& os, const failure& f) {
    return os << swr::to_string(f.code) << " (" << swr::to_string(f.kind) << ") field '" << swr::to_string(f.where)
              << "' position " << f.position << " offset " << f.offset;
  }
};

// What parse_error_response says about `json`; code `none` if it accepted it.
failure failure_of(std::string_view json) {
  const auto r = swr::parse_error_response(json);
  CHECK_FALSE(r.has_value());
  if (r.has_value()) return failure{};
  const swr::error& e = r.error();
  return failure{e.code, e.kind(), e.field, e.position, e.offset};
}

// The expected failure: a problem of the document (field none) at byte `offset`.
failure at(error_code code, error_kind kind, std::size_t offset) {
  return failure{code, kind, field::none, offset, offset};
}

// The offset of `marker` in `json` (the marker must occur exactly once).
std::size_t offset_of(std::string_view json, std::string_view marker) {
  const std::size_t at_ = json.find(marker);
  REQUIRE(at_ != std::string_view::npos);
  CHECK(json.find(marker, at_ + 1) == std::string_view::npos);
  return at_;
}

// The entries of an accepted body; none (and a failed check) if it was refused.
std::vector<service_error> entries_of(std::string_view json) {
  auto r = swr::parse_error_response(json);
  if (!r.has_value()) {
    const std::string problem = std::string(swr::to_string(r.error().code)) + " at " + std::to_string(r.error().offset);
    CAPTURE(problem);
    CHECK(r.has_value());
    return {};
  }
  return *std::move(r);
}

service_error entry(std::string code, std::string message, std::string detail = {}) {
  service_error e;
  e.code = std::move(code);
  e.message = std::move(message);
  e.detail = std::move(detail);
  return e;
}

// docs/api.md's table of the codes that concern the create call, and the request fields each one is about.
struct documented_code {
  std::string_view code;
  int http_status;
  field first;
  field second;
  std::string_view meaning;
};
constexpr documented_code documented_codes[] = {
    {"SVCSTG.SWR.4000014", 400, field::none, field::none, "Invalid API parameters"},
    {"SVCSTG.SWR.4001008", 400, field::namespace_name, field::repository, "Invalid organization or name"},
    {"SVCSTG.SWR.4001009", 400, field::is_public, field::none, "is_public must be true or false"},
    {"SVCSTG.SWR.4001014", 400, field::none, field::none, "Mandatory parameters missing"},
    {"SVCSTG.SWR.4001025", 400, field::none, field::none, "Invalid parameters"},
    {"SVCSTG.SWR.4001028", 400, field::namespace_name, field::none, "Invalid organization name"},
    {"SVCSTG.SWR.4001029", 400, field::repository, field::none, "Invalid image name"},
    {"SVCSTG.SWR.4009010", 400, field::namespace_name, field::none, "Invalid organization"},
    {"SVCSTG.SWR.4009011", 400, field::repository, field::none, "Invalid image name"},
    {"SVCSTG.SWR.4001048", 400, field::token, field::none, "Failed to get token from context"},
    {"SVCSTG.SWR.4010000", 401, field::token, field::none, "Authentication failed (e.g. token expired)"},
    {"SVCSTG.SWR.4090006", 409, field::repository, field::none, "The image already exists"},
    {"SVCSTG.SWR.4131001", 413, field::none, field::none, "Request body too large"},
    {"SVCSTG.SWR.4131012", 413, field::description, field::none, "Description exceeds the maximum length"},
    {"SVCSTG.SWR.4041061", 404, field::namespace_name, field::none, "Organization not found"},
    {"SVCSTG.SWR.4040058", 404, field::namespace_name, field::none, "Organization not found"},
    {"SVCSTG.SWR.4040010", 404, field::repository, field::none, "The image does not exist"},
    {"SVCSTG.SWR.4060012", 406, field::repository, field::none,
     "Failed to delete the image repository because it contains images"},
};

// Bodies that must be accepted; used for the prefix and trailing-character tests too. None ends in
// whitespace, so that every proper prefix is an incomplete document.
constexpr std::string_view documented_body =
    R"([{"errorCode":"SVCSTG.SWR.4001048","errorMessage":"Failed to get Token from Context","detail":""}])";
constexpr std::string_view ascii_bodies[] = {
    documented_body,
    R"({"errorCode":"SVCSTG.SWR.4001090","errorMessage":"...."})",
    R"({"error_code":"APIGW.0301","error_msg":"Incorrect IAM authentication information","request_id":"6a5b"})",
    " [ { \"errorCode\" : \"SVCSTG.SWR.4001029\" ,\n\t\"errorMessage\" : \"Invalid image name\" , \"detail\" : null } ,"
    " {\"errorCode\":\"SVCSTG.SWR.4001028\",\"errorMessage\":\"x\\\"y\\\\z\\/\\b\\f\\n\\r\\t\\u00e9\"} ]",
    R"({"n":-12.5e+3,"m":0,"k":1E-2,"t":true,"f":false,"z":null,"o":{"a":[1,{"b":[]},{}]},)"
    R"("errorCode":"c","errorMessage":"m"})",
};

}  // namespace

// ---------------------------------------------------------------------------------------------------------
// Status codes (docs/api.md: 200 created, older pages 201; 400, 401, 409, 500; the appendix adds 413)

static_assert(swr::create_repo_outcome_of(200) == create_repo_outcome::created);
static_assert(swr::create_repo_outcome_of(201) == create_repo_outcome::created);
static_assert(swr::create_repo_outcome_of(413) == create_repo_outcome::payload_too_large);
static_assert(swr::create_repo_outcome_of(404) == create_repo_outcome::unexpected);
static_assert(swr::to_string(create_repo_outcome::repository_exists) == "repository_exists");
static_assert(!swr::message(create_repo_outcome::internal_error).empty());
static_assert(noexcept(swr::create_repo_outcome_of(0)));
static_assert(swr::find_service_error("SVCSTG.SWR.4001029") != nullptr);
static_assert(swr::find_service_error("SVCSTG.SWR.4001029")->http_status == 400);
static_assert(swr::find_service_error("SVCSTG.SWR.4001029")->field == field::repository);
static_assert(swr::find_service_error("SVCSTG.SWR.4131012")->field == field::description);
static_assert(swr::find_service_error("svcstg.swr.4001029") == nullptr);
static_assert(swr::find_service_error("") == nullptr);
static_assert(noexcept(swr::find_service_error(std::string_view{})));
static_assert(sizeof(swr::service_errors) / sizeof(swr::service_errors[0]) == 18);

TEST_CASE("create_repo_outcome_of: every documented status") {
  CHECK(swr::create_repo_outcome_of(200) == create_repo_outcome::created);
  CHECK(swr::create_repo_outcome_of(201) == create_repo_outcome::created);
  CHECK(swr::create_repo_outcome_of(400) == create_repo_outcome::bad_request);
  CHECK(swr::create_repo_outcome_of(401) == create_repo_outcome::authentication_failed);
  CHECK(swr::create_repo_outcome_of(409) == create_repo_outcome::repository_exists);
  CHECK(swr::create_repo_outcome_of(413) == create_repo_outcome::payload_too_large);
  CHECK(swr::create_repo_outcome_of(500) == create_repo_outcome::internal_error);
}

TEST_CASE("create_repo_outcome_of: any other status is unexpected") {
  for (const int status : {0,   1,   100, 199, 202, 203, 204, 299, 301, 402,  403, 404,  408,     410,    412,
                           414, 429, 499, 501, 502, 503, 504, 599, 600, 2000, -1,  -200, INT_MIN, INT_MAX}) {
    CAPTURE(status);
    CHECK(swr::create_repo_outcome_of(status) == create_repo_outcome::unexpected);
  }
}

TEST_CASE("to_string and message of every outcome: non-empty and distinct") {
  struct named {
    create_repo_outcome outcome;
    std::string_view name;
  };
  const named all[] = {
      {create_repo_outcome::created, "created"},
      {create_repo_outcome::bad_request, "bad_request"},
      {create_repo_outcome::authentication_failed, "authentication_failed"},
      {create_repo_outcome::repository_exists, "repository_exists"},
      {create_repo_outcome::payload_too_large, "payload_too_large"},
      {create_repo_outcome::internal_error, "internal_error"},
      {create_repo_outcome::unexpected, "unexpected"},
  };
  std::set<std::string_view> names;
  std::set<std::string_view> messages;
  for (std::size_t i = 0; i < std::size(all); ++i) {
    CAPTURE(all[i].name);
    CHECK(static_cast<std::size_t>(all[i].outcome) == i);  // the list covers the enum
    CHECK(swr::to_string(all[i].outcome) == all[i].name);
    const std::string_view m = swr::message(all[i].outcome);
    CAPTURE(m);
    REQUIRE_FALSE(m.empty());
    CHECK(m.back() == '.');
    CHECK(m.find('\n') == std::string_view::npos);
    names.insert(swr::to_string(all[i].outcome));
    messages.insert(m);
  }
  CHECK(names.size() == std::size(all));
  CHECK(messages.size() == std::size(all));
  CHECK(swr::to_string(static_cast<create_repo_outcome>(7)).empty());
  CHECK(swr::message(static_cast<create_repo_outcome>(200)).empty());
}

// ---------------------------------------------------------------------------------------------------------
// The SVCSTG.SWR codes

TEST_CASE("service_errors: exactly docs/api.md's table, with the fields each code concerns") {
  REQUIRE(std::size(swr::service_errors) == std::size(documented_codes));
  std::set<std::string_view> codes;
  for (const swr::service_error_info& info : swr::service_errors) {
    CAPTURE(info.code);
    CHECK(codes.insert(info.code).second);  // no code twice
    CHECK(info.code.substr(0, 11) == "SVCSTG.SWR.");
    CHECK(info.code.size() == 18);
  }
  for (const documented_code& expected : documented_codes) {
    CAPTURE(expected.code);
    const swr::service_error_info* info = swr::find_service_error(expected.code);
    REQUIRE(info != nullptr);
    CHECK(info->code == expected.code);
    CHECK(info->http_status == expected.http_status);
    CHECK(info->meaning == expected.meaning);
    // The fields, in either order; a single field is in `field`.
    const bool same_order = info->field == expected.first && info->other_field == expected.second;
    const bool swapped = info->field == expected.second && info->other_field == expected.first;
    CHECK((same_order || (swapped && expected.second != field::none)));
    CHECK((info->other_field == field::none || info->other_field != info->field));
    // The status agrees with the outcomes of the create call (404 and 406 are not among them: the management
    // API's other operations answer those) and with outcome_of, for any operation.
    const create_repo_outcome outcome = swr::create_repo_outcome_of(info->http_status);
    if (info->http_status == 404 || info->http_status == 406) {
      CHECK(outcome == create_repo_outcome::unexpected);
    } else {
      CHECK(outcome != create_repo_outcome::unexpected);
    }
    CHECK(swr::outcome_of(info->http_status) != swr::api_outcome::unexpected);
  }
}

TEST_CASE("find_service_error: exact codes only") {
  for (std::size_t i = 0; i < std::size(swr::service_errors); ++i) {
    CAPTURE(swr::service_errors[i].code);
    CHECK(swr::find_service_error(swr::service_errors[i].code) == &swr::service_errors[i]);
    // Built from a separate buffer: compared by content, not by address.
    const std::string copy(swr::service_errors[i].code);
    CHECK(swr::find_service_error(copy) == &swr::service_errors[i]);
  }
  for (const char* unknown :
       {"", "SVCSTG.SWR.", "SVCSTG.SWR.4001090", "SVCSTG.SWR.9999999", "svcstg.swr.4001029", "SVCSTG.swr.4001029",
        "4001029", "SWR.4001029", "SVCSTG.SWR.400102", "SVCSTG.SWR.40010290", "SVCSTG.SWR.4001029 ",
        " SVCSTG.SWR.4001029", "SVCSTG.SWR.4001029\n", "APIGW.0301", "SVCSTG_SWR_4001029"}) {
    CAPTURE(unknown);
    CHECK(swr::find_service_error(unknown) == nullptr);
  }
  CHECK(swr::find_service_error(std::string_view("SVCSTG.SWR.4001029\0", 19)) == nullptr);
}

// ---------------------------------------------------------------------------------------------------------
// parse_error_response: accepted bodies

TEST_CASE("parse_error_response: the documented array shape") {
  const std::vector<service_error> errors = entries_of(documented_body);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].code == "SVCSTG.SWR.4001048");
  CHECK(errors[0].message == "Failed to get Token from Context");
  CHECK(errors[0].detail.empty());
  CHECK(errors[0] == entry("SVCSTG.SWR.4001048", "Failed to get Token from Context"));
  const swr::service_error_info* info = errors[0].info();
  REQUIRE(info != nullptr);
  CHECK(info->http_status == 400);
  CHECK(info->field == field::token);
}

TEST_CASE("parse_error_response: the single-object shape") {
  const std::vector<service_error> errors =
      entries_of(R"({"errorCode":"SVCSTG.SWR.4001029","errorMessage":"Invalid image name"})");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0] == entry("SVCSTG.SWR.4001029", "Invalid image name"));
  REQUIRE(errors[0].info() != nullptr);
  CHECK(errors[0].info() == swr::find_service_error("SVCSTG.SWR.4001029"));
  CHECK(errors[0].info()->field == field::repository);

  // docs/api.md's example of the single object carries a code outside the table.
  const std::vector<service_error> unknown =
      entries_of("{\"errorCode\":\"SVCSTG.SWR.4001090\",\"errorMessage\":\"\xe2\x80\xa6\"}");
  REQUIRE(unknown.size() == 1);
  CHECK(unknown[0].code == "SVCSTG.SWR.4001090");
  CHECK(unknown[0].message == "\xe2\x80\xa6");
  CHECK(unknown[0].info() == nullptr);
}

TEST_CASE("parse_error_response: the API gateway's shape (error_code/error_msg)") {
  const std::vector<service_error> errors =
      entries_of(R"({"error_code":"APIGW.0301",)"
                 R"("error_msg":"Incorrect IAM authentication information: verify aksk signature fail",)"
                 R"("request_id":"be3c8b1e2c4f7d52f7a0a1f3e9a1b6c0"})");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].code == "APIGW.0301");
  CHECK(errors[0].message == "Incorrect IAM authentication information: verify aksk signature fail");
  CHECK(errors[0].detail.empty());
  CHECK(errors[0].info() == nullptr);

  // The aliases mix with the documented names, and work in the array shape.
  const std::vector<service_error> mixed =
      entries_of(R"([{"error_code":"SVCSTG.SWR.4010000","errorMessage":"a"},{"errorCode":"b","error_msg":"c"}])");
  REQUIRE(mixed.size() == 2);
  CHECK(mixed[0] == entry("SVCSTG.SWR.4010000", "a"));
  CHECK(mixed[1] == entry("b", "c"));
  REQUIRE(mixed[0].info() != nullptr);
  CHECK(mixed[0].info()->http_status == 401);
}

TEST_CASE("parse_error_response: several entries, in order") {
  const std::vector<service_error> errors =
      entries_of(R"([{"errorCode":"SVCSTG.SWR.4001028","errorMessage":"Invalid organization name","detail":"ns"},)"
                 R"({"errorCode":"SVCSTG.SWR.4001029","errorMessage":"Invalid image name"},)"
                 R"({"errorMessage":"The image already exists","errorCode":"SVCSTG.SWR.4090006","detail":null}])");
  REQUIRE(errors.size() == 3);
  CHECK(errors[0] == entry("SVCSTG.SWR.4001028", "Invalid organization name", "ns"));
  CHECK(errors[1] == entry("SVCSTG.SWR.4001029", "Invalid image name"));
  CHECK(errors[2] == entry("SVCSTG.SWR.4090006", "The image already exists"));
  CHECK(errors[0] != errors[1]);
  REQUIRE(errors[2].info() != nullptr);
  CHECK(errors[2].info()->http_status == 409);
}

TEST_CASE("parse_error_response: detail absent, null or a string") {
  const auto absent = entries_of(R"({"errorCode":"c","errorMessage":"m"})");
  const auto null = entries_of(R"({"errorCode":"c","errorMessage":"m","detail":null})");
  const auto empty = entries_of(R"({"errorCode":"c","errorMessage":"m","detail":""})");
  const auto text = entries_of(R"({"detail":"the namespace a__-b","errorCode":"c","errorMessage":"m"})");
  REQUIRE(absent.size() == 1);
  REQUIRE(null.size() == 1);
  REQUIRE(empty.size() == 1);
  REQUIRE(text.size() == 1);
  CHECK(absent[0] == entry("c", "m"));
  CHECK(null[0] == entry("c", "m"));
  CHECK(empty[0] == entry("c", "m"));
  CHECK(text[0] == entry("c", "m", "the namespace a__-b"));
  CHECK(text[0] != absent[0]);
}

TEST_CASE("parse_error_response: unknown members of any JSON type are skipped") {
  const char* values[] = {"\"s\"",
                          "\"\"",
                          "0",
                          "-1",
                          "12.5",
                          "-0.5e-7",
                          "1E+20",
                          "true",
                          "false",
                          "null",
                          "{}",
                          "[]",
                          R"({"errorCode":"inner","errorMessage":1,"x":[{"y":null}]})",
                          R"([1,"two",[3],{"four":4}])",
                          "\"\\u0000\\ud83d\\ude00\""};
  for (const char* value : values) {
    CAPTURE(value);
    for (const std::string& json : {std::string(R"({"x":)") + value + R"(,"errorCode":"c","errorMessage":"m"})",
                                    std::string(R"({"errorCode":"c","x":)") + value + R"(,"errorMessage":"m"})",
                                    std::string(R"([{"errorCode":"c","errorMessage":"m","x":)") + value + "}]"}) {
      CAPTURE(json);
      const auto errors = entries_of(json);
      REQUIRE(errors.size() == 1);
      CHECK(errors[0] == entry("c", "m"));  // a nested errorCode is not read
    }
  }
  // Names that only resemble the members are other members.
  const auto near = entries_of(
      R"({"ErrorCode":1,"errorcode":2,"error_Code":3,"errorCode ":4,"errorMsg":5,"message":6,"code":7,"Detail":8,)"
      R"("errorCode":"c","errorMessage":"m"})");
  REQUIRE(near.size() == 1);
  CHECK(near[0] == entry("c", "m"));
}

TEST_CASE("parse_error_response: escapes and UTF-8 are decoded") {
  const auto errors = entries_of(
      "{\"errorCode\":\"SVCSTG.SWR.4001029\","
      "\"errorMessage\":\"q\\\"b\\\\s\\/"
      "\\b\\f\\n\\r\\t|\\u0041\\u00e9\\u4E2D\\ud83d\\ude00|\\u0000|\xe4\xb8\xad\xe6\x96\x87\xf0\x9f\x98\x80\","
      "\"detail\":\"caf\\u00E9 caf\xc3\xa9\"}");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].code == "SVCSTG.SWR.4001029");
  const std::string expected_message = std::string("q\"b\\s/\b\f\n\r\t|A\xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80|") +
                                       std::string(1, '\0') + "|\xe4\xb8\xad\xe6\x96\x87\xf0\x9f\x98\x80";
  CHECK(errors[0].message == expected_message);
  CHECK(errors[0].message.size() == expected_message.size());
  CHECK(errors[0].detail == "caf\xc3\xa9 caf\xc3\xa9");
  // An escaped code is the same code.
  const auto escaped = entries_of(R"({"errorCode":"SVCSTG.SWR.\u00340010\u0032\u0039","errorMessage":"m"})");
  REQUIRE(escaped.size() == 1);
  CHECK(escaped[0].code == "SVCSTG.SWR.4001029");
  CHECK(escaped[0].info() == swr::find_service_error("SVCSTG.SWR.4001029"));
  // So is an escaped member name.
  const auto escaped_name = entries_of(R"({"error\u0043ode":"c","errorMessage":"m"})");
  REQUIRE(escaped_name.size() == 1);
  CHECK(escaped_name[0] == entry("c", "m"));
}

TEST_CASE("parse_error_response: JSON whitespace around every token") {
  const auto errors = entries_of(
      " \t\r\n[ \t\r\n{ \t\r\n\"errorCode\" \t\r\n: \t\r\n\"c\" \t\r\n, \t\r\n"
      "\"errorMessage\"\n:\n\"m\"\n}\n,\n{\"errorCode\":\"d\",\"errorMessage\":\"n\"}\r\n] \t\r\n");
  REQUIRE(errors.size() == 2);
  CHECK(errors[0] == entry("c", "m"));
  CHECK(errors[1] == entry("d", "n"));
}

TEST_CASE("parse_error_response: every accepted body of the test set") {
  for (const std::string_view body : ascii_bodies) {
    CAPTURE(body);
    CHECK_FALSE(entries_of(body).empty());
  }
}

// ---------------------------------------------------------------------------------------------------------
// parse_error_response: schema problems, at the offending value

TEST_CASE("missing errorCode or errorMessage: missing_member at the object's closing brace") {
  // As parse_create_repo_body reports a missing member: where the object ends without it.
  CHECK(failure_of(R"({"errorMessage":"m"})") == at(error_code::missing_member, error_kind::schema, 19));
  CHECK(failure_of(R"({"errorCode":"c"})") == at(error_code::missing_member, error_kind::schema, 16));
  CHECK(failure_of(R"({"errorCode":"c","detail":"d"})") == at(error_code::missing_member, error_kind::schema, 29));
  CHECK(failure_of(R"({})") == at(error_code::missing_member, error_kind::schema, 1));
  CHECK(failure_of(R"({"error_code":"c","detail":null})") == at(error_code::missing_member, error_kind::schema, 31));
  CHECK(failure_of(R"({"error_msg":"m","request_id":"r"})") == at(error_code::missing_member, error_kind::schema, 33));
  CHECK(failure_of("  \n{\"errorCode\":\"c\"} ") == at(error_code::missing_member, error_kind::schema, 19));
  CHECK(failure_of(R"([{"errorCode":"c"}])") == at(error_code::missing_member, error_kind::schema, 17));
  CHECK(failure_of(R"([{}])") == at(error_code::missing_member, error_kind::schema, 2));
  const std::string_view second = R"([{"errorCode":"c","errorMessage":"m"}, {"errorMessage":"m"}])";
  CHECK(failure_of(second) ==
        at(error_code::missing_member, error_kind::schema, offset_of(second, R"({"errorMessage":"m"}])") + 19));
}

TEST_CASE("wrong types: wrong_type at the value") {
  for (const char* value : {"1", "-0.5", "true", "false", "null", "{}", "[]", R"({"a":"b"})", R"(["c"])"}) {
    CAPTURE(value);
    const std::string v(value);
    const std::string code_wrong = R"({"errorCode": )" + v + R"(,"errorMessage":"m"})";
    CHECK(failure_of(code_wrong) == at(error_code::wrong_type, error_kind::schema, 14));
    const std::string alias_wrong = R"({"errorMessage":"m","error_code":)" + v + "}";
    CHECK(failure_of(alias_wrong) == at(error_code::wrong_type, error_kind::schema, 33));
    const std::string message_wrong = R"([{"errorCode":"c","errorMessage":)" + v + "}]";
    CHECK(failure_of(message_wrong) == at(error_code::wrong_type, error_kind::schema, 33));
    const std::string msg_wrong = R"({"error_msg":)" + v + R"(,"error_code":"c"})";
    CHECK(failure_of(msg_wrong) == at(error_code::wrong_type, error_kind::schema, 13));
    if (v != "null") {  // detail may be null, nothing else but a string
      const std::string detail_wrong = R"({"errorCode":"c","errorMessage":"m","detail":)" + v + "}";
      CHECK(failure_of(detail_wrong) == at(error_code::wrong_type, error_kind::schema, 45));
    }
  }
}

TEST_CASE("errorCode and error_code together, or a key twice: duplicate_member at the second name") {
  const std::string_view both_codes = R"({"errorCode":"a","error_code":"b","errorMessage":"m"})";
  CHECK(failure_of(both_codes) == at(error_code::duplicate_member, error_kind::schema, 17));
  const std::string_view both_codes_reversed = R"({"error_code":"a","errorMessage":"m","errorCode":"b"})";
  CHECK(failure_of(both_codes_reversed) == at(error_code::duplicate_member, error_kind::schema, 37));
  const std::string_view both_messages = R"({"errorCode":"a","errorMessage":"m","error_msg":"n"})";
  CHECK(failure_of(both_messages) == at(error_code::duplicate_member, error_kind::schema, 36));
  const std::string_view code_twice = R"({"errorCode":"a","errorMessage":"m","errorCode":"a"})";
  CHECK(failure_of(code_twice) == at(error_code::duplicate_member, error_kind::schema, 36));
  const std::string_view message_twice = R"({"errorMessage":"m","errorCode":"a","errorMessage":"m"})";
  CHECK(failure_of(message_twice) == at(error_code::duplicate_member, error_kind::schema, 36));
  const std::string_view detail_twice = R"({"errorCode":"a","errorMessage":"m","detail":null,"detail":"d"})";
  CHECK(failure_of(detail_twice) == at(error_code::duplicate_member, error_kind::schema, 50));
  const std::string_view other_twice = R"({"request_id":1,"errorCode":"a","request_id":2,"errorMessage":"m"})";
  CHECK(failure_of(other_twice) == at(error_code::duplicate_member, error_kind::schema, 32));
  const std::string_view in_array =
      R"([{"errorCode":"a","errorMessage":"m"},{"errorCode":"a","errorMessage":"m","errorCode":"b"}])";
  CHECK(failure_of(in_array) == at(error_code::duplicate_member, error_kind::schema, 74));
  // The same members in two entries are no duplicate.
  CHECK(entries_of(R"([{"errorCode":"a","errorMessage":"m"},{"errorCode":"a","errorMessage":"m"}])").size() == 2);
  // A third occurrence does not move the report.
  const std::string_view thrice = R"({"errorCode":"a","errorCode":"b","errorCode":"c","errorMessage":"m"})";
  CHECK(failure_of(thrice) == at(error_code::duplicate_member, error_kind::schema, 17));
}

TEST_CASE("an array element that is not an object: not_an_object at the element") {
  CHECK(failure_of(R"(["SVCSTG.SWR.4001029"])") == at(error_code::not_an_object, error_kind::schema, 1));
  CHECK(failure_of(R"([ 1])") == at(error_code::not_an_object, error_kind::schema, 2));
  CHECK(failure_of(R"([null])") == at(error_code::not_an_object, error_kind::schema, 1));
  CHECK(failure_of(R"([true])") == at(error_code::not_an_object, error_kind::schema, 1));
  CHECK(failure_of(R"([[{"errorCode":"c","errorMessage":"m"}]])") ==
        at(error_code::not_an_object, error_kind::schema, 1));
  const std::string_view later = R"([{"errorCode":"c","errorMessage":"m"},
    false])";
  CHECK(failure_of(later) == at(error_code::not_an_object, error_kind::schema, offset_of(later, "false")));
}

TEST_CASE("a top-level value that is neither an object nor an array: not_an_object") {
  CHECK(failure_of(R"("SVCSTG.SWR.4001029")") == at(error_code::not_an_object, error_kind::schema, 0));
  CHECK(failure_of("42") == at(error_code::not_an_object, error_kind::schema, 0));
  CHECK(failure_of("-1.5e3") == at(error_code::not_an_object, error_kind::schema, 0));
  CHECK(failure_of("null") == at(error_code::not_an_object, error_kind::schema, 0));
  CHECK(failure_of("false") == at(error_code::not_an_object, error_kind::schema, 0));
  CHECK(failure_of(" \r\n\t\"x\" ") == at(error_code::not_an_object, error_kind::schema, 4));
}

TEST_CASE("an empty array says nothing: refused") {
  CHECK(failure_of("[]") == at(error_code::missing_member, error_kind::schema, 0));
  CHECK(failure_of(" [ \n ] ") == at(error_code::missing_member, error_kind::schema, 1));
}

TEST_CASE("several problems: the earliest in the document is reported") {
  const std::string_view json = R"([{"errorCode":"c","errorMessage":"m"},7,{"errorCode":1,"errorMessage":"m"},"x"])";
  CHECK(failure_of(json) == at(error_code::not_an_object, error_kind::schema, offset_of(json, "7")));
  const std::string_view json2 =
      R"([{"errorCode":"c","errorMessage":2},{"errorCode":"c","errorMessage":"m","errorCode":"d"}])";
  CHECK(failure_of(json2) == at(error_code::wrong_type, error_kind::schema, offset_of(json2, "2")));
}

// ---------------------------------------------------------------------------------------------------------
// parse_error_response: syntax errors (not JSON) win over every schema problem

TEST_CASE("every proper prefix of a valid error body is a syntax error at its end") {
  for (const std::string_view body : ascii_bodies) {
    REQUIRE(!entries_of(body).empty());
    for (std::size_t n = 0; n < body.size(); ++n) {
      const std::string_view prefix = body.substr(0, n);
      CAPTURE(prefix);
      // ASCII bodies with no \u escape of a surrogate: the document just stops.
      CHECK(failure_of(prefix) == at(error_code::unexpected_end, error_kind::syntax, n));
    }
  }
}

TEST_CASE("every proper prefix of a body with UTF-8 and surrogate escapes is a syntax error") {
  const std::string_view body =
      "[{\"errorCode\":\"SVCSTG.SWR.4131012\",\"errorMessage\":\"\xe6\x8f\x8f\xe8\xbf\xb0 \\ud83d\\ude00 "
      "\xf0\x9f\x98\x80\","
      "\"detail\":\"\xc3\xa9\"}]";
  REQUIRE(entries_of(body).size() == 1);
  for (std::size_t n = 0; n < body.size(); ++n) {
    const std::string_view prefix = body.substr(0, n);
    CAPTURE(prefix);
    const auto r = swr::parse_error_response(prefix);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().kind() == error_kind::syntax);
    CHECK(r.error().field == field::none);
    CHECK(r.error().offset <= n);
    CHECK(r.error().position == r.error().offset);
  }
}

TEST_CASE("trailing characters after the value") {
  for (const std::string_view body : ascii_bodies) {
    CAPTURE(body);
    for (const char* tail : {"x", "]", "}", ",", "[]", "{}", "0", "\"\"", "null", "/", "\xef\xbb\xbf"}) {
      CAPTURE(tail);
      const std::string json = std::string(body) + tail;
      CHECK(failure_of(json) == at(error_code::trailing_characters, error_kind::syntax, body.size()));
      const std::string spaced = std::string(body) + " \n" + tail;
      CHECK(failure_of(spaced) == at(error_code::trailing_characters, error_kind::syntax, body.size() + 2));
    }
    const std::string nul = std::string(body) + std::string(1, '\0');
    CHECK(failure_of(nul) == at(error_code::trailing_characters, error_kind::syntax, body.size()));
  }
  // Also after a body that has a schema problem: not JSON comes first.
  CHECK(failure_of(R"({"errorCode":1} x)") == at(error_code::trailing_characters, error_kind::syntax, 16));
  CHECK(failure_of("[] []") == at(error_code::trailing_characters, error_kind::syntax, 3));
}

TEST_CASE("invalid UTF-8: malformed_utf8 at the first bad byte, wherever the string is") {
  const char* bad_sequences[] = {
      "\xff",              // never in UTF-8
      "\x80",              // a lone continuation byte
      "\xc0\xaf",          // overlong '/'
      "\xc1\xbf",          // overlong
      "\xe0\x80\xaf",      // overlong 3-byte form
      "\xed\xa0\x80",      // a surrogate (U+D800)
      "\xf4\x90\x80\x80",  // above U+10FFFF
      "\xf5\x80\x80\x80",  // F5 never starts a sequence
      "\xe4\xb8",          // truncated before the closing quote
      "\xc3",              // truncated
      "\xf0\x9f\x98",      // truncated 4-byte form
  };
  for (const char* bad : bad_sequences) {
    CAPTURE(std::string_view(bad).size());
    const std::string in_message = std::string(R"({"errorCode":"c","errorMessage":"ok )") + bad + "\"}";
    CHECK(failure_of(in_message) == at(error_code::malformed_utf8, error_kind::syntax, 36));
    const std::string in_skipped = std::string(R"([{"x":"ok )") + bad + R"(","errorCode":"c","errorMessage":"m"}])";
    CHECK(failure_of(in_skipped) == at(error_code::malformed_utf8, error_kind::syntax, 10));
    const std::string in_name = std::string(R"({"errorCode":"c","errorMessage":"m","k)") + bad + "\":1}";
    CHECK(failure_of(in_name) == at(error_code::malformed_utf8, error_kind::syntax, 38));
    const std::string in_top_level_string = std::string("\"") + bad + "\"";
    CHECK(failure_of(in_top_level_string) == at(error_code::malformed_utf8, error_kind::syntax, 1));
  }
  // Outside a string, a non-ASCII byte cannot start a value (a UTF-8 BOM included).
  CHECK(failure_of("\xef\xbb\xbf[{\"errorCode\":\"c\",\"errorMessage\":\"m\"}]") ==
        at(error_code::unexpected_character, error_kind::syntax, 0));
}

TEST_CASE("other syntax errors, with their codes and offsets") {
  CHECK(failure_of("") == at(error_code::unexpected_end, error_kind::syntax, 0));
  CHECK(failure_of(" \n ") == at(error_code::unexpected_end, error_kind::syntax, 3));
  CHECK(failure_of("[1,]") == at(error_code::unexpected_character, error_kind::syntax, 3));
  CHECK(failure_of(R"({"errorCode":"c","errorMessage":"m",})") ==
        at(error_code::unexpected_character, error_kind::syntax, 36));
  CHECK(failure_of(R"({'errorCode':"c"})") == at(error_code::unexpected_character, error_kind::syntax, 1));
  CHECK(failure_of(R"({"errorCode" "c"})") == at(error_code::unexpected_character, error_kind::syntax, 13));
  CHECK(failure_of(R"({"errorCode":"c" "errorMessage":"m"})") ==
        at(error_code::unexpected_character, error_kind::syntax, 17));
  CHECK(failure_of(R"({"x":nul,"errorCode":"c","errorMessage":"m"})") ==
        at(error_code::invalid_literal, error_kind::syntax, 8));
  CHECK(failure_of(R"({"x":True,"errorCode":"c","errorMessage":"m"})") ==
        at(error_code::unexpected_character, error_kind::syntax, 5));
  CHECK(failure_of(R"({"x":01,"errorCode":"c","errorMessage":"m"})") ==
        at(error_code::invalid_number, error_kind::syntax, 6));
  CHECK(failure_of(R"({"x":1.,"errorCode":"c","errorMessage":"m"})") ==
        at(error_code::invalid_number, error_kind::syntax, 7));
  CHECK(failure_of(R"({"x":+1,"errorCode":"c","errorMessage":"m"})") ==
        at(error_code::unexpected_character, error_kind::syntax, 5));
  CHECK(failure_of(R"({"errorCode":"\x41","errorMessage":"m"})") ==
        at(error_code::invalid_escape, error_kind::syntax, 15));
  CHECK(failure_of(R"({"errorCode":"\u00g0","errorMessage":"m"})") ==
        at(error_code::invalid_escape, error_kind::syntax, 18));
  CHECK(failure_of(R"({"errorCode":"\udc00","errorMessage":"m"})") ==
        at(error_code::lone_surrogate, error_kind::syntax, 14));
  CHECK(failure_of(R"({"errorCode":"\ud83dx","errorMessage":"m"})") ==
        at(error_code::lone_surrogate, error_kind::syntax, 14));
  CHECK(failure_of("{\"errorCode\":\"a\tb\",\"errorMessage\":\"m\"}") ==
        at(error_code::unescaped_control_character, error_kind::syntax, 15));
  // A syntax error after a schema problem still wins: the document is not JSON.
  CHECK(failure_of(R"([{"errorMessage":"m"},{"errorCode":"c","errorMessage":"m"})") ==
        at(error_code::unexpected_end, error_kind::syntax, 58));
  CHECK(failure_of(R"([7, {"errorCode":"c",}])") == at(error_code::unexpected_character, error_kind::syntax, 21));
}

// ---------------------------------------------------------------------------------------------------------
// parse_error_response: nesting (json_reader.hpp: at most json_max_depth, the top-level value at depth 1)

namespace {
using swr_test::nested_arrays;
}  // namespace

TEST_CASE("nesting: an unknown member may nest up to json_max_depth in all") {
  REQUIRE(swr::json_max_depth == 64);
  // The object is depth 1 (2 in the array shape), so the member's value may add 63 (62) levels.
  const std::string deepest_object = R"({"x":)" + nested_arrays(63) + R"(,"errorCode":"c","errorMessage":"m"})";
  CHECK(entries_of(deepest_object).size() == 1);
  const std::string deepest_array = R"([{"x":)" + nested_arrays(62) + R"(,"errorCode":"c","errorMessage":"m"}])";
  CHECK(entries_of(deepest_array).size() == 1);

  const std::string too_deep_object = R"({"x":)" + nested_arrays(64) + R"(,"errorCode":"c","errorMessage":"m"})";
  CHECK(failure_of(too_deep_object) == at(error_code::nesting_too_deep, error_kind::limit, 5 + 63));
  const std::string too_deep_array = R"([{"x":)" + nested_arrays(63) + R"(,"errorCode":"c","errorMessage":"m"}])";
  CHECK(failure_of(too_deep_array) == at(error_code::nesting_too_deep, error_kind::limit, 6 + 62));
  // An element that is too deep and not an object: both are problems of valid JSON, and the earliest in the
  // document (the element's start) is the one reported.
  const std::string too_deep_element = "[" + nested_arrays(64) + "]";
  CHECK(failure_of(too_deep_element) == at(error_code::not_an_object, error_kind::schema, 1));
  CHECK(swr::check_json(too_deep_element) == swr::error{error_code::nesting_too_deep, swr::field::none, 64, 64});
}

TEST_CASE("nesting: a document that is not JSON is a syntax error, however deep it is") {
  // json_reader.hpp: nesting is refused "only after the whole document has been found to be JSON, so that
  // the kinds syntax and limit/schema never mix".
  const std::string deep = R"({"x":)" + nested_arrays(70);
  const std::string truncated = deep + R"(,"errorCode":"c")";
  CHECK(failure_of(truncated) == at(error_code::unexpected_end, error_kind::syntax, truncated.size()));
  const std::string trailing = deep + R"(,"errorCode":"c","errorMessage":"m"} x)";
  CHECK(failure_of(trailing) == at(error_code::trailing_characters, error_kind::syntax, trailing.size() - 1));
  const std::string bad_literal = "[" + nested_arrays(70) + ",nul]";
  CHECK(failure_of(bad_literal) == at(error_code::invalid_literal, error_kind::syntax, bad_literal.size() - 1));
  // Inside the too-deep value itself, a syntax error does win.
  const std::string inside = R"({"x":)" + std::string(70, '[') + "tru" + std::string(70, ']') + "}";
  CHECK(failure_of(inside) == at(error_code::invalid_literal, error_kind::syntax, 5 + 70 + 3));
}

TEST_CASE("service_error: == and != compare code, message and detail") {
  const service_error a = entry("c", "m", "d");
  CHECK(a == entry("c", "m", "d"));
  CHECK_FALSE(a != entry("c", "m", "d"));
  CHECK(a != entry("x", "m", "d"));
  CHECK(a != entry("c", "x", "d"));
  CHECK(a != entry("c", "m", "x"));
  CHECK(a != entry("c", "m"));
  CHECK(entry("SVCSTG.SWR.4131012", "m").info() == swr::find_service_error("SVCSTG.SWR.4131012"));
  CHECK(entry("SVCSTG.SWR.4131012", "m").info()->http_status == 413);
  CHECK(service_error{}.info() == nullptr);
}
