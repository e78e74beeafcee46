// A view initialized from a temporary dangles: the compiler must refuse it (Clang, through SWR_LIFETIMEBOUND:
// -Wdangling, an error with -Werror). Compiled once per case by the tests, where the compiler has
// [[clang::lifetimebound]]: with SWR_TEST_VALID_VIEW (every owner is named, so it outlives its view) it must
// compile; with SWR_TEST_DANGLING=n, case n must not, so that each failure is that line's.
//   1  a create_repo_body_view of a temporary body
//   2  a std::string_view of a temporary sha256_hex, converted
//   3  a std::string_view of a temporary sha256_hex's view()
//   4  a std::string_view of a temporary sdk_date, converted
//   5  a std::string_view of a temporary sdk_date's view()
#include "swr/swr.hpp"

#include <string>
#include <string_view>

namespace {
swr::create_repo_body make_body() {
  return {"team/a-repository-name-longer-than-any-small-string-buffer", true, std::nullopt,
          std::string("a description longer than any small-string buffer")};
}
swr::sdk_date make_date() { return *swr::to_sdk_date_from_unix_seconds(1704164645); }
}  // namespace

int main() {
#if defined(SWR_TEST_VALID_VIEW)
  const swr::create_repo_body body = make_body();
  const swr::create_repo_body_view view = body;
  const swr::sha256_hex hex = swr::to_hex(swr::sha256::digest("abc"));
  const std::string_view digest = hex;
  const swr::sdk_date date = make_date();
  const std::string_view date_text = date.view();
  return swr::first_problem(view).ok() && digest.size() == 64 && date_text.size() == 16 ? 0 : 1;
#elif SWR_TEST_DANGLING == 1
  const swr::create_repo_body_view view = make_body();  // dangles: the body dies at the semicolon
  return swr::first_problem(view).ok() ? 0 : 1;
#elif SWR_TEST_DANGLING == 2
  const std::string_view digest = swr::to_hex(swr::sha256::digest("abc"));  // dangles
  return digest.size() == 64 ? 0 : 1;
#elif SWR_TEST_DANGLING == 3
  const std::string_view digest = swr::to_hex(swr::sha256::digest("abc")).view();  // dangles
  return digest.size() == 64 ? 0 : 1;
#elif SWR_TEST_DANGLING == 4
  const std::string_view date_text = make_date();  // dangles
  return date_text.size() == 16 ? 0 : 1;
#elif SWR_TEST_DANGLING == 5
  const std::string_view date_text = make_date().view();  // dangles
  return date_text.size() == 16 ? 0 : 1;
#else
#error "define SWR_TEST_VALID_VIEW or SWR_TEST_DANGLING=1..5"
#endif
}
