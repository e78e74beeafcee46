// Tests for swr/form.hpp: a create-repository form validated as a whole from raw values. Every problem comes
// back, each with its field, code and position, in the order of the form's fields (namespace, repository,
// category, description, region or host, token); an empty category or description means none; a region,
// when given, names the host, else the host is checked; a valid form gives the same request as the request
// model with that host.
#include "swr/swr.hpp"

#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "test_support.hpp"

using swr::create_repo_form;
using swr::error;
using swr::error_code;
using swr::field;

namespace {
constexpr std::string_view form_token = "MIIEXAMPLE-token_123";

constexpr create_repo_form valid_form() {
  return {"my-org", "team/app", true, "linux", "web front", "cn-north-4", "", form_token};
}

std::string show(const std::vector<error>& problems) {
  std::string out;
  for (const error& e : problems) {
    if (!out.empty()) out += ", ";
    out += std::string(swr::to_string(e.field)) + ":" + std::string(swr::to_string(e.code)) + "@" +
           std::to_string(e.position);
  }
  return out.empty() ? "valid" : out;
}
}  // namespace

static_assert(swr::first_problem(valid_form()).ok());
static_assert(swr::first_problem(create_repo_form{"1org", "a", false, "", "", "cn-north-4", "", form_token}).code ==
              error_code::invalid_start);

TEST_CASE("form: a valid form has no problem and gives the request of the request model") {
  CHECK(show(swr::validate(valid_form())) == "valid");
  const auto from_form = swr::to_http_request(valid_form());
  REQUIRE(from_form.has_value());
  const swr::create_repo_request request{"my-org", {"team/app", true, swr::category::linux_, std::string("web front")}};
  const auto from_model = swr::to_http_request(request, "swr-api.cn-north-4.myhuaweicloud.com", form_token);
  REQUIRE(from_model.has_value());
  CHECK(swr::to_http_message(*from_form) == swr::to_http_message(*from_model));
}

TEST_CASE("form: every problem, in the order of the fields, each with its field, code and position") {
  const create_repo_form bad{"My-org", "team//app", false, "linuxx", "caf\xC3", "cn-nowhere-1", "h", "bad token"};
  CHECK(show(swr::validate(bad)) ==
        "namespace:invalid_character@0, repository:adjacent_separators@5, category:unknown_category@0, "
        "description:invalid_utf8@3, region:unknown_region@0, token:invalid_character@3");
  const auto refused = swr::to_http_request(bad);
  REQUIRE_FALSE(refused.has_value());
  CHECK(refused.error().field == field::namespace_name);  // the first, in field order
  CHECK(swr::message(refused.error()) == swr::message(swr::validate(bad).front()));

  create_repo_form empty{};
  CHECK(show(swr::validate(empty)) == "namespace:empty@0, repository:empty@0, host:empty@0, token:empty@0");
}

TEST_CASE("form: an empty category or description means none") {
  create_repo_form form = valid_form();
  form.category = "";
  form.description = "";
  const auto request = swr::to_http_request(form);
  REQUIRE(request.has_value());
  CHECK(request->body() == R"({"repository":"team$app","is_public":true})");
  form.category = "arms";  // parse_category's rule: read as arm
  CHECK(show(swr::validate(form)) == "valid");
  CHECK(swr::to_http_request(form)->body() == R"({"repository":"team$app","is_public":true,"category":"arm"})");
}

TEST_CASE("form: the region names the host; without one, the host is checked") {
  create_repo_form form = valid_form();
  form.host = "ignored\r\nX-Evil: 1";  // a region is given: the host is not looked at
  CHECK(swr::form_host(form).value() == "swr-api.cn-north-4.myhuaweicloud.com");
  CHECK(show(swr::validate(form)) == "valid");
  form.region = "";
  CHECK(show(swr::validate(form)) == "host:invalid_host@7");  // nothing can inject a header
  for (const std::string_view host : {"swr.example.com", "localhost", "localhost:8080", "[::1]:8443", "127.0.0.1"}) {
    CAPTURE(host);
    form.host = host;
    CHECK(swr::form_host(form).value() == host);
  }
  form.host = "swr.example.com:0";
  CHECK(show(swr::validate(form)) == "host:invalid_host@16");
  form.region = "mars-1";
  const auto unknown = swr::form_host(form);
  REQUIRE_FALSE(unknown.has_value());
  CHECK(unknown.error() == error{error_code::unknown_region, field::region, 0});

  form = valid_form();
  form.region = "";
  form.host = "swr.internal.example:8443";
  const auto request = swr::to_http_request(form);
  REQUIRE(request.has_value());
  CHECK(request->host() == "swr.internal.example:8443");
}

TEST_CASE("form: first_problem is the first in field order, whichever field it is in") {
  const auto first = [](create_repo_form form) {
    const error e = swr::first_problem(form);
    return std::string(swr::to_string(e.field)) + ":" + std::string(swr::to_string(e.code));
  };
  create_repo_form form = valid_form();
  CHECK(first(form) == ":none");
  form.token = "";
  CHECK(first(form) == "token:empty");
  form.region = "";
  CHECK(first(form) == "host:empty");
  form.description = "\xFF";
  CHECK(first(form) == "description:invalid_utf8");
  form.category = "linuxx";
  CHECK(first(form) == "category:unknown_category");
  form.repository = "-app";
  CHECK(first(form) == "repository:invalid_start");
  form.namespace_name = "";
  CHECK(first(form) == "namespace:empty");
}

TEST_CASE("form: sent signed with an access key, the key's problem takes the token's place") {
  const swr::access_key key{"QTWAOYTTINDUT2QVKYUC", "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc"};
  const std::chrono::system_clock::time_point time{std::chrono::seconds(1704164645)};
  create_repo_form form = valid_form();
  form.token = "";  // not looked at when signing
  CHECK(show(swr::validate(form, key)) == "valid");
  const auto from_form = swr::to_http_request(form, key, time);
  REQUIRE(from_form.has_value());
  const swr::create_repo_request request{"my-org", {"team/app", true, swr::category::linux_, std::string("web front")}};
  const auto from_model = swr::to_http_request(request, "swr-api.cn-north-4.myhuaweicloud.com", key, time);
  REQUIRE(from_model.has_value());
  CHECK(swr::to_http_message(*from_form) == swr::to_http_message(*from_model));

  const create_repo_form bad{"My-org", "team//app", false, "", "", "cn-north-4", "", "bad token"};
  CHECK(show(swr::validate(bad, {"AK", ""})) ==
        "namespace:invalid_character@0, repository:adjacent_separators@5, secret_key:empty@0");
  CHECK(show(swr::validate(valid_form(), {"A K", "sk"})) == "access_key_id:invalid_character@1");
  const auto refused = swr::to_http_request(valid_form(), swr::access_key{"AK", "s\nk"}, time);
  REQUIRE_FALSE(refused.has_value());
  CHECK(refused.error() == error{error_code::invalid_character, field::secret_key, 1});
}
