// A downstream program: what a user writes after find_package(swrkit), FetchContent, pkg-config, a
// subproject, or with the single header copied beside it (SWRKIT_CONSUMER_SINGLE_FILE).
#ifdef SWRKIT_CONSUMER_SINGLE_FILE
#include "swr.hpp"
#else
#include <swr/swr.hpp>
#endif

static_assert(swr::is_valid_namespace("my-org"), "the validators are usable in constant expressions");

int main() {
  const bool names_ok = swr::check_repository("team//app") == swr::name_check{swr::name_error::adjacent_separators, 5};
  const swr::create_repo_request request{"my-org", {"team/app", true, swr::category::linux_, std::nullopt}};
  const auto http = swr::to_http_request(request, swr::region_host("cn-north-4").value(), "token");
  if (!http) return 1;
  const bool request_ok = http->body() == R"({"repository":"team$app","is_public":true,"category":"linux"})";
  const auto parsed = swr::parse_create_repo_body(http->body());
  return names_ok && request_ok && parsed && *parsed == request.body ? 0 : 1;
}
