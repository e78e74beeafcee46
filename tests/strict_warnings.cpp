// swrkit's headers under the warnings that strict projects build with (tests/CMakeLists.txt compiles this file
// with them, as errors, in C++17 and C++20): GCC's -Wold-style-cast, -Wuseless-cast, -Wcast-qual,
// -Wnull-dereference, -Wduplicated-cond, -Wlogical-op, -Wzero-as-null-pointer-constant and -Wextra-semi beyond
// -Wall -Wextra -Wpedantic, and Clang 19's -Weverything but for the compatibility warnings, -Wpadded,
// -Wunsafe-buffer-usage and -Wswitch-default. Every public header is included, and each function template a
// program uses is instantiated here, since a template's warnings show only where it is instantiated. Compiled
// with optimization, for the warnings GCC gives while it optimizes (-Wnull-dereference).
#include <swr/swr.hpp>
// The integrations, where their libraries are installed (fmt and nlohmann::json, as headers).
#if __has_include(<fmt/format.h>) && __has_include(<nlohmann/json.hpp>)
#define SWR_TEST_INTEGRATIONS 1
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <swr/fmt.hpp>
#include <swr/nlohmann.hpp>
#else
#define SWR_TEST_INTEGRATIONS 0
#endif

#include <chrono>
#include <cstddef>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {
std::optional<std::string> secret_for(std::string_view access_key_id) {
  if (access_key_id == "AK") return std::string("SK");
  return std::nullopt;
}
}  // namespace

int main(int argc, char** argv) {
  // Inputs the compiler cannot know, so that no condition below is constant (Clang: -Wunreachable-code).
  const std::string_view word = argc > 1 ? argv[1] : "linux";
  std::size_t sum = 0;
  // Names, the wire form, suggestions, categories.
  sum += swr::check_namespace("my-org").position + swr::check_repository_prefix("team/").position;
  sum += swr::is_valid_repository(word) ? 1U : 0U;
  char buffer[256] = {};
  sum += swr::escape_repository("team/app", buffer, sizeof buffer);
  sum += swr::unescape_repository(swr::escape_repository("a/b")).size();
  sum += swr::suggest_repository("Team//App").size() + swr::suggest_namespace("My Org", buffer, sizeof buffer);
  sum += swr::parse_category(word).has_value() ? swr::to_string(*swr::parse_category(word)).size() : 0U;

  // The request: validation, JSON, HTTP with a token and signed, the form.
  const swr::create_repo_request request{"my-org", {"team/app", true, swr::category::linux_, "web \"front\""}};
  sum += swr::validate(request).size();
  const auto json = swr::to_json(request.body);
  sum += json ? json->size() : 0U;
  std::string written;
  sum += swr::write_json(std::back_inserter(written), request.body) ? written.size() : 0U;
  sum += swr::json_size(request.body).value_or(0U);
  const auto http = swr::to_http_request(request, "swr-api.cn-north-4.myhuaweicloud.com", "token");
  sum += http ? swr::to_http_message(*http).size() + swr::debug_string(*http).size() : 0U;
  const auto now = std::chrono::system_clock::now();
  const auto signed_http =
      swr::to_http_request(request, "swr-api.cn-north-4.myhuaweicloud.com", swr::access_key{"AK", "SK"}, now);
  sum += signed_http ? signed_http->headers().size() : 0U;
  const swr::create_repo_form form{"my-org", "team/app", true, "linux", "", "cn-north-4", "", "token"};
  sum += swr::validate(form).size() + (swr::to_http_request(form) ? 1U : 0U);

  // Signing and verification, dates, hashes.
  const swr::signing_input input{"GET", "/v2/manage/repos", {{"namespace", "my-org"}}, {{"Host", "h"}}, ""};
  const auto date = swr::to_sdk_date(now);
  const auto signature = swr::sign(input, swr::access_key{"AK", "SK"}, date ? date->view() : "");
  sum += signature ? signature->authorization.size() : 0U;
  sum += swr::to_request_target(input).size();
  swr::received_request received{"GET", "/v2/manage/repos?namespace=my-org", {{"Host", "h"}}, ""};
  if (signature) received.headers.insert(received.headers.end(), signature->headers.begin(), signature->headers.end());
  sum += swr::verify_signature(received, secret_for, now).ok() ? 1U : 0U;
  sum += swr::parse_sdk_date(word).has_value() ? 1U : 0U;
  sum += swr::to_hex(swr::hmac_sha256::digest("key", "message")).view().size();
  sum += swr::redacted_value("Authorization", "SDK-HMAC-SHA256 Access=AK, Signature=0").size();

  // Tags, digests and image references.
  sum += swr::check_tag(word).position + swr::check_tag_prefix(word).position + swr::check_digest(word).position;
  const auto reference = swr::parse_image_reference(word);
  sum += reference ? reference->path.size() : reference.error().position;
  const auto swr_reference = swr::parse_swr_image_reference(word);
  sum += swr_reference ? swr_reference->repository.size() : swr_reference.error().position;
  const auto pushed = swr::to_image_reference("cn-north-4", "my-org", word, "v1");
  sum += pushed ? pushed->view().size() : swr::message(pushed.error()).size();

  // The management API: a request of each kind of parameter and body, with a token and signed, and its answer.
  swr::list_repos_request repos;
  repos.namespace_name = std::string(word);
  repos.limit = argc;
  repos.order_column = swr::repository_order::tag_count;
  const auto listed = swr::to_http_request(repos, "swr-api.cn-north-4.myhuaweicloud.com", "token");
  sum += listed ? listed->target().size() : 0U;
  const swr::update_share_request share{"my-org", "team/app", "acct", {swr::share_permit::read, "forever", {}}};
  const auto shared = swr::to_http_request(share, "h", swr::access_key{"AK", "SK"}, now);
  sum += shared ? shared->body().size() : 0U;
  const auto answer = swr::read_response<swr::list_repos_request>(word, word);
  sum += answer ? answer->items.size() : answer.error().position;
  sum += swr::read_response<swr::show_tag_request>(word).has_value() ? 1U : 0U;
  sum += swr::to_string(swr::outcome_of(argc)).size();

  // The server side and responses.
  const auto body = swr::parse_create_repo_body(R"({"repository":"team$app","is_public":true})");
  sum += body ? body->repository.size() : swr::error_response_json(body.error()).size();
  sum += swr::message(swr::check_json("[1, 2.5e3, \"x\"]")).size();
  const auto errors = swr::parse_error_response(R"([{"errorCode":"SVCSTG.SWR.4001029","errorMessage":"m"}])");
  sum += errors ? errors->size() : 0U;
  sum += static_cast<std::size_t>(swr::create_repo_outcome_of(409));
  sum += swr::service_error_for(swr::error{swr::error_code::too_long, swr::field::description, 0}).http_status > 0;

  // result's operations.
  const swr::result<int, swr::error> number = argc;
  sum += static_cast<std::size_t>(number.transform([](int n) { return n * 2; }).value_or(0));
  sum += number.and_then([](int n) -> swr::result<long, swr::error> { return n + 1L; }).has_value() ? 1U : 0U;
  sum += (number == 2) ? 1U : 0U;
  const swr::result<double, swr::error> ratio = argc * 0.5;
  sum += (ratio == 0.5) ? 1U : 0U;

#if SWR_TEST_INTEGRATIONS
  sum += fmt::format("{} {} {}", swr::check_namespace("org-"), swr::category::lang, request.body).size();
  if (http) sum += fmt::format("{}", *http).size();
  const nlohmann::json j = request.body;
  sum += j.get<swr::create_repo_body>().repository.size();
#endif
  return sum > 0 ? 0 : 1;
}
