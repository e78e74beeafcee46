// Tests for swr/management.hpp, swr/operation.hpp and swr/api_response.hpp against docs/api.md ("The management
// API"): every operation's request, byte for byte, with a token and signed (and verified); each parameter's and
// body's problem with its field and byte; '/' as '$' in every repository path; the filter form; every response
// type read strictly; Content-Range; outcomes.
#include "swr/swr.hpp"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "test_support.hpp"

using swr::error;
using swr::error_code;
using swr::field;

namespace {
constexpr std::string_view management_host = "swr-api.cn-north-4.myhuaweicloud.com";
const swr::access_key management_key{"QTWAOYTTINDUT2QVKYUC", "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc", ""};
const std::chrono::system_clock::time_point signing_time{std::chrono::seconds(1704164645)};  // 20240102T030405Z

// The request line and the body of a request sent with a token, or the first problem.
template <class Request>
std::string wire(const Request& request) {
  const auto http = swr::to_http_request(request, management_host, "token");
  if (!http)
    return "problem " + std::string(swr::to_string(http.error().field)) + ":" +
           std::string(swr::to_string(http.error().code)) + "@" + std::to_string(http.error().position);
  return http->method() + " " + http->target() + (http->body().empty() ? "" : " " + http->body());
}

// The first problem of a request, as field:code@position, or "ok".
template <class Request>
std::string problem(const Request& request) {
  const std::vector<error> problems = swr::validate(request, management_host, "token");
  if (problems.empty()) return "ok";
  const error& e = problems.front();
  return std::string(swr::to_string(e.field)) + ":" + std::string(swr::to_string(e.code)) + "@" +
         std::to_string(e.position);
}

// Signs the request, then verifies it as a server receives it.
template <class Request>
swr::signature_status sign_and_verify(const Request& request) {
  const auto http = swr::to_http_request(request, management_host, management_key, signing_time);
  REQUIRE(http);
  swr::received_request received{http->method(), http->target(), http->headers(), http->body()};
  const auto secret = [](std::string_view ak) -> std::optional<std::string> {
    if (ak == management_key.id) return management_key.secret;
    return std::nullopt;
  };
  return swr::verify_signature(received, secret, signing_time).status;
}

template <class Request>
error response_error(std::string_view body, std::optional<std::string_view> range = std::nullopt) {
  const auto read = swr::read_response<Request>(body, range);
  return read ? error{} : read.error();
}
}  // namespace

TEST_CASE("management: each operation's method, target and body, with '/' as '$' in every repository path") {
  CHECK(wire(swr::create_namespace_request{{"my-org"}}) == R"(POST /v2/manage/namespaces {"namespace":"my-org"})");
  CHECK(wire(swr::list_namespaces_request{}) == "GET /v2/manage/namespaces");
  CHECK(wire(swr::list_namespaces_request{std::string("my-org"), std::nullopt}) ==
        "GET /v2/manage/namespaces?namespace=my-org");
  CHECK(wire(swr::list_namespaces_request{std::string("my-org"), swr::namespace_mode::visible}) ==
        "GET /v2/manage/namespaces?filter=namespace%3A%3Amy-org%7Cmode%3A%3Avisible");
  CHECK(wire(swr::show_namespace_request{"my-org"}) == "GET /v2/manage/namespaces/my-org");
  CHECK(wire(swr::delete_namespace_request{"my-org"}) == "DELETE /v2/manage/namespaces/my-org");
  CHECK(
      wire(swr::update_repo_request{"my-org", "team/app", {true, swr::category::arm, std::string("d \"x\"")}}) ==
      R"(PATCH /v2/manage/namespaces/my-org/repos/team$app {"is_public":true,"category":"arm","description":"d \"x\""})");
  CHECK(wire(swr::update_repo_request{"my-org", "app", {false, std::nullopt, std::nullopt}}) ==
        R"(PATCH /v2/manage/namespaces/my-org/repos/app {"is_public":false})");
  CHECK(wire(swr::show_repository_request{"my-org", "a/b/c"}) == "GET /v2/manage/namespaces/my-org/repos/a$b$c");
  CHECK(wire(swr::delete_repo_request{"my-org", "team/app"}) == "DELETE /v2/manage/namespaces/my-org/repos/team$app");
  swr::list_repos_request repos;
  CHECK(wire(repos) == "GET /v2/manage/repos");
  repos.namespace_name = "my-org";
  repos.name = "team/a";
  repos.category = swr::category::linux_;
  repos.limit = 10;
  repos.offset = 20;
  repos.order_column = swr::repository_order::updated_at;
  repos.order = swr::order_type::desc;
  CHECK(wire(repos) ==
        "GET /v2/manage/repos?namespace=my-org&name=team%2Fa&category=linux&limit=10&offset=20&"
        "order_column=updated_at&order_type=desc");
  repos.order_column = swr::repository_order::tag_count;  // only in the filter form
  CHECK(wire(repos) ==
        "GET /v2/manage/repos?filter=namespace%3A%3Amy-org%7Cname%3A%3Ateam%2Fa%7Ccategory%3A%3Alinux"
        "%7Climit%3A%3A10%7Coffset%3A%3A20%7Corder_column%3A%3Atag_count%7Corder_type%3A%3Adesc");
  swr::list_tags_request tags{"my-org", "team/app", 100, 0, swr::tag_order::tag, swr::order_type::asc, std::nullopt};
  CHECK(wire(tags) ==
        "GET /v2/manage/namespaces/my-org/repos/team$app/tags?limit=100&offset=0&order_column=tag&"
        "order_type=asc");
  CHECK(
      wire(swr::create_tag_request{"my-org", "team/app", {"v1", "latest", true}}) ==
      R"(POST /v2/manage/namespaces/my-org/repos/team$app/tags {"source_tag":"v1","destination_tag":"latest","override":true})");
  CHECK(wire(swr::show_tag_request{"my-org", "team/app", "V1.2_x"}) ==
        "GET /v2/manage/namespaces/my-org/repos/team$app/tags/V1.2_x");
  CHECK(wire(swr::delete_tag_request{"my-org", "app", "v1"}) ==
        "DELETE /v2/manage/namespaces/my-org/repos/app/tags/v1");
  CHECK(
      wire(
          swr::create_share_request{"my-org", "team/app", {"other-account", swr::share_permit::read, "forever", {}}}) ==
      R"(POST /v2/manage/namespaces/my-org/repositories/team$app/access-domains {"access_domain":"other-account","permit":"read","deadline":"forever"})");
  CHECK(wire(swr::list_shares_request{"my-org", "team/app"}) ==
        "GET /v2/manage/namespaces/my-org/repositories/team$app/access-domains");
  CHECK(wire(swr::show_share_request{"my-org", "team/app", "a?b#c%d"}) ==
        "GET /v2/manage/namespaces/my-org/repositories/team$app/access-domains/a%3Fb%23c%25d");
  CHECK(
      wire(swr::update_share_request{
          "my-org", "app", "acct", {swr::share_permit::read, "2030-10-01T16:00:00.000Z", std::string("until then")}}) ==
      R"(PATCH /v2/manage/namespaces/my-org/repositories/app/access-domains/acct {"permit":"read","deadline":"2030-10-01T16:00:00.000Z","description":"until then"})");
  CHECK(wire(swr::delete_share_request{"my-org", "app", "acct"}) ==
        "DELETE /v2/manage/namespaces/my-org/repositories/app/access-domains/acct");
}

TEST_CASE("management: the headers, with a token and signed; every signed request verifies") {
  const auto with_token = swr::to_http_request(swr::show_namespace_request{"my-org"}, management_host, "token");
  REQUIRE(with_token);
  REQUIRE(with_token->headers().size() == 2);  // no body: no Content-Type, no Content-Length
  CHECK(with_token->headers()[0].name == "Host");
  CHECK(with_token->headers()[1].name == "X-Auth-Token");
  const auto with_body = swr::to_http_request(swr::create_namespace_request{{"my-org"}}, management_host, "token");
  REQUIRE(with_body);
  CHECK(swr::to_http_message(*with_body) ==
        "POST /v2/manage/namespaces HTTP/1.1\r\nHost: swr-api.cn-north-4.myhuaweicloud.com\r\n"
        "Content-Type: application/json;charset=utf-8\r\nContent-Length: 22\r\nX-Auth-Token: token\r\n\r\n"
        R"({"namespace":"my-org"})");
  const auto signed_request = swr::to_http_request(swr::delete_repo_request{"my-org", "team/app"}, management_host,
                                                   management_key, signing_time);
  REQUIRE(signed_request);
  CHECK(swr::debug_string(*signed_request) ==
        "DELETE /v2/manage/namespaces/my-org/repos/team$app HTTP/1.1\r\nHost: swr-api.cn-north-4.myhuaweicloud.com\r\n"
        "X-Sdk-Date: 20240102T030405Z\r\nAuthorization: SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, "
        "SignedHeaders=host;x-sdk-date, Signature=<redacted>\r\n\r\n");
  // The signature is sign()'s over the decoded path ('$' escaped as %24 in the canonical request) and query.
  swr::signing_input in{
      "DELETE", "/v2/manage/namespaces/my-org/repos/team$app", {}, {{"Host", std::string(management_host)}}, ""};
  CHECK(signed_request->headers().back().value == swr::sign(in, management_key, "20240102T030405Z")->authorization);

  swr::list_repos_request repos;
  repos.namespace_name = "my-org";
  repos.order_column = swr::repository_order::name;
  CHECK(sign_and_verify(repos) == swr::signature_status::valid);
  CHECK(sign_and_verify(swr::list_namespaces_request{std::string("o"), swr::namespace_mode::visible}) ==
        swr::signature_status::valid);
  CHECK(sign_and_verify(swr::update_repo_request{"my-org", "a/b", {true, swr::category::lang, std::string("é")}}) ==
        swr::signature_status::valid);
  CHECK(sign_and_verify(swr::create_tag_request{"my-org", "team/app", {"v1", "v2", std::nullopt}}) ==
        swr::signature_status::valid);
  CHECK(sign_and_verify(swr::show_share_request{"my-org", "team/app", "a:b"}) == swr::signature_status::valid);
  CHECK(sign_and_verify(swr::list_tags_request{"o", "a/b", 5, 10, std::nullopt, std::nullopt, std::string("v1")}) ==
        swr::signature_status::valid);
  CHECK(sign_and_verify(swr::create_repo_request{"my-org", {"team/app", true, std::nullopt, std::nullopt}}) ==
        swr::signature_status::valid);
}

TEST_CASE("management: each parameter's and body's problem, with its field and byte, before anything is sent") {
  CHECK(problem(swr::show_namespace_request{"1org"}) == "namespace:invalid_start@0");
  CHECK(problem(swr::create_namespace_request{{"library"}}) == "namespace:reserved@0");
  CHECK(problem(swr::show_repository_request{"my-org", "team//app"}) == "repository:adjacent_separators@5");
  CHECK(problem(swr::show_repository_request{"My-org", "team//app"}) == "namespace:invalid_character@0");
  CHECK(problem(swr::show_tag_request{"my-org", "app", ".v1"}) == "tag:invalid_start@0");
  CHECK(problem(swr::create_tag_request{"my-org", "app", {"v1", "v 2", std::nullopt}}) ==
        "destination_tag:invalid_character@1");
  CHECK(problem(swr::create_tag_request{"my-org", "app", {"", "v2", std::nullopt}}) == "source_tag:empty@0");
  CHECK(problem(swr::update_repo_request{"my-org", "app", {true, std::nullopt, std::string("\xff")}}) ==
        "description:invalid_utf8@0");
  swr::list_repos_request repos;
  repos.limit = 0;
  CHECK(problem(repos) == "limit:out_of_range@0");
  repos.limit = 1001;
  CHECK(problem(repos) == "limit:out_of_range@0");
  repos.limit = 1000;
  repos.offset = -1;
  CHECK(problem(repos) == "offset:out_of_range@0");
  repos.offset = 0;
  repos.name = "a|b";  // would end a filter's part
  CHECK(problem(repos) == "name:invalid_character@1");
  repos.name = "a\x01";
  CHECK(problem(repos) == "name:invalid_character@1");
  repos.name = "team";
  CHECK(problem(repos) == "ok");
  CHECK(problem(swr::show_share_request{"o", "app", ""}) == "access_domain:empty@0");
  CHECK(problem(swr::show_share_request{"o", "app", "a b"}) == "access_domain:invalid_character@1");
  CHECK(problem(swr::show_share_request{"o", "app", "a/b"}) == "access_domain:invalid_character@1");
  CHECK(problem(swr::show_share_request{"o", "app", std::string(65, 'a')}) == "access_domain:too_long@64");
  const auto share = [](std::string deadline) {
    return problem(swr::create_share_request{"o", "app", {"acct", swr::share_permit::read, std::move(deadline), {}}});
  };
  CHECK(share("forever") == "ok");
  CHECK(share("2030-10-01T16:00:00Z") == "ok");
  CHECK(share("2030-10-01T16:00:00.123456789Z") == "ok");
  CHECK(share("Forever") == "deadline:invalid_time@0");
  CHECK(share("2030-10-01 16:00:00Z") == "deadline:invalid_time@10");
  CHECK(share("2030-02-30T16:00:00Z") == "deadline:invalid_time@8");  // no such day
  CHECK(share("2030-10-01T24:00:00Z") == "deadline:invalid_time@11");
  CHECK(share("2030-10-01T16:00:00.Z") == "deadline:invalid_time@20");
  CHECK(share("2030-10-01T16:00:00") == "deadline:invalid_time@19");
  CHECK(share("2030-10-01T16:00:00Zx") == "deadline:invalid_time@20");
  CHECK(share("2030-10") == "deadline:invalid_time@7");                           // cut short
  CHECK(share("2030-10-01T16:00:00.1234567890Z") == "deadline:invalid_time@29");  // nine digits at most
  CHECK(share("2030-10-01T16:00:00.5") == "deadline:invalid_time@21");
  const auto share_description = [](std::string description) {
    return problem(swr::create_share_request{"o", "app", {"acct", swr::share_permit::read, "forever", description}});
  };
  CHECK(share_description(std::string(30000, 'a')) == "ok");
  CHECK(share_description("\xC3\xA9" + std::string(29999, 'a')) == "ok");  // code points, not bytes
  CHECK(share_description(std::string(30001, 'a')) == "description:too_long@30001");
  CHECK(share_description("ok\xC3") == "description:invalid_utf8@2");
  // The host and the credentials after the request's own problems, as for create-repository.
  CHECK(swr::validate(swr::show_namespace_request{"1org"}, "bad host", "").size() == 3);
  CHECK(swr::validate(swr::show_namespace_request{"org"}, "h", swr::access_key{"", "SK"}).front().field ==
        field::access_key_id);
}

TEST_CASE("read_response: every response type, strictly, sizes exact, unknown members skipped") {
  const auto ns = swr::read_response<swr::show_namespace_request>(
      R"({"id":7,"name":"my-org","creator_name":"me","auth":7,"unknown":{"a":[1,2,{"b":null}]}})");
  REQUIRE(ns);
  CHECK(ns->id == 7);
  CHECK(ns->name == "my-org");
  CHECK(ns->auth == 7);
  const auto namespaces =
      swr::read_response<swr::list_namespaces_request>(R"({"namespaces":[{"id":1,"name":"a"},{"id":2,"name":"b"}]})");
  REQUIRE(namespaces);
  REQUIRE(namespaces->namespaces.size() == 2);
  CHECK(namespaces->namespaces[1].name == "b");

  const auto repository = swr::read_response<swr::show_repository_request>(
      R"({"id":1,"ns_id":2,"name":"team/app","category":"arms","size":9007199254740993,"is_public":true,)"
      R"("num_images":3,"num_download":9223372036854775807,"priority":-1,"created":"2024-01-02T03:04:05Z"})");
  REQUIRE(repository);
  CHECK(repository->name == "team/app");
  CHECK(repository->size == 9007199254740993);  // beyond a double's exact integers
  CHECK(repository->num_download == INT64_MAX);
  CHECK(repository->priority == -1);
  CHECK(swr::parse_category(repository->category) == swr::category::arm);

  const auto repos = swr::read_response<swr::list_repos_request>(
      R"([{"name":"team/app","namespace":"my-org","tags":["v1","latest"],"status":true,"total_range":2},)"
      R"({"name":"b","namespace":"my-org","tags":[]}])",
      std::string_view("0-2/2"));
  REQUIRE(repos);
  REQUIRE(repos->items.size() == 2);
  CHECK(repos->items[0].namespace_name == "my-org");
  CHECK(repos->items[0].tags == std::vector<std::string>{"v1", "latest"});
  REQUIRE(repos->range);
  CHECK(*repos->range == swr::content_range{0, 2, 2});
  CHECK_FALSE(swr::read_response<swr::list_repos_request>("[]")->range);  // no header, no page

  // The tag's member: "Tag" in a list, "tag" alone; the other spelling is an unknown member.
  const auto listed = swr::read_response<swr::list_tags_request>(
      R"([{"id":1,"Tag":"v1","digest":"sha256:00","deleted":null,"tag_type":1},{"tag":"ignored"}])", "0-2/5");
  REQUIRE(listed);
  CHECK(listed->items[0].tag == "v1");
  CHECK_FALSE(listed->items[0].deleted);
  CHECK(listed->items[1].tag.empty());
  const auto shown = swr::read_response<swr::show_tag_request>(R"({"tag":"v1","Tag":"x","deleted":"2024"})");
  REQUIRE(shown);
  CHECK(shown->tag == "v1");
  CHECK(shown->deleted == std::optional<std::string>("2024"));

  const auto shares = swr::read_response<swr::list_shares_request>(
      R"([{"namespace":"o","repository":"team/app","access_domain":"acct","permit":"read","deadline":"forever","status":true}])");
  REQUIRE(shares);
  CHECK(shares->items[0].access_domain == "acct");
  CHECK_FALSE(shares->items[0].namespace_name.empty());
  const auto share = swr::read_response<swr::show_share_request>(R"({"exist":true,"access_domain":"acct"})");
  REQUIRE(share);
  CHECK(share->exist);
  CHECK(share->access_domain == "acct");

  CHECK(swr::read_response<swr::delete_repo_request>("").has_value());
  CHECK(swr::read_response<swr::create_namespace_request>(" \r\n").has_value());
}

TEST_CASE("read_response: wrong types, inexact numbers, duplicates, syntax, at their offsets") {
  using show = swr::show_repository_request;
  CHECK(response_error<show>(R"({"size":"12"})") == error{error_code::wrong_type, field::none, 8, 8});
  CHECK(response_error<show>(R"({"size":1.5})") == error{error_code::wrong_type, field::none, 8, 8});
  CHECK(response_error<show>(R"({"size":1e3})") == error{error_code::wrong_type, field::none, 8, 8});
  CHECK(response_error<show>(R"({"size":9223372036854775808})") == error{error_code::wrong_type, field::none, 8, 8});
  CHECK(response_error<show>(R"({"size":-9223372036854775808})").ok());
  CHECK(response_error<show>(R"({"size":-9223372036854775809})") == error{error_code::wrong_type, field::none, 8, 8});
  CHECK(response_error<show>(R"({"is_public":"true"})") == error{error_code::wrong_type, field::is_public, 13, 13});
  CHECK(response_error<show>(R"({"name":null})") == error{error_code::wrong_type, field::none, 8, 8});
  CHECK(response_error<show>(R"({"name":"a","name":"b"})") == error{error_code::duplicate_member, field::none, 12, 12});
  CHECK(response_error<show>(R"({"name":"a",})").kind() == swr::error_kind::syntax);
  CHECK(response_error<show>("[]") == error{error_code::wrong_type, field::none, 0, 0});
  CHECK(response_error<swr::list_repos_request>("{}") == error{error_code::wrong_type, field::none, 0, 0});
  CHECK(response_error<swr::list_repos_request>(R"([{"tags":[1]}])") ==
        error{error_code::wrong_type, field::none, 10, 10});
  CHECK(response_error<swr::delete_repo_request>("{}") == error{error_code::trailing_characters, field::none, 0, 0});
  // A syntax error wins over a type error earlier in the document.
  CHECK(response_error<show>(R"({"size":"x","name":})").code == error_code::unexpected_character);
}

TEST_CASE("parse_content_range: offset-count/total, nothing else") {
  CHECK(*swr::parse_content_range("0-100/1234") == swr::content_range{0, 100, 1234});
  CHECK(*swr::parse_content_range("9223372036854775807-0/9223372036854775807") ==
        swr::content_range{INT64_MAX, 0, INT64_MAX});
  const auto at = [](std::string_view text) {
    const auto r = swr::parse_content_range(text);
    return r ? -1 : static_cast<int>(r.error().position);
  };
  CHECK(at("") == 0);
  CHECK(at("0-1") == 3);
  CHECK(at("0-1/") == 4);
  CHECK(at(" 0-1/2") == 0);
  CHECK(at("0-1/2 ") == 5);
  CHECK(at("0_1/2") == 1);
  CHECK(at("-1-1/2") == 0);
  CHECK(at("9223372036854775808-1/2") == 18);
  CHECK(at("items 0-1/2") == 0);
}

TEST_CASE("outcome_of and the operations' descriptions") {
  CHECK(swr::outcome_of(200) == swr::api_outcome::success);
  CHECK(swr::outcome_of(201) == swr::api_outcome::success);
  CHECK(swr::outcome_of(204) == swr::api_outcome::success);
  CHECK(swr::outcome_of(400) == swr::api_outcome::bad_request);
  CHECK(swr::outcome_of(401) == swr::api_outcome::authentication_failed);
  CHECK(swr::outcome_of(403) == swr::api_outcome::forbidden);
  CHECK(swr::outcome_of(404) == swr::api_outcome::not_found);
  CHECK(swr::outcome_of(406) == swr::api_outcome::not_acceptable);
  CHECK(swr::outcome_of(409) == swr::api_outcome::conflict);
  CHECK(swr::outcome_of(413) == swr::api_outcome::payload_too_large);
  CHECK(swr::outcome_of(500) == swr::api_outcome::internal_error);
  CHECK(swr::outcome_of(302) == swr::api_outcome::unexpected);
  CHECK(swr::outcome_of(503) == swr::api_outcome::unexpected);
  CHECK(swr::delete_namespace_request::operation.name == "DeleteNamespaces");
  CHECK(swr::delete_namespace_request::operation.error_count == 5);
  CHECK(swr::delete_namespace_request::operation.errors[3].http_status == 406);
  CHECK(swr::operation_traits<swr::create_repo_request>::info().path == "/v2/manage/namespaces/{namespace}/repos");
}

TEST_CASE("parse_request_body: the server's side reads each body strictly and validates it as the client does") {
  const auto ns = swr::parse_request_body<swr::create_namespace_request>(R"({"namespace":"my-org"})");
  REQUIRE(ns);
  CHECK(ns->namespace_name == "my-org");
  const auto body_error = [](auto request_tag, std::string_view json) {
    using request = decltype(request_tag);
    const auto read = swr::parse_request_body<request>(json);
    return read ? error{} : read.error();
  };
  // Required members (every one that is not optional), at the closing brace, with their field.
  CHECK(body_error(swr::create_namespace_request{}, "{}") ==
        error{error_code::missing_member, field::namespace_name, 1, 1});
  CHECK(body_error(swr::create_tag_request{}, R"({"source_tag":"v1"})") ==
        error{error_code::missing_member, field::destination_tag, 18, 18});
  CHECK(body_error(swr::update_repo_request{}, R"({"category":"linux"})") ==
        error{error_code::missing_member, field::is_public, 19, 19});
  CHECK(body_error(swr::create_share_request{}, R"({"access_domain":"acct","permit":"read"})") ==
        error{error_code::missing_member, field::deadline, 39, 39});
  // Wrong types and values at their byte; the rules of the client.
  CHECK(body_error(swr::update_repo_request{}, R"({"is_public":"yes"})") ==
        error{error_code::wrong_type, field::is_public, 13, 13});
  CHECK(body_error(swr::update_share_request{}, R"({"permit":"write","deadline":"forever"})") ==
        error{error_code::wrong_type, field::none, 10, 10});
  CHECK(body_error(swr::create_namespace_request{}, R"({"namespace":"library"})").code == error_code::reserved);
  CHECK(body_error(swr::create_tag_request{}, R"({"source_tag":"v1","destination_tag":".x"})") ==
        error{error_code::invalid_start, field::destination_tag, 0});
  CHECK(body_error(swr::update_share_request{}, R"({"permit":"read","deadline":"tomorrow"})").field == field::deadline);
  CHECK(body_error(swr::create_namespace_request{}, "[]") == error{error_code::wrong_type, field::none, 0, 0});
  CHECK(body_error(swr::create_namespace_request{}, R"({"namespace":"a",})").kind() == swr::error_kind::syntax);
  // Create-repository's body is parse_create_repo_body's.
  const auto repo =
      swr::parse_request_body<swr::create_repo_request>(R"({"namespace":"o","repository":"a/b","is_public":true})");
  REQUIRE(repo);
  CHECK(repo->repository == "a/b");
}

TEST_CASE("to_response_json: what the server answers, and read_response reads it back") {
  swr::repository_info info;
  info.id = 9007199254740993;
  info.name = "team/app";
  info.category = "linux";
  info.description = "quote \" and \n";
  info.is_public = true;
  const std::string json = swr::to_response_json(info);
  CHECK(json.find(R"("id":9007199254740993,"ns_id":0,"name":"team/app","category":"linux",)") == 1);
  const auto back = swr::read_response<swr::show_repository_request>(json);
  REQUIRE(back);
  CHECK(back->id == info.id);
  CHECK(back->description == info.description);
  CHECK(back->is_public);

  swr::list<swr::listed_tag> tags;
  tags.items.resize(2);
  tags.items[0].tag = "v1";
  tags.items[1].tag = "latest";
  tags.items[1].deleted = "2024-01-01T00:00:00Z";
  tags.range = swr::content_range{0, 2, 7};
  const std::string list_json = swr::to_response_json(tags);
  CHECK(list_json.substr(0, 20) == R"([{"id":0,"repo_id":0)");
  CHECK(list_json.find(R"("Tag":"v1")") != std::string::npos);
  CHECK(list_json.find(R"("deleted")") == list_json.rfind(R"("deleted")"));  // absent for the first, set for the second
  const auto tags_back = swr::read_response<swr::list_tags_request>(list_json, swr::to_string(*tags.range));
  REQUIRE(tags_back);
  REQUIRE(tags_back->items.size() == 2);
  CHECK(tags_back->items[1].tag == "latest");
  CHECK(tags_back->items[1].deleted == tags.items[1].deleted);
  CHECK(*tags_back->range == swr::content_range{0, 2, 7});
  CHECK(swr::to_string(swr::content_range{10, 0, 10}) == "10-0/10");
}

TEST_CASE("management: enum values outside their enumerators write nothing; unknown wire strings are not read") {
  // A value cast from a wrong integer has no wire string: the writers give "" rather than reading past a table.
  CHECK(swr::to_string(static_cast<swr::http_method>(9)).empty());
  CHECK(swr::to_string(static_cast<swr::order_type>(9)).empty());
  CHECK(swr::to_string(static_cast<swr::repository_order>(9)).empty());
  CHECK(swr::to_string(static_cast<swr::tag_order>(9)).empty());
  CHECK(swr::to_string(static_cast<swr::namespace_mode>(9)).empty());
  CHECK(swr::to_string(static_cast<swr::share_permit>(9)).empty());
  CHECK(swr::to_string(swr::order_type::desc) == "desc");
  CHECK(swr::to_string(swr::tag_order::tag) == "tag");
  CHECK(swr::to_string(swr::repository_order::tag_count) == "tag_count");
  // Reading: an enum's member with a string that is none of its values is wrong_type at the string.
  const auto update = swr::parse_request_body<swr::update_repo_request>(R"({"is_public":true,"category":"arms"})");
  REQUIRE(update);
  CHECK(update->category == swr::category::arm);
  const auto unknown = swr::parse_request_body<swr::update_repo_request>(R"({"is_public":true,"category":"x"})");
  REQUIRE_FALSE(unknown);
  CHECK(unknown.error() == error{error_code::wrong_type, field::none, 29, 29});
  // An answer without content may hold whitespace only.
  CHECK(response_error<swr::delete_repo_request>(" \t\r\n") == error{});
  CHECK(response_error<swr::delete_repo_request>("\t x") == error{error_code::trailing_characters, field::none, 2, 2});
  // A list's Content-Range must be readable.
  CHECK(response_error<swr::list_shares_request>("[]", std::string_view("0-1")) ==
        error{error_code::invalid_character, field::none, 3});
}

// ---- Issue 24: the fast path of read_response (json_struct.hpp), held to the general reader ----

#include <utility>

#include "guarded_page.hpp"

namespace management_fast_path {
// Whether the fast path alone takes the document (and then the value it reads).
template <class T>
bool fast_accepts(std::string_view document, T& out) {
  return swr::detail::struct_fast_reader(document).read_document(out);
}

// The JSON swrkit writes of a value, to compare values of types without operator==.
template <class T>
std::string json_of(const T& value) {
  std::string out;
  swr::detail::put_json_value(value, out);
  return out;
}

// read_json_document (the fast path, then the general reader) against the general reader alone: the same error,
// or values that write the same JSON. Returns that JSON, or the error as "error code@offset".
template <class T>
std::string same_as_general(std::string_view document) {
  const auto read = swr::detail::read_json_document<T>(document);
  const auto general = swr::detail::read_json_document_general<T>(document);
  REQUIRE(read.has_value() == general.has_value());
  if (!read) {
    CHECK(read.error() == general.error());
    return "error " + std::string(swr::to_string(read.error().code)) + "@" + std::to_string(read.error().offset);
  }
  const std::string json = json_of(*read);
  CHECK(json == json_of(*general));
  return json;
}

// Whitespace after every ',', ':', '[' and '{' outside strings: the document as a pretty-printer spaces it.
std::string spaced(std::string_view json) {
  return swr_test::with_whitespace(json, ",:[{", [] { return "\n \t\r"; });
}

swr::listed_tag tag_with_manifest(std::string manifest) {
  swr::listed_tag t;
  t.id = 7;
  t.tag = "v1";
  t.manifest = std::move(manifest);
  t.digest = "sha256:" + std::string(64, 'a');
  t.created = "2024-01-02T03:04:05Z";
  return t;
}

// A type with an enum and a nested list, for what no response type has.
struct with_enum {
  std::optional<swr::category> category;
  std::vector<swr::namespace_info> namespaces;

  template <class Self, class Visit>
  static void json_members(Self& self, Visit&& visit) {
    visit("category", self.category);
    visit("namespaces", self.namespaces);
  }
};
}  // namespace management_fast_path

TEST_CASE("read_response: the fast path reads SWR's documents into what the general reader reads") {
  using namespace management_fast_path;
  // Every escape, raw UTF-8 and a surrogate pair, at every offset of a string around the 16-byte blocks and the
  // 64-byte windows (a backslash at a block's last byte escapes the next block's first), far from the document's
  // end and at it (where the scans finish byte by byte).
  const std::string escapes[] = {
      "\"",  "\\", "/", "\b", "\f", "\n", "\r", "\t", "\x01", "\x1f", "\xc3\xa9", "\xe5\x89\x8d", "\xf0\x9f\x98\x80",
      "\x7f"};
  for (const std::string& e : escapes) {
    for (std::size_t before = 0; before < 90; ++before) {
      swr::list<swr::listed_tag> list;
      list.items.push_back(tag_with_manifest(std::string(before, 'a') + e + "b" + e + e + std::string(20, 'c')));
      list.items.push_back(tag_with_manifest(std::string(before, 'x') + e));
      const std::string json = swr::to_response_json(list);
      std::vector<swr::listed_tag> unused;
      CAPTURE(json);
      CHECK(fast_accepts(json, unused));
      CHECK(same_as_general<std::vector<swr::listed_tag>>(json) == json);
      CHECK(same_as_general<std::vector<swr::listed_tag>>(spaced(json)) == json);
    }
  }
  // \u escapes, written by another writer: ASCII, two and three bytes, a surrogate pair; and the invalid ones,
  // which the fast path leaves to the general reader's diagnosis.
  using shown = swr::shown_tag;
  shown t;
  REQUIRE(fast_accepts(R"({"tag":"\u0041\u00e9\u20ac\ud83d\ude00\/"})", t));
  CHECK(t.tag == "A\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80/");
  for (const std::string_view bad :
       {R"({"tag":"\ud83d"})", R"({"tag":"\ude00"})", R"({"tag":"\ud83d\u0041"})", R"({"tag":"\ud83d\n"})",
        R"({"tag":"\ud83dabcdefg"})", R"({"tag":"\u12"})", R"({"tag":"\u12g4"})", R"({"tag":"\x"})",
        "{\"tag\":\"a\x01\"}", "{\"tag\":\"\xc3\"}", "{\"tag\":\"\xed\xa0\x80\"}", R"({"tag":"\)", R"({"tag":"abc)"}) {
    CAPTURE(bad);
    CHECK_FALSE(fast_accepts(bad, t));
    CHECK(same_as_general<shown>(bad).rfind("error ", 0) == 0);
  }
}

TEST_CASE("read_response: the fast path takes exact integers, booleans and null as the general reader does") {
  using namespace management_fast_path;
  using info = swr::repository_info;
  info r;
  const std::pair<std::string_view, bool> cases[] = {
      {R"({"size":0})", true},
      {R"({"size":-0})", true},
      {R"({"size":-1})", true},
      {R"({"size":9223372036854775807})", true},
      {R"({"size":-9223372036854775808})", true},
      {R"({"size":922337203685477580})", true},
      {R"({"size":9223372036854775808})", false},   // beyond int64: wrong_type
      {R"({"size":-9223372036854775809})", false},  // likewise
      {R"({"size":92233720368547758070})", false},
      {R"({"size":01})", false},  // a syntax error
      {R"({"size":1.0})", false},
      {R"({"size":1e3})", false},
      {R"({"size":1E3})", false},
      {R"({"size":-})", false},
      {R"({"size":"1"})", false},
      {R"({"is_public":true})", true},
      {R"({"is_public":false})", true},
      {R"({"is_public":tru})", false},
      {R"({"is_public":truex})", false},
      {R"({"is_public":null})", false},
      {R"({"name":null})", false},
      {"{}", true},
      {" \t\r\n{ \"id\" : 1 , \"name\" : \"a\" } \n", true},
  };
  for (const auto& c : cases) {
    const std::string_view document = c.first;  // not a structured binding: CAPTURE's lambda takes it (Clang 14)
    const bool fast = c.second;
    CAPTURE(document);
    CHECK(fast_accepts(document, r) == fast);
    same_as_general<info>(document);
  }
  CHECK(same_as_general<info>(R"({"size":-9223372036854775808})").find(R"("size":-9223372036854775808)") !=
        std::string::npos);
  // An optional member: null, or absent, is empty.
  swr::shown_tag t;
  CHECK(fast_accepts(R"({"deleted":null})", t));
  CHECK_FALSE(t.deleted);
  CHECK(fast_accepts(R"({"deleted":"2024-01-01T00:00:00Z"})", t));
  CHECK(t.deleted == std::optional<std::string>("2024-01-01T00:00:00Z"));
}

TEST_CASE("read_response: what is not as SWR writes it goes to the general reader, with its diagnostics") {
  using namespace management_fast_path;
  using info = swr::namespace_info;
  info n;
  // Members absent are fine; out of order, unknown, given twice or with an escaped name are not the fast path's.
  CHECK(fast_accepts(R"({"id":1,"auth":7})", n));
  for (const std::string_view document :
       {R"({"name":"a","id":1})", R"({"id":1,"extra":[1,{"a":null}],"name":"a"})", R"({"id":1,"id":2})",
        R"({"n\u0061me":"a"})", R"({"id":1,})", R"({"id":1)", R"({"id":1}x)", R"({"id" 1})", R"({"id":1 "name":"a"})",
        R"({"":1})", "[]", "", "{", R"({"id":1}{})"}) {
    CAPTURE(document);
    CHECK_FALSE(fast_accepts(document, n));
    same_as_general<info>(document);
  }
  CHECK(same_as_general<info>(R"({"name":"a","id":1})") == R"({"id":1,"name":"a","creator_name":"","auth":0})");
  CHECK(same_as_general<info>(R"({"n\u0061me":"a"})") == R"({"id":0,"name":"a","creator_name":"","auth":0})");
  CHECK(same_as_general<info>(R"({"id":1,"id":2})") == "error duplicate_member@8");
  CHECK(same_as_general<info>(R"({"id":1,"extra":[1,{"a":null}],"name":"a"})") ==
        R"({"id":1,"name":"a","creator_name":"","auth":0})");

  // Lists and nested lists; an enum (no response has one: a type of the test's own).
  std::vector<swr::repository_summary> repos;
  CHECK(fast_accepts("[]", repos));
  CHECK(fast_accepts(R"([{"tags":[]},{"tags":["a","b"]}])", repos));
  REQUIRE(repos.size() == 2);
  CHECK(repos[1].tags == std::vector<std::string>{"a", "b"});
  CHECK_FALSE(fast_accepts(R"([{"tags":["a",]}])", repos));
  CHECK_FALSE(fast_accepts(R"([{"tags":["a" "b"]}])", repos));
  CHECK_FALSE(fast_accepts(R"([{"tags":[1]}])", repos));
  CHECK_FALSE(fast_accepts(R"([{}{}])", repos));
  CHECK(same_as_general<std::vector<swr::repository_summary>>(R"([{"tags":[1]}])") == "error wrong_type@10");
  with_enum e;
  CHECK(fast_accepts(R"({"category":"arms","namespaces":[{"id":1},{"name":"b"}]})", e));
  CHECK(e.category == swr::category::arm);
  REQUIRE(e.namespaces.size() == 2);
  CHECK(e.namespaces[1].name == "b");
  CHECK(fast_accepts(R"({"category":"\u006cinux"})", e));
  CHECK(e.category == swr::category::linux_);
  CHECK(fast_accepts(R"({"category":null})", e));
  CHECK_FALSE(e.category);
  CHECK_FALSE(fast_accepts(R"({"category":"linu"})", e));
  CHECK(same_as_general<with_enum>(R"({"category":"linu"})") == "error wrong_type@12");
}

TEST_CASE("read_response: the fast path reads nothing past the document, and the general reader agrees on any byte") {
  using namespace management_fast_path;
  swr::list<swr::listed_tag> list;
  list.items.push_back(tag_with_manifest(R"({"schemaVersion": 2, "layers": ["a\\b"]})"));
  list.items.push_back(tag_with_manifest(std::string(100, 'm') + "\n\"\u00e9"));
  const std::string json = swr::to_response_json(list);
#if SWR_TEST_HAS_GUARDED_PAGE
  // Every suffix and prefix of the document, ending on the last readable byte: any read past it faults.
  swr_test::guarded_page page;
  REQUIRE(page.ok());
  for (std::size_t i = 0; i <= json.size(); ++i) {
    same_as_general<std::vector<swr::listed_tag>>(page.at_end(std::string_view(json).substr(i)));
    same_as_general<std::vector<swr::listed_tag>>(page.at_end(std::string_view(json).substr(0, i)));
  }
#endif
  // Each byte changed to each of a few that matter to JSON: the same value or the same error either way.
  const char replacements[] = {'"', '\\', ',', ':', '}', ']', '{', '[', ' ', '0', '-', 'u', 'n', '\x01', '\x80'};
  for (std::size_t i = 0; i < json.size(); i += 3) {
    for (const char r : replacements) {
      std::string changed = json;
      changed[i] = r;
      CAPTURE(changed);
      same_as_general<std::vector<swr::listed_tag>>(changed);
    }
  }
}

TEST_CASE("read_response and parse_request_body: the field of each body member, and values the fast path leaves") {
  const auto body_error = [](auto request_tag, std::string_view json) {
    const auto read = swr::parse_request_body<decltype(request_tag)>(json);
    return read ? error{} : read.error();
  };
  CHECK(body_error(swr::create_tag_request{}, R"({"source_tag":1,"destination_tag":"v2"})") ==
        error{error_code::wrong_type, field::source_tag, 14, 14});
  CHECK(body_error(swr::create_share_request{}, R"({"access_domain":[],"permit":"read","deadline":"forever"})") ==
        error{error_code::wrong_type, field::access_domain, 17, 17});
  CHECK(body_error(swr::update_repo_request{}, R"({"is_public":true,"category":7})") ==
        error{error_code::wrong_type, field::none, 29, 29});
  CHECK(body_error(swr::update_repo_request{}, R"({"is_public":true,"category":"li\x"})").kind() ==
        swr::error_kind::syntax);
  // A member given twice: the later value is read into the same vector (and refused as a duplicate).
  CHECK(response_error<swr::list_repos_request>(R"([{"tags":["a"],"tags":["b","c"]}])") ==
        error{error_code::duplicate_member, field::none, 15, 15});
  // The general reader (an unknown member first), with a negative integer and escapes the fast path also reads.
  const auto repo = swr::read_response<swr::show_repository_request>(
      R"({"unknown":1,"priority":-5,"name":"a\ud83d\ude00b","description":"\u00e9"})");
  REQUIRE(repo);
  CHECK(repo->priority == -5);
  CHECK(repo->name ==
        "a\xF0\x9F\x98\x80"
        "b");
  CHECK(repo->description == "\xC3\xA9");
  const auto listed = swr::read_response<swr::list_tags_request>(
      R"([{"Tag":"v1","manifest":"x\ud83d\ude00y","deleted":null},{"Tag":"v2","deleted":"2024"}])");
  REQUIRE(listed);
  CHECK(listed->items[0].manifest == "x\xF0\x9F\x98\x80y");
  CHECK(listed->items[1].deleted == std::optional<std::string>("2024"));
  CHECK(response_error<swr::list_tags_request>(R"([{"Tag":"v1","manifest":"x\ud83dy"}])").kind() ==
        swr::error_kind::syntax);  // a lone surrogate
}
