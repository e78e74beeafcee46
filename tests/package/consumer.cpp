// A downstream program: what a user writes after find_package(swrkit), pkg-config or a subproject.
#include <swr/swr.hpp>

static_assert(swr::is_valid_namespace("my-org"), "the validators are usable in constant expressions");

int main() {
  const bool ok = swr::check_repository("team//app") ==
                  swr::name_check{swr::name_error::adjacent_separators, 5};
  return ok && swr::escape_repository("team/app") == "team$app" ? 0 : 1;
}
