// A create_repo_body_view initialized from a temporary body dangles: the compiler must refuse it (Clang,
// through SWR_LIFETIMEBOUND: -Wdangling, an error with -Werror). Built twice by the tests, where the compiler
// has [[clang::lifetimebound]]: with SWR_TEST_VALID_VIEW (the body is named, so it outlives the view) it
// must compile, without it it must not — so the failure is the dangling line's.
#include "swr/swr.hpp"

#include <string>

namespace {
swr::create_repo_body make_body() {
  return {"team/a-repository-name-longer-than-any-small-string-buffer", true, std::nullopt,
          std::string("a description longer than any small-string buffer")};
}
}  // namespace

int main() {
#ifdef SWR_TEST_VALID_VIEW
  const swr::create_repo_body body = make_body();
  const swr::create_repo_body_view view = body;
#else
  const swr::create_repo_body_view view = make_body();  // dangles: the body dies at the semicolon
#endif
  return swr::first_problem(view).ok() ? 0 : 1;
}
